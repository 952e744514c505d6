import { messages } from "@/lib/i18n/messages.zh-CN";
import { formatDateTime } from "@/lib/domain/dates";
import { isRole } from "@/lib/domain/roles";
import type { Paged } from "@/lib/domain/pagination";
import type { AuditRow } from "@/lib/server/services/audit/list-audit-log";
import { EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";

const c = messages.portal.columns;

export function AuditTable({ data, basePath }: { data: Paged<AuditRow>; basePath: string }) {
  if (data.items.length === 0) return <EmptyState>{messages.portal.noAudit}</EmptyState>;
  return (
    <div>
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="min-w-[48rem] w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">{c.time}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{c.actor}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{c.action}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{c.object}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{c.state}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{c.comment}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.items.map((r) => (
              <tr key={r.id}>
                <td className="whitespace-nowrap px-3 py-2">{formatDateTime(r.at)}</td>
                <td className="px-3 py-2">
                  {r.actorName ?? "—"}
                  {r.actorRole && isRole(r.actorRole) ? <span className="ml-1 text-xs text-slate-500">（{messages.roles[r.actorRole]}）</span> : null}
                </td>
                <td className="px-3 py-2">{messages.auditActions[r.action] ?? r.action}</td>
                <td className="px-3 py-2 font-mono text-xs">
                  {r.entityType} {r.entityId}
                </td>
                <td className="px-3 py-2">{r.fromState || r.toState ? `${r.fromState ?? "—"} → ${r.toState ?? "—"}` : "—"}</td>
                <td className="px-3 py-2">{r.comment ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={data.page} pageCount={data.pageCount} total={data.total} basePath={basePath} />
    </div>
  );
}
