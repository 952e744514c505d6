import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { assertPermission } from "@/lib/domain/permissions";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { resubmitUsageReportSchema } from "@/lib/schemas/usage-report";
import type { UseCase } from "@/lib/server/use-case";
import { usageReportAggregate } from "@/lib/server/workflow/aggregates";
import { assertTransition, claimState } from "@/lib/server/workflow/claim-state";
import { findVisibleShare } from "@/lib/server/services/brands/find-visible-brand";
import { assertVouchers, checkLines, createLines, invalidInput, shareBalance } from "./usage-report-lines";

const u = messages.usageReports;
export const reportNotFound = () => new AppError({ code: "NOT_FOUND", message: u.errors.reportNotFound });

/**
 * 重新提交 a returned use report (S5–S8): the unit replaces its lines, checked as on the first
 * submission — what the share's other reports count stays counted, the report itself does not.
 */
export async function resubmitUsageReport({ user, input, now = new Date(), ctx }: UseCase) {
  assertPermission(user, "usage-report:submit");
  const parsed = resubmitUsageReportSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { reportId, lines } = parsed.data;

  return db.$transaction(async (tx) => {
    const report = await tx.usageReport.findUnique({ where: { id: reportId }, select: { id: true, status: true, shareId: true, brandId: true } });
    if (!report) throw reportNotFound();
    // Another unit's report is as missing as one that does not exist.
    const share = await findVisibleShare(user, report.shareId, tx).catch(() => {
      throw reportNotFound();
    });
    assertTransition(usageReportAggregate, { user, action: "resubmit", status: report.status });
    const balance = await shareBalance(tx, { shareId: share.id, excludeReportId: report.id });
    const checked = checkLines({ lines, awardedOn: share.award.awardedOn, ...balance, now });
    await assertVouchers(tx, { lines, brandId: share.brandId, shareId: share.id });

    // The state first (of two resubmits at once the second finds it SUBMITTED), then the lines.
    const transition = await claimState(tx, {
      aggregate: usageReportAggregate,
      user,
      ctx,
      now,
      action: "resubmit",
      record: { id: report.id, status: report.status, brandId: share.brandId, brandName: share.award.brand.name, unitId: share.unitId },
      data: { totalFen: checked.totalFen, submittedAt: now, submittedById: user.id },
      changes: { shareId: { to: share.id }, reportId: { to: report.id }, lines: { to: checked.lines.length } },
    });
    await tx.usageLine.deleteMany({ where: { reportId: report.id } });
    await createLines(tx, { reportId: report.id, lines: checked.lines });
    return { id: report.id, status: transition.to, totalFen: checked.totalFen, brandId: share.brandId };
  });
}
