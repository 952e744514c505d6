import "server-only";
import { db } from "@/lib/server/db";
import { levelRank, type LevelCode } from "@/lib/eligibility";
import { BRAND_PAGE_SIZE, type BrandListQuery, type BrandSort } from "@/lib/domain/brand-list-query";
import { VISIBLE_BRAND } from "./visibility";

/** One card of 品牌展示: public fields only (plain JSON, so the result can be cached). */
export type PublicBrandCard = {
  slug: string;
  name: string;
  category: string;
  highestLevel: LevelCode;
  newCityId: string;
  newCityName: string;
  employedCount: number;
  summary: string | null;
};

export type PublicBrandPage = {
  items: PublicBrandCard[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** The requested page was past the end; `page` is the last page instead. */
  clamped: boolean;
};

type SortRow = { id: string; name: string; highestLevel: string | null; employedCount: number; createdAt: Date };

const collator = new Intl.Collator("zh-CN");

// Sorting happens here rather than in SQL: SQLite stores the level enum as text (alphabetical
// order is meaningless) and neither database sorts Chinese names by pinyin. A district has at
// most a few thousand brands, and the result is cached per query.
const comparators: Record<BrandSort, (a: SortRow, b: SortRow) => number> = {
  level: (a, b) =>
    levelRank(b.highestLevel as LevelCode) - levelRank(a.highestLevel as LevelCode) || b.employedCount - a.employedCount || collator.compare(a.name, b.name),
  employed: (a, b) => b.employedCount - a.employedCount || collator.compare(a.name, b.name),
  recent: (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || collator.compare(a.name, b.name),
  name: (a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id),
};

function summaryOf(text: string | null): string | null {
  if (!text) return null;
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}

/** 品牌展示: recognised, non-hidden brands, filtered, searched, sorted and paged. */
export async function queryPublicBrands(query: BrandListQuery): Promise<PublicBrandPage> {
  const where = {
    ...VISIBLE_BRAND,
    ...(query.category ? { category: query.category } : {}),
    ...(query.level ? { highestLevel: query.level } : {}),
    ...(query.city ? { newCityId: query.city } : {}),
    ...(query.q
      ? { OR: [{ name: { contains: query.q } }, { skills: { contains: query.q } }, { story: { contains: query.q } }] }
      : {}),
  };
  const rows: SortRow[] = await db.brand.findMany({
    where,
    select: { id: true, name: true, highestLevel: true, employedCount: true, createdAt: true },
  });
  rows.sort(comparators[query.sort]);
  const total = rows.length;
  const pageCount = Math.max(1, Math.ceil(total / BRAND_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const ids = rows.slice((page - 1) * BRAND_PAGE_SIZE, page * BRAND_PAGE_SIZE).map((r) => r.id);
  const cards = await db.brand.findMany({
    where: { id: { in: ids }, ...VISIBLE_BRAND },
    select: {
      id: true,
      slug: true,
      name: true,
      category: true,
      highestLevel: true,
      newCityId: true,
      employedCount: true,
      story: true,
      newCity: { select: { name: true } },
    },
  });
  const byId = new Map(cards.map((c) => [c.id, c]));
  const items = ids.flatMap((id) => {
    const b = byId.get(id);
    if (!b || !b.highestLevel) return [];
    return [
      {
        slug: b.slug,
        name: b.name,
        category: b.category,
        highestLevel: b.highestLevel,
        newCityId: b.newCityId,
        newCityName: b.newCity.name,
        employedCount: b.employedCount,
        summary: summaryOf(b.story),
      },
    ];
  });
  return { items, total, page, pageCount, pageSize: BRAND_PAGE_SIZE, clamped: page !== query.page };
}
