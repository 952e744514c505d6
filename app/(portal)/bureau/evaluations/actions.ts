"use server";

// 绩效评估 and plaques (RULES.md E1–E4): each export forwards the raw input to its definition in
// lib/server/actions/evaluation-actions.ts (session, context, use case, effects, revalidation).
import * as actions from "@/lib/server/actions/evaluation-actions";

/** 安排评估. */
export async function scheduleEvaluationAction(input: unknown) {
  return actions.scheduleEvaluationAction(input);
}

/** 登记评估结果 (合格 / 不合格). */
export async function recordEvaluationResultAction(input: unknown) {
  return actions.recordEvaluationResultAction(input);
}

/** 取消评估. */
export async function cancelEvaluationAction(input: unknown) {
  return actions.cancelEvaluationAction(input);
}

/** 登记牌匾已收回. */
export async function recordPlaqueReclaimedAction(input: unknown) {
  return actions.recordPlaqueReclaimedAction(input);
}
