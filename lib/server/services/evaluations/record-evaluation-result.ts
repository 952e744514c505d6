import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { formatCalendarDate, parseCalendarDate, storedDateOf } from "@/lib/domain/dates";
import { assertPermission } from "@/lib/domain/permissions";
import { evaluationOutcome, labelOf, REVOCATION_REASONS, type Ban } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { recordEvaluationResultSchema } from "@/lib/schemas/evaluation";
import type { Effects } from "@/lib/server/effects";
import type { UseCase } from "@/lib/server/use-case";
import { evaluationAggregate } from "@/lib/server/workflow/aggregates";
import { assertTransition, claimState } from "@/lib/server/workflow/claim-state";
import { revokeRecognitions } from "../brands/recognition-status";
import { findVisibleEvaluation } from "./find-visible-evaluation";

const e = messages.evaluations.errors;
const invalid = (field: string, message: string) => new AppError({ code: "VALIDATION", message, fieldErrors: { [field]: [message] } });

/**
 * 登记评估结果 (RULES.md E3, E4): U1–U4 each pass/fail (a note for each fail), the conclusion, the
 * date it was held (not in the future) and the bureau's report file. The result is
 * evaluationOutcome's (lib/eligibility): pass keeps the title and the next cycle follows; fail
 * revokes this one lead unit's title at this level on the evaluation date (revokeRecognitions:
 * plaque to reclaim, a level left without a lead unit revoked too), from which the E5 ban counts.
 * The evaluation's state is claimed first: of two officials recording at once, one wins.
 */
export async function recordEvaluationResult({ user, input, ctx, now = new Date() }: UseCase) {
  assertPermission(user, "evaluation:record");
  const parsed = recordEvaluationResultSchema.safeParse(input);
  if (!parsed.success) throw new AppError({ code: "VALIDATION", message: messages.errors.validation, fieldErrors: fieldErrorsOf(parsed.error) });
  const d = parsed.data;
  const evaluatedOn = parseCalendarDate(d.evaluatedOn) as Date;
  if (evaluatedOn.getTime() > storedDateOf(now).getTime()) throw invalid("evaluatedOn", e.evaluatedInFuture);

  const result = await db.$transaction(async (tx) => {
    const ev = await findVisibleEvaluation(user, d.evaluationId, tx);
    const verdict = evaluationOutcome({ method: ev.method, evaluatedOn: d.evaluatedOn, criteria: { U1: d.u1Pass, U2: d.u2Pass, U3: d.u3Pass, U4: d.u4Pass } });
    if (!verdict.outcome) throw new AppError({ code: "VALIDATION", message: messages.errors.validation, findings: verdict.failures });
    const outcome = verdict.outcome;
    const action = outcome.result === "PASS" ? "recordPass" : "recordFail";
    // The workflow's own refusals first (a wrong role, a result already recorded).
    assertTransition(evaluationAggregate, { user, action, status: ev.status, comment: d.conclusion });
    if (ev.leadUnit.status !== "ACTIVE") throw new AppError({ code: "RULE_VIOLATION", message: e.recognitionRevoked });
    if (d.reportFileId) {
      const file = await tx.brandFile.findUnique({ where: { id: d.reportFileId }, select: { brandId: true, kind: true, evaluationId: true } });
      if (!file || file.brandId !== ev.brandId || file.kind !== "EVALUATION_REPORT" || file.evaluationId !== null) throw invalid("reportFileId", e.reportInvalid);
    }

    await claimState(tx, {
      aggregate: evaluationAggregate,
      user,
      ctx,
      now,
      action,
      record: { id: ev.id, status: ev.status, brandId: ev.brandId, brandName: ev.leadUnit.brand.name, unitName: ev.leadUnit.unitName, unitId: ev.leadUnit.unitId, newCityId: ev.leadUnit.brand.newCityId },
      comment: d.conclusion ?? null,
      data: {
        u1Pass: d.u1Pass,
        u1Note: d.u1Note ?? null,
        u2Pass: d.u2Pass,
        u2Note: d.u2Note ?? null,
        u3Pass: d.u3Pass,
        u3Note: d.u3Note ?? null,
        u4Pass: d.u4Pass,
        u4Note: d.u4Note ?? null,
        conclusion: d.conclusion ?? null,
        evaluatedOn,
        reportFileId: d.reportFileId ?? null,
        recordedById: user.id,
      },
      changes: { evaluationId: { to: ev.id }, unitName: { to: ev.leadUnit.unitName }, level: { to: ev.leadUnit.level }, cycleIndex: { to: ev.cycleIndex } },
    });
    if (d.reportFileId) await tx.brandFile.update({ where: { id: d.reportFileId }, data: { evaluationId: ev.id } });
    if (outcome.result === "PASS") return { status: "PASSED" as const, ban: null, effects: {} as Effects };

    const revoked = await revokeRecognitions(tx, {
      user,
      ctx,
      now,
      brandId: ev.brandId,
      leadUnitRecognitionIds: [ev.leadUnitRecognitionId],
      revokedOn: evaluatedOn,
      reason: "EVALUATION_FAILED",
      reasonLabel: labelOf(REVOCATION_REASONS, "EVALUATION_FAILED") ?? "EVALUATION_FAILED",
      evaluationId: ev.id,
    });
    const ban: Ban = { revokedOn: outcome.revokedOn, banLastDay: outcome.banLastDay, mayApplyFrom: outcome.mayApplyFrom };
    return { status: "FAILED" as const, ban, levelsRevoked: revoked.levels, highestLevel: revoked.highestLevel, effects: revoked.effects };
  });
  return { id: d.evaluationId, evaluatedOn: formatCalendarDate(evaluatedOn), ...result };
}
