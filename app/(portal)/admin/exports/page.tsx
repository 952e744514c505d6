import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { ExportsPage } from "@/app/(portal)/_shared/exports-page";

export const metadata: Metadata = { title: messages.exports.title };

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("admin", "/admin/exports");
  return <ExportsPage user={user} basePath="/admin/exports" searchParams={await searchParams} />;
}
