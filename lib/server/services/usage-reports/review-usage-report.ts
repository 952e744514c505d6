import "server-only";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import { reviewUsageReportSchema } from "@/lib/schemas/usage-report";
import type { UseCase } from "@/lib/server/use-case";
import { usageReportAggregate } from "@/lib/server/workflow/aggregates";
import { claimState } from "@/lib/server/workflow/claim-state";
import { findVisibleShare } from "@/lib/server/services/brands/find-visible-brand";
import { reportNotFound } from "./resubmit-usage-report";
import { invalidInput } from "./usage-report-lines";

/**
 * 审核资金使用报告 (S8): the bureau accepts a submitted report (its total counts as used) or
 * returns it with the reason for the unit to correct; the unit of the share is notified.
 */
export async function reviewUsageReport({ user, input, now = new Date(), ctx }: UseCase) {
  assertPermission(user, "usage-report:review");
  const parsed = reviewUsageReportSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { reportId, decision, comment } = parsed.data;

  return db.$transaction(async (tx) => {
    const report = await tx.usageReport.findUnique({ where: { id: reportId }, select: { id: true, status: true, shareId: true, totalFen: true } });
    if (!report) throw reportNotFound();
    const share = await findVisibleShare(user, report.shareId, tx);
    const transition = await claimState(tx, {
      aggregate: usageReportAggregate,
      user,
      ctx,
      now,
      action: decision,
      record: { id: report.id, status: report.status, brandId: share.brandId, brandName: share.award.brand.name, unitId: share.unitId },
      comment,
      data: { reviewedAt: now, reviewedById: user.id, reviewComment: comment || null },
      changes: { shareId: { to: share.id }, reportId: { to: report.id }, totalFen: { to: report.totalFen } },
    });
    return { id: report.id, status: transition.to, brandId: share.brandId };
  });
}
