import "server-only";
import { z } from "zod";
import { EVALUATION_QUEUE_COLUMNS, type EvaluationQueueRow } from "@/lib/domain/columns/evaluations";
import { categoryLabel, levelLabel, newCityLabel } from "@/lib/domain/labels";
import { CATEGORIES, LEVELS, NEW_CITIES } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { EVALUATION_QUEUE_TABS } from "@/lib/schemas/evaluation";
import { evaluationQueueRows } from "@/lib/server/services/evaluations/list-evaluation-queue";
import { defineExportKind } from "../types";

const f = messages.exports.filterLabels;
const codes = <T extends { code: string }>(list: readonly T[]) => list.map((c) => c.code) as [T["code"], ...T["code"][]];

/** 评估待办's parameters (evaluationQueueQuerySchema's, without the page), refused when malformed. */
const querySchema = z
  .object({
    tab: z.enum(EVALUATION_QUEUE_TABS).default("overdue"),
    level: z.enum(codes(LEVELS)).optional(),
    newCityId: z.enum(codes(NEW_CITIES)).optional(),
    category: z.enum(codes(CATEGORIES)).optional(),
  })
  .strict();

type Query = z.output<typeof querySchema>;
const pair = (label: string, value: string): [string, string] => [label, value];

/**
 * One tab of the E1 queue. The standing of a row is computed on the day (evaluationQueueRows, as
 * the screen does), so the ids are the tab's rows on the day asked; a batch is those lead units
 * read again through the same scoped builder, whatever tab they have moved to since.
 */
export const evaluationQueueExport = defineExportKind({
  kind: "evaluation-queue",
  title: messages.exports.kinds["evaluation-queue"],
  permission: "evaluation:view",
  querySchema,
  columns: EVALUATION_QUEUE_COLUMNS,
  describe: (q: Query) => [
    pair(f.tab, messages.evaluations.tabs[q.tab] ?? q.tab),
    ...(q.level ? [pair(f.level, levelLabel(q.level))] : []),
    ...(q.newCityId ? [pair(f.newCityId, newCityLabel(q.newCityId))] : []),
    ...(q.category ? [pair(f.category, categoryLabel(q.category))] : []),
  ],
  ids: async (user, q, now) => (await evaluationQueueRows({ user, query: { ...q, page: 1 }, now })).filter((r) => r.tab === q.tab).map((r) => r.row.leadUnitRecognitionId),
  load: async (user, batch, now) => {
    const rows = await evaluationQueueRows({ user, query: { tab: "overdue", page: 1 }, now, ids: batch });
    const byId = new Map(rows.map((r) => [r.row.leadUnitRecognitionId, r.row]));
    return batch.flatMap((id): EvaluationQueueRow[] => {
      const row = byId.get(id);
      return row ? [row] : [];
    });
  },
});
