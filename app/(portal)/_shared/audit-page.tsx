import { listAuditLog } from "@/lib/server/services/audit/list-audit-log";
import { parsePage } from "@/lib/domain/pagination";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { SessionUser } from "@/lib/server/session-user";
import { AuditTable } from "@/components/portal/audit-table";

export async function AuditPage({ user, basePath, searchParams }: { user: SessionUser; basePath: string; searchParams: Record<string, string | string[] | undefined> }) {
  const data = await listAuditLog({ user, input: { page: parsePage(searchParams.page) } });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-slate-900">{messages.portal.auditLog}</h1>
      <AuditTable data={data} basePath={basePath} />
    </div>
  );
}
