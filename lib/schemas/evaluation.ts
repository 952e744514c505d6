import { z } from "zod";
import { parseCalendarDate } from "@/lib/domain/dates";
import { CATEGORIES, EVALUATION_CRITERIA, EVALUATION_METHODS, LEVELS, NEW_CITIES } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { optionalText, requiredText } from "./common";

// 绩效评估 (RULES.md E1–E4) and plaques: one schema per use case, shared by the forms
// (zodResolver) and the services (safeParse), and the queries of the lists as they travel in the
// URL. The checks that need the clock or the database (a date not in the past/future, the cycle's
// standing, the report file) are the services' own, reported under the same field names.

const e = messages.evaluations.errors;
const f = messages.evaluations.fields;
const codes = <T extends { code: string }>(list: readonly T[]) => list.map((c) => c.code) as [T["code"], ...T["code"][]];
const id = z.string().trim().min(1).max(64);
const calendarDate = z
  .string({ error: e.dateInvalid })
  .trim()
  .refine((s) => parseCalendarDate(s) !== null, e.dateInvalid);

export const EVALUATION_QUEUE_TABS = ["overdue", "due", "upcoming", "scheduled"] as const;
export type EvaluationQueueTab = (typeof EVALUATION_QUEUE_TABS)[number];

/** The bureau's queue (E1) as it travels in the URL: ?tab=overdue&level=DISTRICT&newCityId=FENGXI&category=…&page=2. */
export const evaluationQueueQuerySchema = z.object({
  tab: z.enum(EVALUATION_QUEUE_TABS).catch("overdue"),
  level: z.enum(codes(LEVELS)).optional().catch(undefined),
  newCityId: z.enum(codes(NEW_CITIES)).optional().catch(undefined),
  category: z.enum(codes(CATEGORIES)).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
});
export type EvaluationQueueQuery = z.output<typeof evaluationQueueQuerySchema>;

export const EVALUATION_STATUS_CODES = ["SCHEDULED", "PASSED", "FAILED", "CANCELLED"] as const;

/** The evaluation records (all statuses) as they travel in the URL; the export reuses it. */
export const evaluationListQuerySchema = z.object({
  status: z.enum(EVALUATION_STATUS_CODES).optional().catch(undefined),
  level: z.enum(codes(LEVELS)).optional().catch(undefined),
  newCityId: z.enum(codes(NEW_CITIES)).optional().catch(undefined),
  method: z.enum(codes(EVALUATION_METHODS)).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
});
export type EvaluationListQuery = z.output<typeof evaluationListQuerySchema>;

/** 安排评估 (E2). */
export const scheduleEvaluationSchema = z.object({
  leadUnitRecognitionId: id,
  cycleIndex: z.coerce.number({ error: e.cycleInvalid }).int(e.cycleInvalid).min(1, e.cycleInvalid).max(100, e.cycleInvalid),
  method: z.enum(codes(EVALUATION_METHODS), { error: e.methodInvalid }),
  scheduledOn: calendarDate,
  evaluators: requiredText(f.evaluators, 300),
});
export type ScheduleEvaluationInput = z.input<typeof scheduleEvaluationSchema>;

/** 取消评估: a reason is required (the machine's comment). */
export const cancelEvaluationSchema = z.object({
  evaluationId: id,
  comment: requiredText(f.comment, 500),
});
export type CancelEvaluationInput = z.input<typeof cancelEvaluationSchema>;

const criterionLabel = (c: string) => messages.evaluations.criteria[c] ?? c;
const passField = (c: string) => z.boolean({ error: e.criterionRequired(criterionLabel(c)) });

/** 登记评估结果 (E3, E4): U1–U4 each pass/fail, a note when failed, a conclusion when any failed. */
export const recordEvaluationResultSchema = z
  .object({
    evaluationId: id,
    u1Pass: passField("U1"),
    u2Pass: passField("U2"),
    u3Pass: passField("U3"),
    u4Pass: passField("U4"),
    u1Note: optionalText(f.criterionNote("U1"), 500),
    u2Note: optionalText(f.criterionNote("U2"), 500),
    u3Note: optionalText(f.criterionNote("U3"), 500),
    u4Note: optionalText(f.criterionNote("U4"), 500),
    conclusion: optionalText(f.conclusion, 1000),
    evaluatedOn: calendarDate,
    reportFileId: z
      .string()
      .trim()
      .max(64)
      .optional()
      .transform((s) => (s ? s : undefined)),
  })
  .superRefine((d, ctx) => {
    let anyFailed = false;
    for (const c of EVALUATION_CRITERIA) {
      const k = c.toLowerCase() as "u1" | "u2" | "u3" | "u4";
      if (d[`${k}Pass`] === false) {
        anyFailed = true;
        if (!d[`${k}Note`]) ctx.addIssue({ code: "custom", path: [`${k}Note`], message: e.noteRequired(criterionLabel(c)) });
      }
    }
    if (anyFailed && !d.conclusion) ctx.addIssue({ code: "custom", path: ["conclusion"], message: e.conclusionRequired });
  });
export type RecordEvaluationResultInput = z.input<typeof recordEvaluationResultSchema>;

/** 登记牌匾已收回 (E4, M1, M2). */
export const recordPlaqueReclaimedSchema = z.object({
  plaqueId: id,
  reclaimedOn: calendarDate,
  note: requiredText(f.reclaimNote, 500),
});
export type RecordPlaqueReclaimedInput = z.input<typeof recordPlaqueReclaimedSchema>;
