import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import { DEFAULT_PAGE_SIZE, pageCountOf, type Paged } from "@/lib/domain/pagination";
import { AWARD_STATUSES, type AwardStatus } from "@/lib/domain/subsidy-workflow";
import type { SubsidyShareRow } from "@/lib/domain/list-columns/subsidies";
import { LEVELS, NEW_CITIES } from "@/lib/eligibility";
import { shareWhere } from "@/lib/server/scope";
import type { SessionUser } from "@/lib/server/session-user";
import type { UseCase } from "@/lib/server/use-case";
import { shareFigures } from "./share-figures";

export type { SubsidyShareRow } from "@/lib/domain/list-columns/subsidies";

const codes = <T extends { code: string }>(list: readonly T[]) => list.map((c) => c.code) as [T["code"], ...T["code"][]];
const flag = z.preprocess((v) => v === "1" || v === true || v === "true", z.boolean()).catch(false);

/** 奖补资金's filters as they travel in the URL (?level=CITY&awardStatus=ALLOCATED&overdue=1&page=2). */
export const subsidyQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100000).catch(1),
  level: z.enum(codes(LEVELS)).optional().catch(undefined),
  newCityId: z.enum(codes(NEW_CITIES)).optional().catch(undefined),
  awardStatus: z.enum(AWARD_STATUSES).optional().catch(undefined),
  overdue: flag,
});

export type SubsidyQuery = Partial<z.input<typeof subsidyQuerySchema>>;
type ParsedSubsidyQuery = z.output<typeof subsidyQuerySchema>;

/**
 * The list's filter, once: the screen and its Excel export both use it. Overdue (S8) is a figure,
 * not a column: it is read through shareFigures over the scoped set.
 */
export async function subsidyListWhere(user: SessionUser, { level, newCityId, awardStatus, overdue }: Omit<ParsedSubsidyQuery, "page">, now: Date) {
  const base = {
    AND: [
      shareWhere(user),
      level ? { award: { level } } : {},
      newCityId ? { award: { brand: { newCityId } } } : {},
      awardStatus ? { award: { status: awardStatus } } : {},
    ],
  };
  if (!overdue) return base;
  const figures = await shareFigures({ where: base, now });
  return { AND: [base, { id: { in: figures.filter((f) => f.schedule.due && f.schedule.overdue).map((f) => f.shareId) } }] };
}

/** By brand, then level, then lead unit; the id makes the order total. */
export const SUBSIDY_LIST_ORDER_BY = [{ award: { brand: { name: "asc" as const } } }, { award: { level: "asc" as const } }, { unitName: "asc" as const }, { id: "asc" as const }];

/** The rows of the shares with these ids, in the order given, with shareFigures' money and schedule. */
export async function subsidyRowsOf(ids: readonly string[], now: Date): Promise<SubsidyShareRow[]> {
  const [shares, figures] = await Promise.all([
    db.subsidyShare.findMany({
      where: { id: { in: [...ids] } },
      select: {
        id: true,
        brandId: true,
        unitName: true,
        creditCode: true,
        payments: { where: { status: "CONFIRMED" }, select: { amount: true } },
        award: { select: { level: true, status: true, brand: { select: { name: true, newCity: { select: { name: true } } } } } },
      },
    }),
    shareFigures({ where: { id: { in: [...ids] } }, now }),
  ]);
  const byId = new Map(shares.map((s) => [s.id, s]));
  const figuresById = new Map(figures.map((f) => [f.shareId, f]));
  return ids.flatMap((id) => {
    const s = byId.get(id);
    const f = figuresById.get(id);
    if (!s || !f) return [];
    return [
      {
        shareId: s.id,
        brandId: s.brandId,
        brandName: s.award.brand.name,
        newCityName: s.award.brand.newCity.name,
        level: s.award.level,
        unitName: s.unitName,
        creditCode: s.creditCode,
        awardStatus: s.award.status as AwardStatus,
        money: f.money,
        confirmed: s.payments.reduce((sum, p) => sum + p.amount, 0),
        nextDueOn: f.nextDueOn,
        overdue: f.schedule.due && f.schedule.overdue,
      },
    ];
  });
}

/**
 * 奖补资金: one row per lead unit's share (S3), within the user's scope (shareWhere: the bureau
 * all, a new city its own brands', a unit its own).
 */
export async function listSubsidyShares({ user, input, now = new Date() }: Pick<UseCase<SubsidyQuery>, "user" | "input" | "now">): Promise<Paged<SubsidyShareRow>> {
  assertPermission(user, "brand:view");
  const { page, ...filters } = subsidyQuerySchema.parse(input ?? {});
  const where = await subsidyListWhere(user, filters, now);
  const [total, ids] = await Promise.all([
    db.subsidyShare.count({ where }),
    db.subsidyShare.findMany({ where, orderBy: SUBSIDY_LIST_ORDER_BY, skip: (page - 1) * DEFAULT_PAGE_SIZE, take: DEFAULT_PAGE_SIZE, select: { id: true } }),
  ]);
  return { items: await subsidyRowsOf(ids.map((r) => r.id), now), total, page, pageCount: pageCountOf(total), pageSize: DEFAULT_PAGE_SIZE };
}
