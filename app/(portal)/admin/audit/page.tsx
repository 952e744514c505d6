import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { AuditPage } from "@/app/(portal)/_shared/audit-page";

export const metadata: Metadata = { title: messages.portal.auditLog };

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("admin", "/admin/audit");
  return <AuditPage user={user} basePath="/admin/audit" searchParams={await searchParams} />;
}
