import { messages } from "@/lib/i18n/messages.zh-CN";
import { formatDateTime } from "@/lib/domain/dates";
import { exportDownloadPath } from "@/lib/domain/export-paths";
import type { SessionUser } from "@/lib/server/session-user";
import { listExports } from "@/lib/server/services/exports/list-exports";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";

const m = messages.exports;
const t = m.table;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const kindTitle = (kind: string) => (m.kinds as Record<string, string>)[kind] ?? kind;
const sizeText = (bytes: number | null) => (bytes === null ? "—" : bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);
const STATUS_CLASS = { QUEUED: "bg-slate-100 text-slate-800", RUNNING: "bg-blue-100 text-blue-900", DONE: "bg-green-100 text-green-900", FAILED: "bg-red-100 text-red-900" } as const;

/** 导出记录: the user's own exports, newest first, with their download links. */
export async function ExportsPage({ user, basePath, searchParams }: { user: SessionUser; basePath: string; searchParams: Record<string, string | string[] | undefined> }) {
  const data = await listExports({ user, input: { page: one(searchParams.page) } });
  const queued = one(searchParams.queued);
  const justQueued = queued ? data.items.find((e) => e.id === queued) : undefined;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{m.title}</h1>
        <p className="mt-1 text-sm text-slate-600">{m.intro}</p>
      </div>
      {justQueued && justQueued.status !== "DONE" ? <Alert title={m.queued.title}>{m.queued.body(justQueued.rowCount ?? 0)}</Alert> : null}
      {data.items.length === 0 ? (
        <EmptyState>{m.empty}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded border border-slate-200 bg-white">
          <table className="min-w-[44rem] w-full divide-y divide-slate-200 text-sm" data-testid="exports-table">
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">{t.kind}</th>
                <th scope="col" className="px-3 py-2 font-semibold">{t.createdAt}</th>
                <th scope="col" className="px-3 py-2 font-semibold">{t.status}</th>
                <th scope="col" className="px-3 py-2 text-right font-semibold">{t.rows}</th>
                <th scope="col" className="px-3 py-2 text-right font-semibold">{t.size}</th>
                <th scope="col" className="px-3 py-2 font-semibold">{t.file}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.items.map((e) => (
                <tr key={e.id}>
                  <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">{kindTitle(e.kind)}</th>
                  <td className="whitespace-nowrap px-3 py-2">{formatDateTime(e.createdAt)}</td>
                  <td className="whitespace-nowrap px-3 py-2">
                    <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_CLASS[e.status]}`}>{m.status[e.status]}</span>
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{e.rowCount ?? "—"}</td>
                  <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{sizeText(e.sizeBytes)}</td>
                  <td className="px-3 py-2">
                    {e.status === "DONE" ? (
                      <a href={exportDownloadPath(e.id)} className="font-medium text-brand-700 underline-offset-2 hover:underline" aria-label={`${t.download}：${e.fileName}`}>
                        {t.download} <span className="text-xs text-slate-500">{e.fileName}</span>
                      </a>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={data.page} pageCount={data.pageCount} total={data.total} basePath={basePath} />
    </div>
  );
}
