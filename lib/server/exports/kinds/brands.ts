import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { BRAND_EXPORT_COLUMNS, type BrandExportRow } from "@/lib/domain/list-columns/brands";
import { categoryLabel, levelLabel, newCityLabel } from "@/lib/domain/labels";
import { CATEGORIES, LEVELS, NEW_CITIES } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { BRAND_LIST_ORDER_BY, BRAND_ROW_SELECT, LEAD_UNIT_ORDER, brandListWhere, toBrandRows } from "@/lib/server/services/brands/list-brands";
import { inOrderOf } from "../batches";
import { defineExportKind } from "../types";

const f = messages.exports.filterLabels;
const codes = <T extends { code: string }>(list: readonly T[]) => list.map((c) => c.code) as [T["code"], ...T["code"][]];
// "1" in the URL; a boolean once parsed (the job parses the stored query again).
const flag = z.union([z.boolean(), z.enum(["1", "true", "0", "false"]).transform((v) => v === "1" || v === "true")]).default(false);

/** The brand list's parameters (brandQuerySchema's, without the page), refused when malformed. */
const querySchema = z
  .object({
    level: z.enum(codes(LEVELS)).optional(),
    category: z.enum(codes(CATEGORIES)).optional(),
    newCityId: z.enum(codes(NEW_CITIES)).optional(),
    q: z.string().trim().max(50).optional(),
    unspent: flag,
    overdue: flag,
  })
  .strict();

type Query = z.output<typeof querySchema>;

const pair = (label: string, value: string): [string, string] => [label, value];

export const brandsExport = defineExportKind({
  kind: "brands",
  title: messages.exports.kinds.brands,
  permission: "brand:view",
  querySchema,
  columns: BRAND_EXPORT_COLUMNS,
  describe: (q: Query) => [
    ...(q.level ? [pair(f.level, levelLabel(q.level))] : []),
    ...(q.category ? [pair(f.category, categoryLabel(q.category))] : []),
    ...(q.newCityId ? [pair(f.newCityId, newCityLabel(q.newCityId))] : []),
    ...(q.q ? [pair(f.q, q.q)] : []),
    ...(q.unspent ? [pair(f.unspent, f.yes)] : []),
    ...(q.overdue ? [pair(f.overdue, f.yes)] : []),
  ],
  ids: async (user, q, now) => (await db.brand.findMany({ where: await brandListWhere(user, q, now), orderBy: BRAND_LIST_ORDER_BY, select: { id: true } })).map((r) => r.id),
  async load(user, batch, now): Promise<BrandExportRow[]> {
    {
      const records = inOrderOf(
        batch,
        await db.brand.findMany({
          where: { id: { in: batch } },
          select: {
            ...BRAND_ROW_SELECT,
            recognitions: { orderBy: [{ recognisedOn: "asc" }, { id: "asc" }], select: { level: true, recognisedOn: true, revokedOn: true } },
            // Every lead unit's title at every level, revoked ones included (the list shows active ones).
            leadUnits: { orderBy: LEAD_UNIT_ORDER, select: { unitName: true, creditCode: true, level: true, status: true } },
          },
        }),
      );
      const rows = await toBrandRows(user, records.map((r) => ({ ...r, leadUnits: r.leadUnits.filter((u) => u.status === "ACTIVE") })), now);
      const byId = new Map(records.map((r) => [r.id, r]));
      return rows.map((row) => ({ ...row, levels: byId.get(row.id)?.recognitions ?? [], leadUnits: byId.get(row.id)?.leadUnits ?? [] }));
    }
  },
});
