import { messages } from "@/lib/i18n/messages.zh-CN";
import { formatDateTime } from "@/lib/domain/dates";
import type { Dashboard } from "@/lib/server/services/dashboard/get-dashboard";
import { Card, EmptyState } from "@/components/ui/card";

export function OpenBatches({ batches }: { batches: Dashboard["openBatches"] }) {
  const m = messages.portal;
  return (
    <Card title={m.openBatches}>
      {batches.length === 0 ? (
        <EmptyState>{m.noOpenBatch}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100">
          {batches.map((b) => (
            <li key={b.id} className="py-2">
              <p className="font-medium text-slate-900">{b.title}</p>
              <p className="text-sm text-slate-600">{m.batchWindow(formatDateTime(b.opensAt), formatDateTime(b.closesAt))}</p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function StatusCounts({ counts }: { counts: Record<string, number> }) {
  const entries = Object.entries(counts).filter(([, n]) => n > 0);
  if (entries.length === 0) return <EmptyState>{messages.portal.noApplications}</EmptyState>;
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {entries.map(([status, n]) => (
        <div key={status} className="rounded border border-slate-200 p-3">
          <dt className="text-sm text-slate-600">{messages.applicationStatus[status] ?? status}</dt>
          <dd className="text-xl font-bold">{n}</dd>
        </div>
      ))}
    </dl>
  );
}
