import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { shareMoney, type ShareMoney } from "@/lib/domain/money";
import type { UsageReportStatus } from "@/lib/domain/subsidy-workflow";
import { calendarDateOf, formatDate, usageReportSchedule, type UsageReportSchedule } from "@/lib/eligibility";

export type ShareFigures = {
  shareId: string;
  brandId: string;
  awardId: string;
  money: ShareMoney;
  schedule: UsageReportSchedule;
  /** The schedule's due date as YYYY-MM-DD (for display and lists). */
  nextDueOn: string | null;
};

/**
 * The money and the S8 report schedule of the shares matching `where` (a scope from
 * lib/server/scope.ts shareWhere, narrowed by the caller). One query; every view of money (a
 * brand, a unit, the list's filters, the dashboard) reads its figures from here.
 */
export async function shareFigures({ where, now = new Date(), tx = db }: { where: object; now?: Date; tx?: Tx }): Promise<ShareFigures[]> {
  const shares = await tx.subsidyShare.findMany({
    where,
    select: {
      id: true,
      brandId: true,
      awardId: true,
      amount: true,
      payments: { select: { amount: true, paidOn: true } },
      reports: { select: { status: true, totalFen: true } },
    },
  });
  const today = calendarDateOf(now);
  return shares.map((s) => {
    const money = shareMoney({ amount: s.amount, payments: s.payments, reports: s.reports.map((r) => ({ status: r.status as UsageReportStatus, totalFen: r.totalFen })) });
    const firstPaid = s.payments.reduce<Date | null>((min, p) => (min === null || p.paidOn < min ? p.paidOn : min), null);
    const schedule = usageReportSchedule({
      // Stored calendar dates are 00:00 UTC of the date: read them in UTC.
      firstPaidOn: firstPaid ? { year: firstPaid.getUTCFullYear(), month: firstPaid.getUTCMonth() + 1, day: firstPaid.getUTCDate() } : null,
      reportsFiled: s.reports.length,
      receivedFen: money.paid * 100,
      reportedFen: money.usedFen + money.pendingFen,
      fullyPaid: money.unpaid === 0,
      today,
    });
    return { shareId: s.id, brandId: s.brandId, awardId: s.awardId, money, schedule, nextDueOn: schedule.due ? formatDate(schedule.dueOn) : null };
  });
}
