"use server";

// 新城审核 (RULES.md F2): forwards to lib/server/actions/application-actions.ts.
import * as actions from "@/lib/server/actions/application-actions";

/** 推荐 — the recommendation opinion is required. */
export async function recommendAction(input: unknown) {
  return actions.recommendApplicationAction(input);
}

/** 退回修改 — reason required, optional comments on fields. */
export async function returnToUnitAction(input: unknown) {
  return actions.returnApplicationToUnitAction(input);
}
