import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { ExportsPage } from "@/app/(portal)/_shared/exports-page";

export const metadata: Metadata = { title: messages.exports.title };

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("new-city", "/new-city/exports");
  return <ExportsPage user={user} basePath="/new-city/exports" searchParams={await searchParams} />;
}
