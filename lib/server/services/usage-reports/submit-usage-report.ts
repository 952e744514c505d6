import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { formatFenAsYuan } from "@/lib/domain/money";
import { assertPermission } from "@/lib/domain/permissions";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { submitUsageReportSchema } from "@/lib/schemas/usage-report";
import { writeAudit } from "@/lib/server/audit";
import { isUniqueViolation } from "@/lib/server/db/errors";
import { notifyParties } from "@/lib/server/notify";
import type { UseCase } from "@/lib/server/use-case";
import { staleState } from "@/lib/server/workflow/claim-state";
import { findVisibleShare } from "@/lib/server/services/brands/find-visible-brand";
import { assertVouchers, checkLines, createLines, invalidInput, shareBalance } from "./usage-report-lines";

const u = messages.usageReports;

/**
 * 提交资金使用报告 (RULES.md S5–S8): a lead unit accounts for spending on its own share (another
 * unit's share is NOT_FOUND). Each line is checked by lib/eligibility's checkUsageReport against
 * the award date and what the share received so far; one report may be open (waiting or
 * returned) per share at a time.
 */
export async function submitUsageReport({ user, input, now = new Date(), ctx }: UseCase) {
  assertPermission(user, "usage-report:submit");
  const parsed = submitUsageReportSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { shareId, lines } = parsed.data;
  // Scoped read and a first check outside the transaction, so bad input costs no lock.
  const visible = await findVisibleShare(user, shareId);
  const first = await shareBalance(db, { shareId: visible.id });
  checkLines({ lines, awardedOn: visible.award.awardedOn, ...first, now });

  try {
    return await db.$transaction(async (tx) => {
      // Serialise the reports of one share: this conditional no-op update takes the share row's
      // lock on PostgreSQL (a second submit waits here until the first commits, then re-reads
      // below), and SQLite runs one writer at a time anyway. Without it two reports filed at once
      // could each fit within what remains, and together exceed it (S8).
      const locked = await tx.subsidyShare.updateMany({ where: { id: visible.id, unitId: user.unitId }, data: { unitId: user.unitId } });
      if (locked.count !== 1) throw staleState();

      const open = await tx.usageReport.count({ where: { shareId: visible.id, status: { in: ["SUBMITTED", "RETURNED"] } } });
      if (open > 0) throw new AppError({ code: "CONFLICT", message: u.errors.openReport });
      const balance = await shareBalance(tx, { shareId: visible.id });
      const checked = checkLines({ lines, awardedOn: visible.award.awardedOn, ...balance, now });
      await assertVouchers(tx, { lines, brandId: visible.brandId, shareId: visible.id });

      const sequence = (await tx.usageReport.count({ where: { shareId: visible.id } })) + 1;
      const report = await tx.usageReport.create({
        data: { shareId: visible.id, brandId: visible.brandId, sequence, status: "SUBMITTED", totalFen: checked.totalFen, submittedAt: now, submittedById: user.id },
      });
      await createLines(tx, { reportId: report.id, lines: checked.lines });

      await writeAudit(tx, {
        actor: user,
        ctx,
        at: now,
        action: "usageReport.submit",
        entityType: "Brand",
        entityId: visible.brandId,
        toState: "SUBMITTED",
        changes: {
          // The brand page hides other units' money rows from a unit by this key.
          shareId: { to: visible.id },
          reportId: { to: report.id },
          sequence: { to: sequence },
          totalFen: { to: checked.totalFen },
          lines: { to: checked.lines.length },
          reportedFen: { from: balance.previouslySpentFen, to: balance.previouslySpentFen + checked.totalFen },
        },
      });
      const brandName = visible.award.brand.name;
      await notifyParties(tx, {
        parties: ["bureau"],
        unitId: "",
        newCityId: "",
        message: {
          title: u.notifications.submittedTitle(brandName),
          body: u.notifications.submittedBody(visible.unitName, sequence, formatFenAsYuan(checked.totalFen)),
          link: `/bureau/brands/${visible.brandId}#usage-reports`,
        },
      });
      return { id: report.id, sequence, status: report.status, totalFen: checked.totalFen, brandId: visible.brandId };
    });
  } catch (error) {
    // Two first reports raced on (shareId, sequence): the loser wrote nothing.
    if (isUniqueViolation(error)) throw new AppError({ code: "CONFLICT", message: u.errors.openReport });
    throw error;
  }
}
