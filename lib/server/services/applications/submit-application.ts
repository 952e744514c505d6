import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { assertPermission } from "@/lib/domain/permissions";
import { ACTIVE_STATUSES, type ApplicationStatus } from "@/lib/domain/application-workflow";
import { isBatchOpen } from "@/lib/domain/batch-status";
import { submitApplicationSchema } from "@/lib/schemas/application";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { UseCase } from "@/lib/server/use-case";
import { applicationAggregate } from "@/lib/server/workflow/aggregates";
import { assertTransition, claimState } from "@/lib/server/workflow/claim-state";
import { findVisibleApplication } from "./find-visible-application";
import { verdictFor } from "./eligibility-input";
import { snapshotOf } from "@/lib/domain/application-snapshot";

const w = messages.workflowErrors;
const refuse = (message: string, fieldErrors?: Record<string, string[]>) => new AppError({ code: "RULE_VIOLATION", message, fieldErrors });

/**
 * 提交申报 / 修改后重新提交 (RULES.md F1): the server is the authority. A first submission needs
 * an open batch; a returned application may be resubmitted after the batch closed, since it was
 * submitted in time. The eligibility verdict must have no failure, warnings need the applicant's
 * explanation, no lead unit may be under a ban (E5/M3), the name may not be recognised or in
 * another active application, and the required attachments must be there. Each submission is
 * frozen as a version.
 */
export async function submitApplication({ user, input, ctx, now = new Date() }: UseCase) {
  assertPermission(user, "application:submit");
  const parsed = submitApplicationSchema.safeParse(input);
  if (!parsed.success) throw new AppError({ code: "VALIDATION", message: messages.errors.validation, fieldErrors: fieldErrorsOf(parsed.error) });
  const { applicationId, warningExplanation } = parsed.data;

  return db.$transaction(async (tx) => {
    const app = await findVisibleApplication(user, applicationId, tx);
    const status: ApplicationStatus = app.status;
    const action = status === "RETURNED_TO_UNIT" ? "resubmit" : "submit";
    // The state first: resubmitting what was not returned is stale whatever else is wrong.
    assertTransition(applicationAggregate, { user, action, status });

    if (action === "submit") {
      const batch = await tx.batch.findUnique({ where: { id: app.batchId } });
      if (!batch || !isBatchOpen({ batch, now })) throw refuse(w.batchClosed);
    }

    const verdict = await verdictFor(tx, app, now);
    if (!verdict.ok) {
      const fieldErrors: Record<string, string[]> = {};
      for (const f of verdict.failures) (fieldErrors[f.field ?? "_form"] ??= []).push(f.message);
      // The findings go with the refusal as data, so the form badges them by rule ID.
      throw new AppError({ code: "RULE_VIOLATION", message: w.verdictFailures, fieldErrors, findings: verdict.failures });
    }
    const explanation = warningExplanation ?? app.warningExplanation;
    if (verdict.warnings.length > 0 && !explanation) throw refuse(w.warningsNeedExplanation, { warningExplanation: [w.warningsNeedExplanation] });

    const recognised = await tx.brand.findUnique({ where: { name: app.brandName }, select: { id: true } });
    if (recognised) throw refuse(w.brandNameRecognised, { brandName: [w.brandNameRecognised] });
    const others = await tx.application.findMany({
      where: { id: { not: app.id }, brandName: app.brandName, status: { in: [...ACTIVE_STATUSES] } },
      select: { unitId: true, status: true },
    });
    if (others.some((o) => o.unitId === app.unitId)) throw refuse(w.duplicateActive, { brandName: [w.duplicateActive] });
    if (others.some((o) => o.status !== "DRAFT")) throw refuse(w.brandNameInUse, { brandName: [w.brandNameInUse] });

    if (!app.attachments.some((a) => a.kind === "BUSINESS_LICENSE")) throw refuse(w.businessLicenseRequired, { attachments: [w.businessLicenseRequired] });
    if (app.isNationalIch && !app.attachments.some((a) => a.kind === "HERITAGE_PROOF")) throw refuse(w.heritageProofRequired, { attachments: [w.heritageProofRequired] });

    const version = app.version + 1;
    await claimState(tx, {
      aggregate: applicationAggregate,
      user,
      ctx,
      action,
      now,
      record: app,
      comment: verdict.warnings.length > 0 ? `情况说明：${explanation}` : null,
      data: {
        version,
        submittedAt: now,
        warningExplanation: explanation ?? null,
        commitmentConfirmedAt: now,
        commitmentConfirmedBy: user.id,
      },
      changes: { version: { from: app.version, to: version } },
    });
    await tx.applicationVersion.create({
      data: { applicationId: app.id, version, snapshot: snapshotOf(app), submittedById: user.id, submittedAt: now },
    });
    return { version, warnings: verdict.warnings };
  });
}
