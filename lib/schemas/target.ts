import { z } from "zod";
import { messages } from "@/lib/i18n/messages.zh-CN";

// 年度目标 (RULES.md T2): the one schema of the target form and of update-programme-target.ts.

const d = messages.dashboard;
const labels = d.targets.labels;

export const TARGET_YEAR_MIN = 2020;
export const TARGET_YEAR_MAX = 2100;
export const TARGET_MAX = 1000;

/** A count the form sends as text or a number: a missing value, a fraction and a negative each get their own message. */
function targetCount(label: string) {
  return z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim())) : v),
    z
      .number({ error: d.errors.targetRequired(label) })
      .refine((n) => Number.isFinite(n), d.errors.targetRequired(label))
      .refine((n) => Number.isInteger(n), d.errors.targetInteger(label))
      .refine((n) => n >= 0, d.errors.targetNegative(label))
      .refine((n) => n <= TARGET_MAX, d.errors.targetTooLarge(label)),
  );
}

export const updateProgrammeTargetSchema = z.object({
  year: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v.trim()) : v),
    z.number({ error: d.errors.yearInvalid }).int(d.errors.yearInvalid).min(TARGET_YEAR_MIN, d.errors.yearInvalid).max(TARGET_YEAR_MAX, d.errors.yearInvalid),
  ),
  districtBrands: targetCount(labels.districtBrands),
  cityOrProvinceBrands: targetCount(labels.cityOrProvinceBrands),
  nationalRecommendations: targetCount(labels.nationalRecommendations),
});
export type UpdateProgrammeTargetInput = z.input<typeof updateProgrammeTargetSchema>;
