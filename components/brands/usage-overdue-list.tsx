import Link from "next/link";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { formatFenAsYuan } from "@/lib/domain/money";
import type { OverdueUsageReport } from "@/lib/server/services/usage-reports/list-overdue-usage-reports";

const o = messages.usageReports.overdue;

/** 资金使用报告逾期 (S8 按时报告): the shares past their report's due date; a table from 640 px, cards below. */
export function UsageOverdueList({ rows, basePath }: { rows: readonly OverdueUsageReport[]; basePath: string }) {
  const href = (r: OverdueUsageReport) => `${basePath}/${encodeURIComponent(r.brandId)}#usage-reports`;
  return (
    <section id="overdue-usage-reports" aria-labelledby="overdue-usage-reports-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6" data-testid="overdue-usage-reports">
      <h2 id="overdue-usage-reports-heading" className="text-lg font-semibold text-slate-900">
        {o.title}
        {rows.length > 0 ? <span className="ml-2 rounded bg-red-700 px-2 py-0.5 align-middle text-xs font-semibold text-white">{rows.length}</span> : null}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{o.intro}</p>
      {rows.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{o.empty}</p>
      ) : (
        <>
          <ul className="mt-3 space-y-2 sm:hidden">
            {rows.map((r) => (
              <li key={r.shareId} className="rounded border border-slate-200 p-3 text-sm">
                <p className="font-medium">
                  <Link href={href(r)} className="text-brand-700 underline-offset-2 hover:underline">{r.brandName}</Link>
                </p>
                <p className="text-slate-700">{r.unitName}</p>
                <p className="text-slate-700">
                  {o.dueOn}：{r.dueOn}（{o.sequence} {r.sequence}）
                </p>
                <p className="font-semibold text-red-800">{o.daysOverdue}：{o.days(r.daysOverdue)}</p>
                <p className="tabular-nums text-slate-700">{o.remaining}：{formatFenAsYuan(r.remainingFen)}</p>
              </li>
            ))}
          </ul>
          <div className="mt-3 hidden overflow-x-auto sm:block">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <caption className="sr-only">{o.title}</caption>
              <thead className="bg-slate-50 text-left text-xs text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">{o.brand}</th>
                  <th scope="col" className="px-3 py-2 font-medium">{o.unit}</th>
                  <th scope="col" className="px-3 py-2 font-medium">{o.sequence}</th>
                  <th scope="col" className="px-3 py-2 font-medium">{o.dueOn}</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">{o.daysOverdue}</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">{o.remaining}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((r) => (
                  <tr key={r.shareId}>
                    <td className="px-3 py-2">
                      <Link href={href(r)} className="text-brand-700 underline-offset-2 hover:underline">{r.brandName}</Link>
                    </td>
                    <td className="px-3 py-2">{r.unitName}</td>
                    <td className="px-3 py-2 tabular-nums">{r.sequence}</td>
                    <td className="whitespace-nowrap px-3 py-2">{r.dueOn}</td>
                    <td className="px-3 py-2 text-right font-semibold tabular-nums text-red-800">{o.days(r.daysOverdue)}</td>
                    <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{formatFenAsYuan(r.remainingFen)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
