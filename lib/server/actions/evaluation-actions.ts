import "server-only";
import { cancelEvaluation } from "@/lib/server/services/evaluations/cancel-evaluation";
import { recordEvaluationResult } from "@/lib/server/services/evaluations/record-evaluation-result";
import { scheduleEvaluation } from "@/lib/server/services/evaluations/schedule-evaluation";
import { recordPlaqueReclaimed } from "@/lib/server/services/plaques/record-plaque-reclaimed";
import { defineAction, type RevalidateTarget } from "./define-action";

// 绩效评估 (E1–E4) and plaques: the bureau's server actions. The "use server" file
// app/(portal)/bureau/evaluations/actions.ts only forwards to these.

/** Every page that shows an evaluation, a lead unit's title or a plaque. */
const EVALUATION_PAGES: RevalidateTarget[] = [
  { path: "/bureau/evaluations", type: "layout" },
  { path: "/new-city/evaluations", type: "layout" },
  { path: "/unit/evaluations", type: "layout" },
  { path: "/bureau/brands", type: "layout" },
  { path: "/new-city/brands", type: "layout" },
  { path: "/unit/brands", type: "layout" },
  "/unit/applications",
  "/bureau",
];

/** 安排评估: `{ leadUnitRecognitionId, cycleIndex, method, scheduledOn, evaluators }`. */
export const scheduleEvaluationAction = defineAction({
  name: "evaluation.schedule",
  permission: "evaluation:schedule",
  area: "bureau",
  run: scheduleEvaluation,
  revalidate: () => EVALUATION_PAGES,
});

/** 登记评估结果: `{ evaluationId, u1Pass…u4Pass, u1Note…u4Note, conclusion, evaluatedOn, reportFileId? }`. */
export const recordEvaluationResultAction = defineAction({
  name: "evaluation.record",
  permission: "evaluation:record",
  area: "bureau",
  run: recordEvaluationResult,
  revalidate: () => EVALUATION_PAGES,
});

/** 取消评估: `{ evaluationId, comment }`. */
export const cancelEvaluationAction = defineAction({
  name: "evaluation.cancel",
  permission: "evaluation:schedule",
  area: "bureau",
  run: cancelEvaluation,
  revalidate: () => EVALUATION_PAGES,
});

/** 登记牌匾已收回: `{ plaqueId, reclaimedOn, note }`. */
export const recordPlaqueReclaimedAction = defineAction({
  name: "plaque.reclaim",
  permission: "plaque:reclaim",
  area: "bureau",
  run: recordPlaqueReclaimed,
  revalidate: () => EVALUATION_PAGES,
});
