import { messages } from "@/lib/i18n/messages.zh-CN";
import { formatCalendarDate, formatDateTime } from "@/lib/domain/dates";
import { formatFenAsYuan, formatYuan } from "@/lib/domain/money";
import type { AwardEntry } from "@/lib/server/services/brands/get-brand";
import { AwardActionButton } from "./award-action-button";
import { PaymentRecordForm } from "./payment-record-form";
import type { BrandActions } from "./types";

const t = messages.subsidies.sharesTable;
const p = messages.subsidies.payments;
const r = messages.subsidies.confirmReceipt;
const status = messages.brandLife.paymentStatus;

type Share = AwardEntry["shares"][number];

function DueCell({ share }: { share: Share }) {
  if (!share.nextDueOn) return <span className="text-slate-500">{t.noneDue}</span>;
  return (
    <span className={share.overdue ? "font-semibold text-red-700" : undefined}>
      {share.nextDueOn}
      {share.overdue ? <span className="ml-1 rounded bg-red-50 px-1 text-xs text-red-800">{t.overdue}</span> : null}
    </span>
  );
}

/** The figures of each lead unit's share (S8: a unit is only ever handed its own row). Cards below 640 px, a table above. */
export function AwardSharesTable({ award }: { award: AwardEntry }) {
  const figures = (s: Share) =>
    [
      [t.share, formatYuan(s.money.share), "share"],
      [t.paid, formatYuan(s.money.paid), "paid"],
      [t.used, formatFenAsYuan(s.money.usedFen), "used"],
      [t.pending, formatFenAsYuan(s.money.pendingFen), "pending"],
      [t.remaining, formatFenAsYuan(s.money.remainingFen), "remaining"],
    ] as const;
  return (
    <>
      <ul className="space-y-2 sm:hidden" aria-label={t.caption} data-testid={`shares-cards-${award.id}`}>
        {award.shares.map((s) => (
          <li key={s.id} className="rounded border border-slate-200 p-3 text-sm" data-testid={`share-${s.creditCode}`}>
            <p className="font-medium text-slate-900">{s.unitName}</p>
            {s.hasAccount ? null : <p className="text-xs text-slate-500">{t.noAccount}</p>}
            <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1">
              {figures(s).map(([label, value, key]) => (
                <div key={key}>
                  <dt className="text-xs text-slate-600">{label}</dt>
                  <dd className="tabular-nums" data-testid={`share-${key}`}>{value}</dd>
                </div>
              ))}
              <div className="col-span-2">
                <dt className="text-xs text-slate-600">{t.nextDue}</dt>
                <dd><DueCell share={s} /></dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded border border-slate-200 sm:block">
        <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid={`shares-table-${award.id}`}>
          <caption className="sr-only">{t.caption}</caption>
          <thead className="bg-slate-50 text-left text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">{t.unit}</th>
              {[t.share, t.paid, t.used, t.pending, t.remaining].map((label) => (
                <th key={label} scope="col" className="px-3 py-2 text-right font-semibold">{label}</th>
              ))}
              <th scope="col" className="px-3 py-2 font-semibold">{t.nextDue}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {award.shares.map((s) => (
              <tr key={s.id} data-testid={`share-row-${s.creditCode}`}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {s.unitName}
                  {s.hasAccount ? null : <span className="block text-xs font-normal text-slate-500">{t.noAccount}</span>}
                </th>
                {figures(s).map(([, value, key]) => (
                  <td key={key} className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{value}</td>
                ))}
                <td className="whitespace-nowrap px-3 py-2"><DueCell share={s} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The payments of one share, with 确认收款 for the unit on its own recorded ones and 登记拨付 for the bureau. */
export function SharePayments({ brandId, award, share, actions, today }: { brandId: string; award: AwardEntry; share: Share; actions: BrandActions; today: string }) {
  const confirm = actions.confirmPaymentReceipt;
  const record = actions.recordPayment;
  const headingId = `payments-${share.id}`;
  return (
    <section aria-labelledby={headingId} className="space-y-2" data-testid={`payments-${share.creditCode}`}>
      <h5 id={headingId} className="text-sm font-semibold text-slate-800">{p.title(share.unitName)}</h5>
      {share.payments.length === 0 ? (
        <p className="text-sm text-slate-600">{p.empty}</p>
      ) : (
        <ul className="space-y-2">
          {share.payments.map((pay) => {
            const paidOn = formatCalendarDate(pay.paidOn);
            return (
              <li key={pay.id} className="rounded border border-slate-100 p-3 text-sm" data-testid={`payment-${pay.id}`}>
                <dl className="grid grid-cols-2 gap-x-3 gap-y-1 sm:grid-cols-5">
                  <div><dt className="text-xs text-slate-600">{p.paidOn}</dt><dd className="tabular-nums">{paidOn}</dd></div>
                  <div><dt className="text-xs text-slate-600">{p.amount}</dt><dd className="tabular-nums" data-testid="payment-amount">{formatYuan(pay.amount)}</dd></div>
                  <div><dt className="text-xs text-slate-600">{p.voucherNo}</dt><dd className="break-all">{pay.voucherNo}</dd></div>
                  <div>
                    <dt className="text-xs text-slate-600">{p.voucher}</dt>
                    <dd>
                      {pay.voucherId ? (
                        <a href={`/api/brand-files/${encodeURIComponent(pay.voucherId)}`} className="text-brand-700 underline-offset-2 hover:underline" aria-label={`${p.download}（${paidOn} ${formatYuan(pay.amount)}）`}>
                          {p.download}
                        </a>
                      ) : (
                        "—"
                      )}
                    </dd>
                  </div>
                  <div>
                    <dt className="text-xs text-slate-600">{p.status}</dt>
                    <dd data-testid="payment-status">
                      {status[pay.status]}
                      {pay.confirmedAt ? <span className="block text-xs text-slate-500">{p.confirmedAt} {formatDateTime(pay.confirmedAt)}</span> : null}
                    </dd>
                  </div>
                </dl>
                {confirm && pay.actions.includes("confirmReceipt") ? (
                  <div className="mt-2">
                    <AwardActionButton
                      action={confirm}
                      input={{ paymentId: pay.id }}
                      label={r.button}
                      accessibleName={r.buttonLabel(paidOn, formatYuan(pay.amount))}
                      confirmTitle={r.confirmTitle}
                      confirmBody={<p>{r.confirmBody(formatYuan(pay.amount))}</p>}
                      done="payment-confirm"
                      testId={`confirm-receipt-${pay.id}`}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {record && share.mayPay ? (
        <PaymentRecordForm
          // Remounted when the unpaid amount moves, so its default amount and bound follow the books.
          key={`${share.id}:${share.money.unpaid}`}
          brandId={brandId}
          shareId={share.id}
          unitName={share.unitName}
          unpaid={share.money.unpaid}
          awardedOn={award.awardedOn ? formatCalendarDate(award.awardedOn) : null}
          today={today}
          action={record}
        />
      ) : null}
    </section>
  );
}
