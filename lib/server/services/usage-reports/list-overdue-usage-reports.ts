import "server-only";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import { calendarDateOf } from "@/lib/eligibility";
import { toEpochDay } from "@/lib/eligibility/dates";
import { shareWhere } from "@/lib/server/scope";
import type { UseCase } from "@/lib/server/use-case";
import { shareFigures } from "@/lib/server/services/subsidies/share-figures";

export type OverdueUsageReport = {
  shareId: string;
  brandId: string;
  brandName: string;
  unitName: string;
  /** YYYY-MM-DD */
  dueOn: string;
  sequence: number;
  daysOverdue: number;
  /** Received and not yet reported, in fen. */
  remainingFen: number;
};

/**
 * 逾期的资金使用报告 (S8 按时报告): the shares whose next report is past its due date, as this user
 * may see them (the bureau all, a new city its brands', a unit its own), longest overdue first.
 */
export async function listOverdueUsageReports({ user, now = new Date() }: Pick<UseCase, "user" | "now">): Promise<OverdueUsageReport[]> {
  assertPermission(user, "brand:view");
  const figures = (await shareFigures({ where: shareWhere(user), now })).filter((f) => f.schedule.due && f.schedule.overdue);
  if (figures.length === 0) return [];
  const shares = await db.subsidyShare.findMany({
    where: { id: { in: figures.map((f) => f.shareId) } },
    select: { id: true, unitName: true, award: { select: { brand: { select: { name: true } } } } },
  });
  const byId = new Map(shares.map((s) => [s.id, s]));
  const today = toEpochDay(calendarDateOf(now));
  return figures
    .flatMap((f) => {
      const share = byId.get(f.shareId);
      if (!share || !f.schedule.due || !f.nextDueOn) return [];
      return [
        {
          shareId: f.shareId,
          brandId: f.brandId,
          brandName: share.award.brand.name,
          unitName: share.unitName,
          dueOn: f.nextDueOn,
          sequence: f.schedule.sequence,
          daysOverdue: today - toEpochDay(f.schedule.dueOn),
          remainingFen: f.money.remainingFen,
        },
      ];
    })
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.brandName.localeCompare(b.brandName, "zh-CN") || a.unitName.localeCompare(b.unitName, "zh-CN"));
}
