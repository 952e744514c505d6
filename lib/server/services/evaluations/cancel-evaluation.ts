import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { assertPermission } from "@/lib/domain/permissions";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { cancelEvaluationSchema } from "@/lib/schemas/evaluation";
import type { UseCase } from "@/lib/server/use-case";
import { evaluationAggregate } from "@/lib/server/workflow/aggregates";
import { claimState } from "@/lib/server/workflow/claim-state";
import { findVisibleEvaluation } from "./find-visible-evaluation";

/**
 * 取消评估: a scheduled evaluation is cancelled with a reason; its cycle is freed (cycleKey → null)
 * so it can be scheduled again. A cancelled evaluation does not count as evaluated (E1).
 */
export async function cancelEvaluation({ user, input, ctx, now = new Date() }: UseCase) {
  assertPermission(user, "evaluation:schedule");
  const parsed = cancelEvaluationSchema.safeParse(input);
  if (!parsed.success) throw new AppError({ code: "VALIDATION", message: messages.errors.validation, fieldErrors: fieldErrorsOf(parsed.error) });
  const d = parsed.data;
  return db.$transaction(async (tx) => {
    const ev = await findVisibleEvaluation(user, d.evaluationId, tx);
    await claimState(tx, {
      aggregate: evaluationAggregate,
      user,
      ctx,
      now,
      action: "cancel",
      record: { id: ev.id, status: ev.status, brandId: ev.brandId, brandName: ev.leadUnit.brand.name, unitName: ev.leadUnit.unitName, unitId: ev.leadUnit.unitId, newCityId: ev.leadUnit.brand.newCityId },
      comment: d.comment,
      data: { cycleKey: null, cancelNote: d.comment },
      changes: { evaluationId: { to: ev.id }, cycleIndex: { to: ev.cycleIndex } },
    });
    return { id: ev.id, status: "CANCELLED" as const };
  });
}
