"use server";

// 奖补审批、分配与拨付 (RULES.md S1–S4): each action forwards the raw input to its definition in
// lib/server/actions/subsidy-actions.ts (session, context, use case, revalidation).
import * as actions from "@/lib/server/actions/subsidy-actions";

/** 审批奖补: `{ awardId }`. */
export async function approveAwardAction(input: unknown) {
  return actions.approveAwardAction(input);
}

/** 分配奖补: `{ awardId, basis, shares }`. */
export async function allocateAwardAction(input: unknown) {
  return actions.allocateAwardAction(input);
}

/** 登记拨付: `{ shareId, paidOn, amount, voucherNo, voucherId }`. */
export async function recordPaymentAction(input: unknown) {
  return actions.recordPaymentAction(input);
}
