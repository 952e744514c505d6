import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { BrandsPage } from "@/app/(portal)/_shared/brands-page";
import { listPushCandidates } from "@/lib/server/services/pushes/list-push-candidates";
import { PushBatchForm } from "@/components/brands/push-batch-form";
import { pushBrandsAction } from "./push-actions";

export const metadata: Metadata = { title: messages.brandLife.list.title };

export default async function BureauBrandsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("bureau", "/bureau/brands");
  const candidates = await listPushCandidates({ user });
  return (
    <BrandsPage user={user} basePath="/bureau/brands" searchParams={await searchParams}>
      <PushBatchForm candidates={candidates} action={pushBrandsAction} />
    </BrandsPage>
  );
}
