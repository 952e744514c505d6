"use server";

// 确认收款 (RULES.md S8: a lead unit its own share only): forwards the raw input to its
// definition in lib/server/actions/subsidy-actions.ts.
import * as actions from "@/lib/server/actions/subsidy-actions";

/** 确认收款: `{ paymentId }`. */
export async function confirmPaymentReceiptAction(input: unknown) {
  return actions.confirmPaymentReceiptAction(input);
}
