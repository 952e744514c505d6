import { z } from "zod";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { optionalText, requiredText } from "./common";

// 资金使用报告 (RULES.md S5–S8): the schemas shared by the report form (zodResolver) and the use
// cases. They check the form of each field only; the rules themselves (S5 purpose, S6 no
// retroactive use, S7 no cash, S8 not above what was received) are lib/eligibility's
// checkUsageReport, so a refusal names its rule at the line. That is why purpose and
// paymentMethod are any non-empty code here, CASH included: the rule refuses it by name.

const u = messages.usageReports.validation;

/** At most 7 digits of yuan and 2 of fen: every amount fits an integer column in fen. */
export const YUAN_AMOUNT = /^\d{1,7}(\.\d{1,2})?$/;

/** "1234.56" → 123456 fen, read digit by digit (no floating point). Throws on anything else. */
export function yuanToFen(amount: string): number {
  const text = amount.trim();
  if (!YUAN_AMOUNT.test(text)) throw new Error(`not a yuan amount: ${amount}`);
  const [yuan = "0", fen = ""] = text.split(".");
  return Number(yuan) * 100 + Number(fen.padEnd(2, "0"));
}

/** 123456 fen → "1234.56" (the form's own notation, no grouping). */
export function fenToYuanText(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
}

export const usageLineSchema = z.object({
  spentOn: z
    .string({ error: u.spentOn })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, u.spentOn),
  purpose: z.string({ error: u.purpose }).trim().min(1, u.purpose).max(40, u.purpose),
  amount: z
    .string({ error: u.amount })
    .trim()
    .regex(YUAN_AMOUNT, u.amount),
  paymentMethod: z.string({ error: u.paymentMethod }).trim().min(1, u.paymentMethod).max(40, u.paymentMethod),
  payee: requiredText(messages.usageReports.line.payee, 100),
  description: optionalText(messages.usageReports.line.description, 500),
  voucherId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((s) => (s ? s : undefined)),
});

export const MAX_USAGE_LINES = 100;

const usageLines = z.array(usageLineSchema, { error: u.lines }).min(1, u.lines).max(MAX_USAGE_LINES, u.tooManyLines(MAX_USAGE_LINES));

const id = (message: string) => z.string({ error: message }).trim().min(1, message).max(64, message);

/** The lines of a report: what the report form edits (zodResolver), for a new report or a returned one. */
export const usageReportLinesSchema = z.object({ lines: usageLines });

/** 提交资金使用报告: one report on the unit's own share. */
export const submitUsageReportSchema = usageReportLinesSchema.extend({ shareId: id(u.share) });

/** 重新提交 a returned report: its lines replaced. */
export const resubmitUsageReportSchema = usageReportLinesSchema.extend({ reportId: id(u.report) });

export const REVIEW_DECISIONS = ["accept", "return"] as const;

/** 审核资金使用报告: 通过, or 退回 with the reason. */
export const reviewUsageReportSchema = z
  .object({
    reportId: id(u.report),
    decision: z.enum(REVIEW_DECISIONS, { error: u.decision }),
    comment: z.string().trim().max(1000, messages.validation.tooLong(messages.usageReports.review.comment, 1000)).optional().default(""),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "return" && value.comment.length === 0) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: u.returnComment });
    }
  });

export type UsageLineInput = z.input<typeof usageLineSchema>;
export type UsageReportLinesInput = z.input<typeof usageReportLinesSchema>;
export type SubmitUsageReportInput = z.input<typeof submitUsageReportSchema>;
export type ResubmitUsageReportInput = z.input<typeof resubmitUsageReportSchema>;
export type ReviewUsageReportInput = z.input<typeof reviewUsageReportSchema>;
