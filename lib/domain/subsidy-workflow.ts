import { defineMachine } from "./workflow";

// The subsidy machines (RULES.md S1–S8): an award is approved, then allocated among the brand's
// lead units (S3; a brand with one lead unit is allocated at approval, without a split step); a
// payment of a share is recorded by the bureau and confirmed by the unit; a use report is filed
// by the unit and accepted or returned by the bureau, and a returned one is filed again.

/** 奖补 (S1, S2, S4). */
export const AWARD_STATUSES = ["PROPOSED", "APPROVED", "ALLOCATED"] as const;
export type AwardStatus = (typeof AWARD_STATUSES)[number];
export type AwardAction = "approve" | "allocate";

export const AWARD_WORKFLOW = defineMachine<AwardStatus, AwardAction>({
  name: "award",
  entityType: "SubsidyAward",
  states: AWARD_STATUSES,
  transitions: [
    { action: "approve", permission: "subsidy:approve", from: ["PROPOSED"], to: "APPROVED", commentRequired: false, notify: [] },
    { action: "allocate", permission: "subsidy:split", from: ["APPROVED"], to: "ALLOCATED", commentRequired: false, notify: [] },
  ],
});

/** 拨付 (one payment of a share). */
export const PAYMENT_STATUSES = ["RECORDED", "CONFIRMED"] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
export type PaymentAction = "confirmReceipt";

export const PAYMENT_WORKFLOW = defineMachine<PaymentStatus, PaymentAction>({
  name: "payment",
  entityType: "SubsidyPayment",
  states: PAYMENT_STATUSES,
  transitions: [{ action: "confirmReceipt", permission: "subsidy:confirm-receipt", from: ["RECORDED"], to: "CONFIRMED", commentRequired: false, notify: ["bureau"] }],
});

/** 资金使用报告 (S5–S8). */
export const USAGE_REPORT_STATUSES = ["SUBMITTED", "ACCEPTED", "RETURNED"] as const;
export type UsageReportStatus = (typeof USAGE_REPORT_STATUSES)[number];
export type UsageReportAction = "accept" | "return" | "resubmit";

export const USAGE_REPORT_WORKFLOW = defineMachine<UsageReportStatus, UsageReportAction>({
  name: "usageReport",
  entityType: "UsageReport",
  states: USAGE_REPORT_STATUSES,
  transitions: [
    { action: "accept", permission: "usage-report:review", from: ["SUBMITTED"], to: "ACCEPTED", commentRequired: false, notify: ["unit"] },
    { action: "return", permission: "usage-report:review", from: ["SUBMITTED"], to: "RETURNED", commentRequired: true, notify: ["unit"] },
    { action: "resubmit", permission: "usage-report:submit", from: ["RETURNED"], to: "SUBMITTED", commentRequired: false, notify: ["bureau"] },
  ],
});

/** What counts against the money a unit received: a report waiting for review or accepted. */
export const COUNTED_REPORT_STATUSES = ["SUBMITTED", "ACCEPTED"] as const satisfies readonly UsageReportStatus[];
