import { listAuditLog } from "@/lib/server/services/audit/list-audit-log";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { exportHref } from "@/lib/domain/export-paths";
import { hasPermission } from "@/lib/domain/permissions";
import type { SessionUser } from "@/lib/server/session-user";
import { AuditTable } from "@/components/portal/audit-table";
import { ExportLink } from "@/components/exports/export-link";

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function AuditPage({ user, basePath, searchParams }: { user: SessionUser; basePath: string; searchParams: Record<string, string | string[] | undefined> }) {
  const action = one(searchParams.action) || undefined;
  const data = await listAuditLog({ user, input: { page: one(searchParams.page), action } });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-bold text-slate-900">{messages.portal.auditLog}</h1>
        {hasPermission(user.role, "export:create") ? <ExportLink href={exportHref("audit", { action })} /> : null}
      </div>
      <AuditTable data={data} basePath={basePath} query={{ action }} />
    </div>
  );
}
