import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import { moneyTotalsFor, type MoneyTotals } from "@/lib/domain/money";
import { DEFAULT_PAGE_SIZE, pageCountOf, type Paged } from "@/lib/domain/pagination";
import { CATEGORIES, LEVELS, NEW_CITIES, type LevelCode } from "@/lib/eligibility";
import { brandWhere, shareWhere } from "@/lib/server/scope";
import type { UseCase } from "@/lib/server/use-case";
import type { SessionUser } from "@/lib/server/session-user";
import type { BrandRow } from "@/lib/domain/list-columns/brands";
import { shareFigures } from "../subsidies/share-figures";

const codes = <T extends { code: string }>(list: readonly T[]) => list.map((c) => c.code) as [T["code"], ...T["code"][]];
const flag = z.preprocess((v) => v === "1" || v === true || v === "true", z.boolean()).catch(false);

/** The brand list's filters as they travel in the URL (?level=CITY&unspent=1&page=2). */
export const brandQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100000).catch(1),
  level: z.enum(codes(LEVELS)).optional().catch(undefined),
  category: z.enum(codes(CATEGORIES)).optional().catch(undefined),
  newCityId: z.enum(codes(NEW_CITIES)).optional().catch(undefined),
  q: z.string().trim().max(50).optional().catch(undefined),
  unspent: flag,
  overdue: flag,
});

export type BrandQuery = Partial<z.input<typeof brandQuerySchema>>;

export type { BrandRow } from "@/lib/domain/list-columns/brands";

type ParsedBrandQuery = z.output<typeof brandQuerySchema>;

/**
 * The list's filter, once: the screen and its Excel export (lib/server/exports) both use it. The
 * money filters need each share's figures (shareFigures); the scope keeps that set small.
 */
export async function brandListWhere(user: SessionUser, { level, category, newCityId, q, unspent, overdue }: Omit<ParsedBrandQuery, "page">, now: Date) {
  const base = {
    AND: [
      brandWhere(user),
      { recognitions: { some: {} } },
      level ? { highestLevel: level } : {},
      category ? { category } : {},
      newCityId ? { newCityId } : {},
      q ? { name: { contains: q } } : {},
    ],
  };
  if (!unspent && !overdue) return base;
  const figures = await shareFigures({ where: { AND: [shareWhere(user), { award: { brand: base } }] }, now });
  const moneyIds = [
    ...new Set(figures.filter((f) => (!unspent || f.money.remainingFen > 0 || f.money.unpaid > 0) && (!overdue || (f.schedule.due && f.schedule.overdue))).map((f) => f.brandId)),
  ];
  return { AND: [base, { id: { in: moneyIds } }] };
}

/** The list's order, once (newest recognised first; the id makes it total). */
export const BRAND_LIST_ORDER_BY = [{ createdAt: "desc" as const }, { id: "asc" as const }];

/** Lead units in the order they were recognised (the screen and the export list them alike). */
export const LEAD_UNIT_ORDER = [{ recognisedOn: "asc" as const }, { id: "asc" as const }];

export const BRAND_ROW_SELECT = {
  id: true,
  name: true,
  slug: true,
  category: true,
  highestLevel: true,
  newCity: { select: { name: true } },
  leadUnits: { where: { status: "ACTIVE" as const }, orderBy: LEAD_UNIT_ORDER, select: { unitName: true, creditCode: true } },
  subsidyAwards: { select: { amount: true } },
  pushes: { where: { status: "PUSHED" as const }, select: { toLevel: true } },
};

type BrandRecord = {
  id: string;
  name: string;
  slug: string;
  category: string;
  highestLevel: LevelCode | null;
  newCity: { name: string };
  leadUnits: { unitName: string; creditCode: string }[];
  subsidyAwards: { amount: number }[];
  pushes: { toLevel: LevelCode }[];
};

/** Rows of the list from their records, with the money as this user may see it (S8). */
export async function toBrandRows(user: SessionUser, rows: readonly BrandRecord[], now: Date): Promise<BrandRow[]> {
  const figures = await shareFigures({ where: { AND: [shareWhere(user), { brandId: { in: rows.map((r) => r.id) } }] }, now });
  // A lead unit's view holds only its own shares (S8).
  const ownSharesOnly = user.role === "APPLICANT_UNIT";
  return rows.map((r) => {
    const own = figures.filter((f) => f.brandId === r.id);
    const money = moneyTotalsFor({ ownSharesOnly, awards: r.subsidyAwards, shares: own.map((f) => f.money) });
    return {
      id: r.id,
      name: r.name,
      slug: r.slug,
      category: r.category,
      highestLevel: r.highestLevel,
      newCityName: r.newCity.name,
      leadUnitNames: [...new Map(r.leadUnits.map((u) => [u.creditCode, u.unitName])).values()],
      money,
      overdueReports: own.filter((f) => f.schedule.due && f.schedule.overdue).length,
      openPush: r.pushes[0]?.toLevel ?? null,
    };
  });
}

/**
 * 已认定品牌 list, within the user's scope (a unit the brands it leads, a new city its own, the
 * bureau all). Money figures are the user's own view: a unit's row sums only its own shares (S8).
 */
/** The money of every brand the list matches (not only the page shown), as this user may see it. */
export type BrandListTotals = MoneyTotals & { overdueReports: number };

export async function listBrands({ user, input, now = new Date() }: Pick<UseCase<BrandQuery>, "user" | "input" | "now">): Promise<Paged<BrandRow> & { totals: BrandListTotals }> {
  assertPermission(user, "brand:view");
  const { page, ...filters } = brandQuerySchema.parse(input ?? {});
  const where = await brandListWhere(user, filters, now);
  const [total, records] = await Promise.all([
    db.brand.count({ where }),
    db.brand.findMany({ where, orderBy: BRAND_LIST_ORDER_BY, skip: (page - 1) * DEFAULT_PAGE_SIZE, take: DEFAULT_PAGE_SIZE, select: BRAND_ROW_SELECT }),
  ]);
  const ownSharesOnly = user.role === "APPLICANT_UNIT";
  // 合计: every matching brand's money, so the figures at the top of the list hold across pages.
  const [allFigures, awarded] = await Promise.all([
    shareFigures({ where: { AND: [shareWhere(user), { award: { brand: where } }] }, now }),
    db.subsidyAward.aggregate({ where: { brand: where }, _sum: { amount: true } }),
  ]);
  const totals: BrandListTotals = {
    ...moneyTotalsFor({ ownSharesOnly, awards: [{ amount: awarded._sum.amount ?? 0 }], shares: allFigures.map((f) => f.money) }),
    overdueReports: allFigures.filter((f) => f.schedule.due && f.schedule.overdue).length,
  };
  return {
    totals,
    items: await toBrandRows(user, records, now),
    total,
    page,
    pageCount: pageCountOf(total),
    pageSize: DEFAULT_PAGE_SIZE,
  };
}
