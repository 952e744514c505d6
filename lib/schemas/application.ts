import { z } from "zod";
import { APPLICATION_DECLARATIONS, CATEGORIES, UNIT_DECLARATIONS, checkCreditCode } from "@/lib/eligibility";
import { parseCalendarDate, parseShanghaiDateTime } from "@/lib/domain/dates";
import { REVIEW_COMMENT_FIELDS } from "@/lib/domain/application-fields";
import { messages } from "@/lib/i18n/messages.zh-CN";

// The application form's steps. Each schema is shared by its react-hook-form step (zodResolver)
// and by saveApplicationStep on the server. Drafts may be incomplete, so presence is not
// required here: completeness is the eligibility verdict's job at submission (the same verdict
// the reviewers see). Formats, ranges and lengths are enforced at every save.

const v = messages.validation;
const f = messages.applicationForm.fields;

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, v.tooLong(label, max))
    .optional()
    .transform((s) => (s ? s : null));

const count = (label: string) =>
  z
    .union([z.number(), z.string(), z.null()])
    .optional()
    .transform((value, ctx) => {
      if (value === null || value === undefined || value === "") return null;
      const n = typeof value === "number" ? value : Number(value);
      if (!Number.isInteger(n) || n < 0 || n > 10_000_000) {
        ctx.addIssue({ code: "custom", message: messages.applicationForm.countInvalid(label) });
        return z.NEVER;
      }
      return n;
    });

// A ticked box is exactly `true`; anything else is "not declared".
const flag = () => z.boolean().optional().transform((b) => b === true);

const categoryCodes = CATEGORIES.map((c) => c.code) as [string, ...string[]];

export const brandStepSchema = z
  .object({
    brandName: z.string().trim().max(30, v.tooLong(f.brandName, 30)).optional().transform((s) => s ?? ""),
    category: z.union([z.enum(categoryCodes, { error: messages.applicationForm.categoryInvalid }), z.literal("")]).optional().transform((s) => s || null),
    isNationalIch: flag(),
    ichItemName: text(f.ichItemName, 100),
    ichListNumber: text(f.ichListNumber, 30),
  })
  .superRefine((data, ctx) => {
    // The heritage item is the reason for B6's lower threshold: it must be named when flagged.
    if (data.isNationalIch && !data.ichItemName) ctx.addIssue({ code: "custom", path: ["ichItemName"], message: messages.applicationForm.ichItemRequired });
    if (data.isNationalIch && !data.ichListNumber) ctx.addIssue({ code: "custom", path: ["ichListNumber"], message: messages.applicationForm.ichNumberRequired });
  });


function declarationFlags<K extends string>(list: readonly { readonly key: K }[]) {
  const shape = {} as Record<K, ReturnType<typeof flag>>;
  for (const d of list) shape[d.key] = flag();
  return z.object(shape);
}

const unitDeclarationsSchema = declarationFlags(UNIT_DECLARATIONS);

const coLeadUnitSchema = z.object({
  creditCode: z.string().trim().superRefine((value, ctx) => {
    const verdict = checkCreditCode(value);
    if (!verdict.ok) ctx.addIssue({ code: "custom", message: verdict.failures[0]?.message ?? v.required(f.creditCode) });
  }),
  name: z.string().trim().min(1, v.required(f.unitName)).max(100, v.tooLong(f.unitName, 100)),
  tradeName: z.string().trim().min(2, messages.applicationForm.tradeNameShort).max(20, v.tooLong(f.tradeName, 20)),
  registrationDate: z.string().refine((s) => parseCalendarDate(s) !== null, v.invalidDate),
  declarations: unitDeclarationsSchema,
  contribution: text(f.contribution, 1000),
});

export const leadUnitsStepSchema = z.object({
  // Position 0 is always the applying unit: its identity comes from its registration, only its
  // declarations and contribution are edited here.
  applicant: z.object({ declarations: unitDeclarationsSchema, contribution: text(f.contribution, 1000) }),
  // B2: at most 3 lead units in all, so at most 2 co-lead units.
  coLeadUnits: z.array(coLeadUnitSchema).max(2, messages.applicationForm.tooManyLeadUnits),
});

export const figuresStepSchema = z.object({
  employedCount: count(f.employedCount),
  povertyAlleviatedCount: count(f.povertyAlleviatedCount),
  trainedCount: count(f.trainedCount),
  passedCount: count(f.passedCount),
});

export const narrativesStepSchema = z.object({
  brandDescription: text(f.brandDescription, 5000),
  businessDescription: text(f.businessDescription, 5000),
  trainingDescription: text(f.trainingDescription, 5000),
  transferDescription: text(f.transferDescription, 5000),
  postPlacementDescription: text(f.postPlacementDescription, 5000),
  trademarks: text(f.trademarks, 2000),
  awards: text(f.awards, 2000),
});

export const declarationsStepSchema = z.object({
  declarations: declarationFlags(APPLICATION_DECLARATIONS),
  warningExplanation: text(f.warningExplanation, 2000),
});

export const APPLICATION_STEPS = ["brand", "leadUnits", "figures", "narratives", "declarations"] as const;
export type ApplicationStep = (typeof APPLICATION_STEPS)[number];

export const stepSchemas = {
  brand: brandStepSchema,
  leadUnits: leadUnitsStepSchema,
  figures: figuresStepSchema,
  narratives: narrativesStepSchema,
  declarations: declarationsStepSchema,
} as const;

/** Submission: the commitment (承诺书) must be confirmed explicitly. */
export const submitApplicationSchema = z.object({
  applicationId: z.string().min(1).max(64),
  commitment: z.literal(true, { error: messages.applicationForm.commitmentRequired }),
  warningExplanation: text(f.warningExplanation, 2000),
});

export const reviewCommentSchema = z.object({
  // A comment names a field by its registry key, so the unit sees it next to that field's control.
  field: z.enum(REVIEW_COMMENT_FIELDS),
  message: z.string().trim().min(1, messages.review.fieldCommentRequired).max(1000, v.tooLong(messages.review.fieldComment, 1000)),
});

/** A reviewer's decision: the comment is required or not by the workflow table, checked there. */
export const reviewDecisionSchema = z.object({
  applicationId: z.string().min(1).max(64),
  comment: z.string().trim().max(2000, v.tooLong(messages.review.comment, 2000)).optional().transform((s) => s ?? ""),
  fieldComments: z.array(reviewCommentSchema).max(50).optional().transform((a) => a ?? []),
});

export const createBatchSchema = z
  .object({
    year: z.coerce.number({ error: messages.batches.yearInvalid }).int(messages.batches.yearInvalid).min(2024, messages.batches.yearInvalid).max(2100, messages.batches.yearInvalid),
    title: z.string().trim().min(1, v.required(messages.batches.title)).max(100, v.tooLong(messages.batches.title, 100)),
    opensAt: z.string().min(1, v.required(messages.batches.opensAt)),
    closesAt: z.string().min(1, v.required(messages.batches.closesAt)),
  })
  .superRefine((d, ctx) => {
    const opens = parseShanghaiDateTime(d.opensAt);
    const closes = parseShanghaiDateTime(d.closesAt);
    if (!opens) ctx.addIssue({ code: "custom", path: ["opensAt"], message: messages.batches.dateTimeInvalid });
    if (!closes) ctx.addIssue({ code: "custom", path: ["closesAt"], message: messages.batches.dateTimeInvalid });
    if (opens && closes && closes <= opens) ctx.addIssue({ code: "custom", path: ["closesAt"], message: messages.batches.closesBeforeOpens });
  });

export const extendBatchSchema = z.object({
  batchId: z.string().min(1).max(64),
  closesAt: z.string().min(1, v.required(messages.batches.closesAt)).refine((s) => parseShanghaiDateTime(s) !== null, messages.batches.dateTimeInvalid),
  reason: z.string().trim().min(1, v.required(messages.batches.extendReason)).max(500, v.tooLong(messages.batches.extendReason, 500)),
});

export const objectionSchema = z.object({
  applicationId: z.string().min(1).max(64),
  receivedAt: z.string().min(1, v.required(messages.objections.receivedAt)).refine((s) => parseShanghaiDateTime(s) !== null, messages.batches.dateTimeInvalid),
  objector: z.string().trim().min(1, v.required(messages.objections.objector)).max(100, v.tooLong(messages.objections.objector, 100)),
  contact: text(messages.objections.contact, 100),
  content: z.string().trim().min(1, v.required(messages.objections.content)).max(5000, v.tooLong(messages.objections.content, 5000)),
});

export const handleObjectionSchema = z.object({
  objectionId: z.string().min(1).max(64),
  outcome: z.enum(["UPHELD", "DISMISSED"], { error: messages.objections.outcomeRequired }),
  handling: z.string().trim().min(1, v.required(messages.objections.handling)).max(5000, v.tooLong(messages.objections.handling, 5000)),
});

// The calendar module reads datetime-local values; re-exported for the services that import it here.
export { parseShanghaiDateTime };
