import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { BrandsPage } from "@/app/(portal)/_shared/brands-page";

export const metadata: Metadata = { title: messages.brandLife.list.title };

export default async function BureauBrandsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("bureau", "/bureau/brands");
  return <BrandsPage user={user} basePath="/bureau/brands" searchParams={await searchParams} />;
}
