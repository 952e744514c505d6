"use server";

// 择优推送 (RULES.md F4, F5): each export forwards the raw input to its definition in
// lib/server/actions/push-actions.ts (session, context, use case, effects, revalidation).
import * as actions from "@/lib/server/actions/push-actions";

/** 推送至上一级 — one brand or a batch, one opinion. */
export async function pushBrandsAction(input: unknown) {
  return actions.pushBrandsAction(input);
}

/** 登记推送结果 — 获认定 (with the document) or 未获认定 (with a note). */
export async function recordPushOutcomeAction(input: unknown) {
  return actions.recordPushOutcomeAction(input);
}
