import { messages } from "@/lib/i18n/messages.zh-CN";
import { formatCalendarDate, shanghaiToday } from "@/lib/domain/dates";
import { levelLabel } from "@/lib/domain/labels";
import { formatFenAsYuan, formatYuan } from "@/lib/domain/money";
import { PAYMENT_METHODS, USAGE_PURPOSES } from "@/lib/eligibility";
import { fenToYuanText } from "@/lib/schemas/usage-report";
import type { ShareEntry, UsageLineEntry, UsageReportEntry } from "@/lib/server/services/brands/get-brand";
import { UsageReportForm } from "./usage-report-form";
import { UsageReviewForm } from "./usage-review-form";
import type { BrandActions, BrandDetail } from "./types";

const m = messages.brandLife;
const u = messages.usageReports;
const purposeLabel = (code: string) => USAGE_PURPOSES.find((p) => p.code === code)?.label ?? code;
const methodLabel = (code: string) => PAYMENT_METHODS.find((p) => p.code === code)?.label ?? code;

const STATUS_TONE: Record<UsageReportEntry["status"], string> = {
  SUBMITTED: "bg-amber-100 text-amber-900",
  ACCEPTED: "bg-green-100 text-green-900",
  RETURNED: "bg-red-100 text-red-900",
};

function Figure({ label, value, testId }: { label: string; value: React.ReactNode; testId: string }) {
  return (
    <div className="rounded border border-slate-100 bg-slate-50 p-2">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="mt-0.5 font-semibold tabular-nums text-slate-900" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

/** A report's lines: a table from 640 px, cards below. */
function Lines({ lines, caption }: { lines: readonly UsageLineEntry[]; caption: string }) {
  const voucher = (l: UsageLineEntry) =>
    l.voucherId ? (
      <a href={`/api/brand-files/${encodeURIComponent(l.voucherId)}`} className="text-brand-700 underline-offset-2 hover:underline">
        {u.line.voucherLink}
      </a>
    ) : (
      <span className="text-slate-500">{u.line.noVoucher}</span>
    );
  return (
    <>
      <ul className="mt-2 space-y-2 sm:hidden" aria-label={caption}>
        {lines.map((l) => (
          <li key={l.id} className="rounded border border-slate-100 p-2 text-sm">
            <p className="flex justify-between gap-2">
              <span className="text-slate-700">{formatCalendarDate(l.spentOn)}</span>
              <span className="font-semibold tabular-nums">{formatFenAsYuan(l.amountFen)}</span>
            </p>
            <p className="text-slate-700">
              {purposeLabel(l.purpose)} · {methodLabel(l.paymentMethod)}
            </p>
            <p className="text-slate-700">
              {u.line.payee}：{l.payee}
            </p>
            {l.description ? <p className="text-slate-600">{l.description}</p> : null}
            <p>{voucher(l)}</p>
          </li>
        ))}
      </ul>
      <div className="mt-2 hidden overflow-x-auto sm:block">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50 text-left text-xs text-slate-600">
            <tr>
              <th scope="col" className="px-2 py-1.5 font-medium">{u.line.spentOn}</th>
              <th scope="col" className="px-2 py-1.5 font-medium">{u.line.purpose}</th>
              <th scope="col" className="px-2 py-1.5 text-right font-medium">{u.line.amount}</th>
              <th scope="col" className="px-2 py-1.5 font-medium">{u.line.paymentMethod}</th>
              <th scope="col" className="px-2 py-1.5 font-medium">{u.line.payee}</th>
              <th scope="col" className="px-2 py-1.5 font-medium">{u.line.description}</th>
              <th scope="col" className="px-2 py-1.5 font-medium">{u.line.voucher}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {lines.map((l) => (
              <tr key={l.id}>
                <td className="whitespace-nowrap px-2 py-1.5">{formatCalendarDate(l.spentOn)}</td>
                <td className="px-2 py-1.5">{purposeLabel(l.purpose)}</td>
                <td className="whitespace-nowrap px-2 py-1.5 text-right tabular-nums">{formatFenAsYuan(l.amountFen)}</td>
                <td className="px-2 py-1.5">{methodLabel(l.paymentMethod)}</td>
                <td className="px-2 py-1.5">{l.payee}</td>
                <td className="px-2 py-1.5 text-slate-600">{l.description ?? ""}</td>
                <td className="px-2 py-1.5">{voucher(l)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Report({ report, share, brandId, actions }: { report: UsageReportEntry; share: ShareEntry; brandId: string; actions: BrandActions }) {
  const title = `${share.unitName} ${u.report.sequence(report.sequence)}`;
  const mayReview = !!actions.reviewUsageReport && report.actions.includes("accept");
  const mayResubmit = !!actions.resubmitUsageReport && report.actions.includes("resubmit");
  return (
    <li className="rounded border border-slate-200 p-3" data-testid={`usage-report-${report.sequence}`} aria-label={title}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-medium text-slate-900">{u.report.sequence(report.sequence)}</p>
        <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATUS_TONE[report.status]}`} data-testid="usage-report-status">
          {m.usageReportStatus[report.status]}
        </span>
      </div>
      <dl className="mt-1 grid grid-cols-1 gap-x-4 text-sm text-slate-700 sm:grid-cols-3">
        <div className="flex gap-1">
          <dt>{u.report.total}：</dt>
          <dd className="tabular-nums">{formatFenAsYuan(report.totalFen)}</dd>
        </div>
        <div className="flex gap-1">
          <dt>{u.report.submittedAt}：</dt>
          <dd>{shanghaiToday(report.submittedAt)}</dd>
        </div>
        {report.reviewedAt ? (
          <div className="flex gap-1">
            <dt>{u.report.reviewedAt}：</dt>
            <dd>{shanghaiToday(report.reviewedAt)}</dd>
          </div>
        ) : null}
      </dl>
      {report.reviewComment ? (
        <p className={`mt-2 rounded px-2 py-1 text-sm ${report.status === "RETURNED" ? "bg-red-50 text-red-900" : "bg-slate-50 text-slate-700"}`}>
          {report.status === "SUBMITTED" ? u.report.previousReturn : u.report.reviewComment}：{report.reviewComment}
        </p>
      ) : null}
      <Lines lines={report.lines} caption={`${title} ${u.report.lines}`} />
      {mayReview && actions.reviewUsageReport ? <UsageReviewForm reportId={report.id} sequence={report.sequence} totalFen={report.totalFen} action={actions.reviewUsageReport} /> : null}
      {mayResubmit && actions.resubmitUsageReport ? (
        <UsageReportForm
          brandId={brandId}
          shareId={share.id}
          target={{ kind: "resubmit", reportId: report.id }}
          remainingFen={share.money.remainingFen}
          initialLines={report.lines.map((l) => ({
            spentOn: formatCalendarDate(l.spentOn),
            purpose: l.purpose,
            amount: fenToYuanText(l.amountFen),
            paymentMethod: l.paymentMethod,
            payee: l.payee,
            description: l.description ?? "",
            voucherId: l.voucherId ?? "",
          }))}
          action={actions.resubmitUsageReport}
        />
      ) : null}
    </li>
  );
}

/** 资金使用报告 (S5–S8): per visible share, its money and schedule, its reports, and the forms its user may use. */
export function UsageReportsSection({ detail, actions }: { detail: BrandDetail; actions: BrandActions }) {
  const shares = detail.awards.flatMap((a) => a.shares.map((s) => ({ share: s, level: a.level })));
  return (
    <section id="usage-reports" aria-labelledby="usage-reports-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="usage-reports-heading" className="text-lg font-semibold text-slate-900">
        {u.title}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{u.intro}</p>
      {shares.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{u.empty}</p>
      ) : (
        <ul className="mt-3 space-y-4">
          {shares.map(({ share, level }) => {
            const reported = share.money.usedFen + share.money.pendingFen;
            return (
              <li key={share.id} className="rounded border border-slate-200 p-3 sm:p-4" data-testid={`usage-share-${share.creditCode}`} aria-labelledby={`usage-share-${share.id}`}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 id={`usage-share-${share.id}`} className="font-semibold text-slate-900">
                    {share.unitName}
                    <span className="ml-2 text-xs font-normal text-slate-500">{levelLabel(level)}{m.money.share}</span>
                  </h3>
                  {share.overdue ? (
                    <span className="rounded bg-red-700 px-2 py-0.5 text-xs font-semibold text-white" data-testid="usage-overdue-badge">
                      {u.share.overdue}
                    </span>
                  ) : null}
                </div>
                <dl className="mt-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-5">
                  <Figure label={u.share.received} value={formatYuan(share.money.paid)} testId="usage-received" />
                  <Figure label={u.share.reported} value={formatFenAsYuan(reported)} testId="usage-reported" />
                  <Figure label={u.share.accepted} value={formatFenAsYuan(share.money.usedFen)} testId="usage-accepted" />
                  <Figure label={u.share.remaining} value={formatFenAsYuan(share.money.remainingFen)} testId="usage-remaining" />
                  <Figure label={u.share.nextDue} value={share.nextDueOn ?? u.share.noneDue} testId="usage-next-due" />
                </dl>
                {share.reports.length === 0 ? (
                  <p className="mt-3 text-sm text-slate-600">{u.noReports}</p>
                ) : (
                  <ol className="mt-3 space-y-3">
                    {share.reports.map((r) => (
                      <Report key={r.id} report={r} share={share} brandId={detail.brand.id} actions={actions} />
                    ))}
                  </ol>
                )}
                {share.mayReport && actions.submitUsageReport ? (
                  <UsageReportForm brandId={detail.brand.id} shareId={share.id} target={{ kind: "submit", shareId: share.id }} remainingFen={share.money.remainingFen} action={actions.submitUsageReport} />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
