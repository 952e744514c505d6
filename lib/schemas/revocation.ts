import { z } from "zod";
import { REVOCATION_REASONS } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { requiredText } from "./common";

// 撤销 (RULES.md M1–M3): one schema per use case, shared by the forms (zodResolver) and the
// services (safeParse). What needs the database (an active title, the evidence files of this
// brand, an open proposal) is the services' own, reported under the same field names.

const r = messages.revocations;

export const FACTS_MIN = 10;
export const FACTS_MAX = 2000;
export const EVIDENCE_MAX = 10;

/** The M1 reasons a proposal may give: every one but 绩效评估不合格, which only a failed evaluation (E4) writes. */
export const PROPOSABLE_REASONS = REVOCATION_REASONS.filter((x) => x.code !== "EVALUATION_FAILED");
const proposableCodes = PROPOSABLE_REASONS.map((x) => x.code) as [string, ...string[]];

const id = z.string().trim().min(1).max(64);

/** 提议撤销: a lead unit's title in a brand, for an M1 reason, severe (M2) or not, with the facts and evidence. */
export const proposeRevocationSchema = z.object({
  brandId: z.string({ error: r.errors.brandRequired }).trim().min(1, r.errors.brandRequired).max(64),
  creditCode: z.string({ error: r.errors.creditCodeRequired }).trim().min(1, r.errors.creditCodeRequired).max(32),
  reason: z
    .string({ error: r.errors.reasonRequired })
    .min(1, r.errors.reasonRequired)
    .superRefine((value, ctx) => {
      if (value === "EVALUATION_FAILED") ctx.addIssue({ code: "custom", message: r.errors.reasonEvaluation });
      else if (!proposableCodes.includes(value)) ctx.addIssue({ code: "custom", message: r.errors.reasonRequired });
    }),
  severe: z.boolean({ error: r.errors.severeInvalid }),
  facts: requiredText(r.fields.facts, FACTS_MAX).refine((s) => s.length >= FACTS_MIN, r.errors.factsTooShort(FACTS_MIN)),
  evidenceIds: z
    .array(id)
    .max(EVIDENCE_MAX, r.errors.evidenceTooMany(EVIDENCE_MAX))
    .refine((ids) => new Set(ids).size === ids.length, r.errors.evidenceInvalid)
    .default([]),
});
export type ProposeRevocationInput = z.input<typeof proposeRevocationSchema>;

/** 复核确认撤销: nothing but the revocation; the four-eyes rule is the service's. */
export const confirmRevocationSchema = z.object({ revocationId: id });

/** 撤回撤销提议: a reason is required. */
export const withdrawRevocationSchema = z.object({
  revocationId: id,
  comment: requiredText(r.fields.comment, 500),
});
export type WithdrawRevocationInput = z.input<typeof withdrawRevocationSchema>;

export const REVOCATION_LIST_STATUSES = ["PROPOSED", "CONFIRMED", "WITHDRAWN"] as const;
export const REVOCATION_PAGE_SIZE = 20;

const optionalParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null || (Array.isArray(v) && v.length === 0) ? undefined : Array.isArray(v) ? v[0] : v), schema.optional());

/** The revocation list's query, as the URL carries it (the screen and its export share it). */
export const revocationListQuerySchema = z.object({
  status: optionalParam(z.enum(REVOCATION_LIST_STATUSES)).catch(undefined),
  reason: optionalParam(z.enum(REVOCATION_REASONS.map((x) => x.code) as [string, ...string[]])).catch(undefined),
  severe: optionalParam(z.enum(["true", "false"])).catch(undefined),
  newCityId: optionalParam(z.string().trim().min(1).max(32)).catch(undefined),
  year: optionalParam(z.coerce.number().int().min(2000).max(2100)).catch(undefined),
  brandId: optionalParam(z.string().trim().min(1).max(64)).catch(undefined),
  page: optionalParam(z.coerce.number().int().min(1).max(100_000)).catch(undefined),
});
export type RevocationListQuery = z.output<typeof revocationListQuerySchema>;
