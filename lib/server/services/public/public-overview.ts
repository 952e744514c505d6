import "server-only";
import { db } from "@/lib/server/db";

export type PublicOverview = {
  brandsByLevel: Record<string, number>;
  brandCount: number;
  inPublicityCount: number;
};

/** The home page's live figures: only recognised brands (a brand with no level held is not shown). */
export async function getPublicOverview(): Promise<PublicOverview> {
  const [grouped, inPublicityCount] = await Promise.all([
    db.brand.groupBy({ by: ["highestLevel"], where: { highestLevel: { not: null } }, _count: { _all: true } }),
    db.application.count({ where: { status: "IN_PUBLICITY" } }),
  ]);
  const brandsByLevel = Object.fromEntries(grouped.map((g) => [g.highestLevel as string, g._count._all]));
  return {
    brandsByLevel,
    brandCount: grouped.reduce((sum, g) => sum + g._count._all, 0),
    inPublicityCount,
  };
}
