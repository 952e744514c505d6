import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { newCityLabel } from "@/lib/domain/labels";
import { REVOCATION_COLUMNS, revocationReasonLabel } from "@/lib/domain/revocation-columns";
import { NEW_CITIES, REVOCATION_REASONS } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { REVOCATION_LIST_STATUSES } from "@/lib/schemas/revocation";
import { REVOCATION_LIST_ORDER, REVOCATION_ROW_SELECT, revocationListWhere, toRevocationRows } from "@/lib/server/services/revocations/list-revocations";
import { inOrderOf } from "../batches";
import { defineExportKind } from "../types";

const f = messages.exports.filterLabels;
const codes = <T extends { code: string }>(list: readonly T[]) => list.map((c) => c.code) as [T["code"], ...T["code"][]];

/** 撤销管理's parameters (revocationListQuerySchema's, without the page), refused when malformed. */
const querySchema = z
  .object({
    status: z.enum(REVOCATION_LIST_STATUSES).optional(),
    reason: z.enum(codes(REVOCATION_REASONS)).optional(),
    // "true"/"false" as the screen's filter sends it; a boolean is taken too.
    severe: z.union([z.enum(["true", "false"]), z.boolean().transform((v) => (v ? "true" : "false") as "true" | "false")]).optional(),
    newCityId: z.enum(codes(NEW_CITIES)).optional(),
    // "2026" in the URL; a number once parsed (the job parses the stored query again).
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    brandId: z.string().trim().min(1).max(64).optional(),
  })
  .strict();

type Query = z.output<typeof querySchema>;
const pair = (label: string, value: string): [string, string] => [label, value];

/**
 * The revocation list as the screen shows it for the same query: the bureau every revocation, a new
 * city the confirmed ones of its brands (revocationListWhere applies revocationWhere).
 */
export const revocationsExport = defineExportKind({
  kind: "revocations",
  title: messages.exports.kinds.revocations,
  permission: "revocation:view",
  querySchema,
  columns: REVOCATION_COLUMNS,
  describe: (q: Query) => [
    ...(q.status ? [pair(f.status, messages.revocations.status[q.status] ?? q.status)] : []),
    ...(q.reason ? [pair(f.reason, revocationReasonLabel(q.reason))] : []),
    ...(q.severe ? [pair(f.severe, q.severe === "true" ? f.yes : f.no)] : []),
    ...(q.newCityId ? [pair(f.newCityId, newCityLabel(q.newCityId))] : []),
    ...(q.year ? [pair(f.year, `${q.year}年`)] : []),
    ...(q.brandId ? [pair(f.brandId, q.brandId)] : []),
  ],
  ids: async (user, q) => (await db.revocation.findMany({ where: await revocationListWhere(user, q), orderBy: REVOCATION_LIST_ORDER, select: { id: true } })).map((r) => r.id),
  // The batch's ids came from the scoped where above; the rows are read by id, in that order.
  load: async (_user, batch) => toRevocationRows(inOrderOf(batch, await db.revocation.findMany({ where: { id: { in: batch } }, select: REVOCATION_ROW_SELECT }))),
});
