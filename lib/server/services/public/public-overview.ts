import "server-only";
import { db } from "@/lib/server/db";
import { LEVELS, type LevelCode } from "@/lib/eligibility";
import { queryPublicBrands, type PublicBrandCard } from "./list-public-brands";
import { VISIBLE_BRAND } from "./visibility";

export type PublicOverview = {
  brandCount: number;
  brandsByLevel: Record<LevelCode, number>;
  /** Distinct units (by 统一社会信用代码) holding an ACTIVE lead-unit title of a visible brand. */
  leadUnitCount: number;
  /** People employed through visible brands (带动就业创业人数, as recognised). */
  employedCount: number;
  featured: PublicBrandCard[];
};

/** The home page's live figures: only brands on the showcase count. */
export async function getPublicOverview({ featured = 6 }: { featured?: number } = {}): Promise<PublicOverview> {
  const [grouped, sums, leadUnits, top] = await Promise.all([
    db.brand.groupBy({ by: ["highestLevel"], where: VISIBLE_BRAND, _count: { _all: true } }),
    db.brand.aggregate({ where: VISIBLE_BRAND, _sum: { employedCount: true } }),
    db.leadUnitRecognition.findMany({
      where: { status: "ACTIVE", recognition: { status: "ACTIVE", brand: VISIBLE_BRAND } },
      distinct: ["creditCode"],
      select: { creditCode: true },
    }),
    queryPublicBrands({ sort: "level", page: 1 }),
  ]);
  const brandsByLevel = Object.fromEntries(LEVELS.map((l) => [l.code, 0])) as Record<LevelCode, number>;
  for (const g of grouped) if (g.highestLevel) brandsByLevel[g.highestLevel] = g._count._all;
  return {
    brandCount: grouped.reduce((sum, g) => sum + g._count._all, 0),
    brandsByLevel,
    leadUnitCount: leadUnits.length,
    employedCount: sums._sum.employedCount ?? 0,
    featured: top.items.slice(0, featured),
  };
}
