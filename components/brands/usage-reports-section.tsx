import { messages } from "@/lib/i18n/messages.zh-CN";
import { formatFenAsYuan } from "@/lib/domain/money";
import type { BrandActions, BrandDetail } from "./types";

const m = messages.brandLife;

/** 资金使用报告 (S5–S8): each share's reports and what falls due next. */
export function UsageReportsSection({ detail }: { detail: BrandDetail; actions: BrandActions }) {
  const shares = detail.awards.flatMap((a) => a.shares);
  return (
    <section id="usage-reports" aria-labelledby="usage-reports-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="usage-reports-heading" className="text-lg font-semibold text-slate-900">资金使用报告</h2>
      <ul className="mt-3 space-y-2 text-sm">
        {shares.flatMap((s) =>
          s.reports.map((r) => (
            <li key={r.id} className="rounded border border-slate-100 p-3">
              {s.unitName} · 第 {r.sequence} 期 · {formatFenAsYuan(r.totalFen)} · {m.usageReportStatus[r.status]}
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
