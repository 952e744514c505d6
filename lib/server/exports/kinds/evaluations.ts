import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { EVALUATION_COLUMNS } from "@/lib/domain/columns/evaluations";
import { levelLabel, newCityLabel } from "@/lib/domain/labels";
import { EVALUATION_METHODS, LEVELS, NEW_CITIES } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { EVALUATION_STATUS_CODES } from "@/lib/schemas/evaluation";
import { evaluationListOrderBy, evaluationListSelect, evaluationListWhere, toEvaluationRow } from "@/lib/server/services/evaluations/list-evaluations";
import { inOrderOf } from "../batches";
import { defineExportKind } from "../types";

const f = messages.exports.filterLabels;
const codes = <T extends { code: string }>(list: readonly T[]) => list.map((c) => c.code) as [T["code"], ...T["code"][]];
const methodLabel = (code: string) => EVALUATION_METHODS.find((m) => m.code === code)?.label ?? code;

/** 评估记录's parameters (evaluationListQuerySchema's, without the view and the page), refused when malformed. */
const querySchema = z
  .object({
    status: z.enum(EVALUATION_STATUS_CODES).optional(),
    level: z.enum(codes(LEVELS)).optional(),
    newCityId: z.enum(codes(NEW_CITIES)).optional(),
    method: z.enum(codes(EVALUATION_METHODS)).optional(),
    // "2026" in the URL; a number once parsed (the job parses the stored query again).
    year: z.coerce.number().int().min(2000).max(2100).optional(),
  })
  .strict();

type Query = z.output<typeof querySchema>;
const pair = (label: string, value: string): [string, string] => [label, value];

export const evaluationsExport = defineExportKind({
  kind: "evaluations",
  title: messages.exports.kinds.evaluations,
  permission: "evaluation:view",
  querySchema,
  columns: EVALUATION_COLUMNS,
  describe: (q: Query) => [
    ...(q.status ? [pair(f.status, messages.evaluations.status[q.status] ?? q.status)] : []),
    ...(q.level ? [pair(f.level, levelLabel(q.level))] : []),
    ...(q.newCityId ? [pair(f.newCityId, newCityLabel(q.newCityId))] : []),
    ...(q.method ? [pair(f.method, methodLabel(q.method))] : []),
    ...(q.year ? [pair(f.year, `${q.year}年`)] : []),
  ],
  ids: async (user, q) => (await db.evaluation.findMany({ where: evaluationListWhere(user, { ...q, page: 1 }), orderBy: evaluationListOrderBy, select: { id: true } })).map((r) => r.id),
  load: async (_user, batch) => inOrderOf(batch, await db.evaluation.findMany({ where: { id: { in: batch } }, select: evaluationListSelect })).map(toEvaluationRow),
});
