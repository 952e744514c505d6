"use server";

// 撤销 (RULES.md M1–M3): each export forwards the raw input to its definition in
// lib/server/actions/revocation-actions.ts (session, context, use case, effects, revalidation).
import * as actions from "@/lib/server/actions/revocation-actions";

/** 提议撤销 — waits for a second official. */
export async function proposeRevocationAction(input: unknown) {
  return actions.proposeRevocationAction(input);
}

/** 复核确认撤销 — never by the proposer; irreversible. */
export async function confirmRevocationAction(input: unknown) {
  return actions.confirmRevocationAction(input);
}

/** 撤回撤销提议 — with a reason. */
export async function withdrawRevocationAction(input: unknown) {
  return actions.withdrawRevocationAction(input);
}
