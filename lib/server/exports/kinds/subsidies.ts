import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { SUBSIDY_EXPORT_COLUMNS } from "@/lib/domain/list-columns/subsidies";
import { levelLabel, newCityLabel } from "@/lib/domain/labels";
import { AWARD_STATUSES } from "@/lib/domain/subsidy-workflow";
import { LEVELS, NEW_CITIES } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { SUBSIDY_LIST_ORDER_BY, subsidyListWhere, subsidyRowsOf } from "@/lib/server/services/subsidies/list-subsidy-shares";
import { defineExportKind } from "../types";

const f = messages.exports.filterLabels;
const codes = <T extends { code: string }>(list: readonly T[]) => list.map((c) => c.code) as [T["code"], ...T["code"][]];

/** 奖补资金's parameters (subsidyQuerySchema's, without the page), refused when malformed. */
const querySchema = z
  .object({
    level: z.enum(codes(LEVELS)).optional(),
    newCityId: z.enum(codes(NEW_CITIES)).optional(),
    awardStatus: z.enum(AWARD_STATUSES).optional(),
    // "1" in the URL; a boolean once parsed (the job parses the stored query again).
    overdue: z.union([z.boolean(), z.enum(["1", "true", "0", "false"]).transform((v) => v === "1" || v === "true")]).default(false),
  })
  .strict();

type Query = z.output<typeof querySchema>;
const pair = (label: string, value: string): [string, string] => [label, value];

export const subsidiesExport = defineExportKind({
  kind: "subsidies",
  title: messages.exports.kinds.subsidies,
  permission: "brand:view",
  querySchema,
  columns: SUBSIDY_EXPORT_COLUMNS,
  describe: (q: Query) => [
    ...(q.level ? [pair(f.level, levelLabel(q.level))] : []),
    ...(q.newCityId ? [pair(f.newCityId, newCityLabel(q.newCityId))] : []),
    ...(q.awardStatus ? [pair(f.awardStatus, messages.brandLife.awardStatus[q.awardStatus])] : []),
    ...(q.overdue ? [pair(f.overdue, f.yes)] : []),
  ],
  ids: async (user, q, now) => (await db.subsidyShare.findMany({ where: await subsidyListWhere(user, q, now), orderBy: SUBSIDY_LIST_ORDER_BY, select: { id: true } })).map((r) => r.id),
  load: (_user, batch, now) => subsidyRowsOf(batch, now),
});
