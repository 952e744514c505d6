import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { SubsidiesPage } from "@/app/(portal)/_shared/subsidies-page";

export const metadata: Metadata = { title: messages.exports.subsidies.title };

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("bureau", "/bureau/subsidies");
  return <SubsidiesPage user={user} basePath="/bureau/subsidies" searchParams={await searchParams} />;
}
