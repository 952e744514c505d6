import { defineMachine } from "./workflow";

// 绩效评估 (RULES.md E1–E4): the bureau schedules an evaluation of one lead unit's recognition at
// one level for one E1 cycle (a creation, lib/server/services/evaluations/schedule-evaluation.ts),
// then records its result once: pass keeps the status, fail revokes it (E4) and bans the unit
// (E5). A scheduled evaluation may be cancelled (with a reason), which frees its cycle.
export const EVALUATION_STATUSES = ["SCHEDULED", "PASSED", "FAILED", "CANCELLED"] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

/** The results that count for E1 (an evaluated cycle); a cancelled evaluation does not. */
export const RECORDED_EVALUATION_STATUSES = ["PASSED", "FAILED"] as const satisfies readonly EvaluationStatus[];

export type EvaluationAction =
  | "recordPass" // 登记评估结果：合格
  | "recordFail" // 登记评估结果：不合格
  | "cancel"; // 取消评估

export const EVALUATION_WORKFLOW = defineMachine<EvaluationStatus, EvaluationAction>({
  name: "evaluation",
  entityType: "Evaluation",
  states: EVALUATION_STATUSES,
  transitions: [
    { action: "recordPass", permission: "evaluation:record", from: ["SCHEDULED"], to: "PASSED", commentRequired: false, notify: ["unit", "newCity"] },
    { action: "recordFail", permission: "evaluation:record", from: ["SCHEDULED"], to: "FAILED", commentRequired: true, notify: ["unit", "newCity"] },
    { action: "cancel", permission: "evaluation:schedule", from: ["SCHEDULED"], to: "CANCELLED", commentRequired: true, notify: ["unit"], exit: true },
  ],
});
