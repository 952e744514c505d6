import { z } from "zod";
import { parseCalendarDate } from "@/lib/domain/dates";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { requiredText } from "./common";

// 择优推送 and its outcome (RULES.md F4, F5): one schema per use case, shared by the forms
// (zodResolver) and the services (safeParse). The checks that need the clock or the database
// (a date not in the future, not before the push, the scanned document of that brand) are the
// services' own, reported under the same field names.

const p = messages.pushes;

/** The most brands one batch push may carry. */
export const PUSH_BATCH_MAX = 50;

const id = z.string().trim().min(1).max(64);

/** 推送: one or several brands, one opinion (the batch shares it). */
export const pushBrandsSchema = z.object({
  brandIds: z
    .array(id, { error: p.errors.brandIdsRequired })
    .min(1, p.errors.brandIdsRequired)
    .max(PUSH_BATCH_MAX, p.errors.brandIdsTooMany(PUSH_BATCH_MAX))
    .refine((ids) => new Set(ids).size === ids.length, p.errors.brandIdsDuplicate),
  opinion: requiredText(p.fields.opinion, 1000),
});
export type PushBrandsInput = z.input<typeof pushBrandsSchema>;

export const PUSH_OUTCOMES = ["RECOGNISED", "NOT_RECOGNISED"] as const;
export type PushOutcome = (typeof PUSH_OUTCOMES)[number];

const optional = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, messages.validation.tooLong(label, max))
    .optional()
    .transform((s) => (s ? s : undefined));

/** 登记推送结果: what is required depends on the outcome (document for 获认定, a note for 未获认定). */
export const recordPushOutcomeSchema = z
  .object({
    pushId: id,
    outcome: z.enum(PUSH_OUTCOMES, { error: p.errors.outcomeInvalid }),
    outcomeOn: z
      .string({ error: p.errors.dateInvalid })
      .trim()
      .refine((s) => parseCalendarDate(s) !== null, p.errors.dateInvalid),
    issuingBody: optional(p.fields.issuingBody, 100),
    documentNo: optional(p.fields.documentNo, 100),
    documentId: optional(p.fields.documentId, 64),
    note: optional(p.fields.note, 1000),
  })
  .superRefine((d, ctx) => {
    if (d.outcome === "RECOGNISED") {
      if (!d.issuingBody) ctx.addIssue({ code: "custom", path: ["issuingBody"], message: messages.validation.required(p.fields.issuingBody) });
      if (!d.documentNo) ctx.addIssue({ code: "custom", path: ["documentNo"], message: messages.validation.required(p.fields.documentNo) });
      if (!d.documentId) ctx.addIssue({ code: "custom", path: ["documentId"], message: p.errors.documentRequired });
    } else if (!d.note) {
      ctx.addIssue({ code: "custom", path: ["note"], message: p.errors.noteRequired });
    }
  });
export type RecordPushOutcomeInput = z.input<typeof recordPushOutcomeSchema>;
