import { messages } from "@/lib/i18n/messages.zh-CN";
import type { Paged } from "@/lib/domain/pagination";
import { auditColumns, type AuditRow } from "@/lib/domain/list-columns/audit";
import { EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";

// The screen's columns, from the same definitions as the workbook (the role shown beside the actor).
const SCREEN = [auditColumns.time, auditColumns.actor, auditColumns.action, auditColumns.object, auditColumns.state, auditColumns.comment];
const CELL_CLASS: Record<string, string> = { time: "whitespace-nowrap px-3 py-2", object: "px-3 py-2 font-mono text-xs" };

export function AuditTable({ data, basePath, query = {} }: { data: Paged<AuditRow>; basePath: string; query?: Record<string, string | undefined> }) {
  if (data.items.length === 0) return <EmptyState>{messages.portal.noAudit}</EmptyState>;
  return (
    <div>
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="min-w-[48rem] w-full divide-y divide-slate-200 text-sm" data-testid="audit-table">
          <thead className="bg-slate-50 text-left text-slate-700">
            <tr>
              {SCREEN.map((col) => (
                <th key={col.key} scope="col" className="px-3 py-2 font-semibold">{col.header}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.items.map((r) => (
              <tr key={r.id}>
                {SCREEN.map((col) => {
                  const role = col.key === "actor" ? auditColumns.role.value(r) : null;
                  return (
                    <td key={col.key} className={CELL_CLASS[col.key] ?? "px-3 py-2"}>
                      {col.value(r) ?? "—"}
                      {role ? <span className="ml-1 text-xs text-slate-500">（{role}）</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={data.page} pageCount={data.pageCount} total={data.total} basePath={basePath} query={query} />
    </div>
  );
}
