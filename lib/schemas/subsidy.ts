import { z } from "zod";
import { checkSubsidySplit, defaultEligibilitySettings } from "@/lib/eligibility";
import { formatYuan } from "@/lib/domain/money";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { requiredText } from "./common";

// The schemas of the subsidy use cases (奖补, RULES.md S1–S4), shared by the forms (zodResolver)
// and the services (safeParse). What needs the database (the award's amount and lead units, the
// award date, what is still unpaid) is checked by the service; the forms add what they know.

const e = messages.subsidies.errors;
const CAP = defaultEligibilitySettings.subsidyCap;

const recordId = (message: string) => z.string({ error: message }).trim().min(1, message).max(64, message);

/** 审批 an award. */
export const approveAwardSchema = z.object({ awardId: recordId(e.awardIdRequired) });
export type ApproveAwardInput = z.infer<typeof approveAwardSchema>;

/**
 * 分配 an award among its lead units (S2, S3). The shape only: integer, non-negative amounts that
 * add up to the award are S3's rule, checked by checkSubsidySplit (with its rule IDs) on the
 * server, and by `withSplitRule` in the form.
 */
export const allocateAwardSchema = z.object({
  awardId: recordId(e.awardIdRequired),
  basis: requiredText(messages.subsidies.allocate.basis, 500),
  shares: z
    .array(
      z.object({
        creditCode: z.string({ error: e.shareCreditCode }).trim().min(1, e.shareCreditCode).max(18, e.shareCreditCode),
        // NaN (an empty number input) is refused by z.number itself.
        amount: z.number({ error: e.shareAmount }).max(CAP, e.amountTooLarge(formatYuan(CAP))),
      }),
      { error: e.sharesRequired },
    )
    .min(1, e.sharesRequired)
    .max(3, e.tooManyShares),
});
export type AllocateAwardInput = z.infer<typeof allocateAwardSchema>;

/** The form's schema: the same shape plus S3 against the award it shows (the server re-checks). */
export function withSplitRule({ amount, leadUnitCreditCodes }: { amount: number; leadUnitCreditCodes: readonly string[] }) {
  return allocateAwardSchema.superRefine((value, ctx) => {
    const verdict = checkSubsidySplit({ amount, leadUnitCreditCodes, shares: value.shares });
    for (const f of verdict.failures) ctx.addIssue({ code: "custom", path: f.field ? f.field.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : [], message: f.message });
  });
}

/** 登记拨付 of one share (several partial payments allowed, never above the share). */
export const recordPaymentSchema = z.object({
  shareId: recordId(e.shareIdRequired),
  paidOn: z.string({ error: e.paidOnInvalid }).trim().regex(/^\d{4}-\d{2}-\d{2}$/, e.paidOnInvalid),
  amount: z.number({ error: e.paymentAmount }).int(e.paymentAmountPositive).positive(e.paymentAmountPositive).max(CAP, e.amountTooLarge(formatYuan(CAP))),
  voucherNo: requiredText(messages.subsidies.recordPayment.voucherNo, 50),
  voucherId: recordId(e.voucherRequired),
});
export type RecordPaymentInput = z.infer<typeof recordPaymentSchema>;

/** 确认收款 of one payment (the unit, its own share). */
export const confirmPaymentReceiptSchema = z.object({ paymentId: recordId(e.paymentIdRequired) });
export type ConfirmPaymentReceiptInput = z.infer<typeof confirmPaymentReceiptSchema>;
