import "server-only";
import { allocateAward } from "@/lib/server/services/subsidies/allocate-award";
import { approveAward } from "@/lib/server/services/subsidies/approve-award";
import { confirmPaymentReceipt } from "@/lib/server/services/subsidies/confirm-payment-receipt";
import { recordPayment } from "@/lib/server/services/subsidies/record-payment";
import { defineAction, type RevalidateTarget } from "./define-action";

// The subsidy server actions (奖补, RULES.md S1–S4), one per use case. The areas' "use server"
// files (app/(portal)/bureau/brands/subsidy-actions.ts, app/(portal)/unit/brands/subsidy-actions.ts)
// only forward to these.

/** Money moves on every view of the brand: each area's list and detail, and the dashboards. */
function brandPages(): RevalidateTarget[] {
  return [
    { path: "/bureau/brands", type: "layout" },
    { path: "/new-city/brands", type: "layout" },
    { path: "/unit/brands", type: "layout" },
    { path: "/portal/brands", type: "layout" },
    "/bureau",
    "/new-city",
    "/unit",
  ];
}

/** 审批奖补: `{ awardId }` (allocated at once when one lead unit or a zero amount). */
export const approveAwardAction = defineAction({
  name: "award.approve",
  permission: "subsidy:approve",
  run: approveAward,
  revalidate: brandPages,
});

/** 分配奖补: `{ awardId, basis, shares: [{ creditCode, amount }] }`. */
export const allocateAwardAction = defineAction({
  name: "award.allocate",
  permission: "subsidy:split",
  run: allocateAward,
  revalidate: brandPages,
});

/** 登记拨付: `{ shareId, paidOn, amount, voucherNo, voucherId }`. */
export const recordPaymentAction = defineAction({
  name: "payment.record",
  permission: "subsidy:record-payment",
  run: recordPayment,
  revalidate: brandPages,
});

/** 确认收款: `{ paymentId }` — the unit, its own share only. */
export const confirmPaymentReceiptAction = defineAction({
  name: "payment.confirmReceipt",
  permission: "subsidy:confirm-receipt",
  area: "unit",
  run: confirmPaymentReceipt,
  revalidate: brandPages,
});
