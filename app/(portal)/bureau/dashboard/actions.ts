"use server";

// 工作看板 (RULES.md T2): forwards the raw input to its definition in
// lib/server/actions/dashboard-actions.ts (session, context, use case, revalidation).
import * as actions from "@/lib/server/actions/dashboard-actions";

/** 设定年度目标. */
export async function updateProgrammeTargetAction(input: unknown) {
  return actions.updateProgrammeTargetAction(input);
}
