import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { DEFAULT_PAGE_SIZE, pageCountOf, type Paged } from "@/lib/domain/pagination";

export type PublicBrandCard = {
  slug: string;
  name: string;
  category: string;
  highestLevel: string;
  newCityName: string;
};

const querySchema = z.object({ page: z.number().int().min(1).max(100000).catch(1) });

/** 品牌展示: recognised brands only, public fields only. */
export async function listPublicBrands(query: { page?: number }): Promise<Paged<PublicBrandCard>> {
  const { page } = querySchema.parse({ page: query.page ?? 1 });
  const where = { highestLevel: { not: null } } as const;
  const [total, rows] = await Promise.all([
    db.brand.count({ where }),
    db.brand.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * DEFAULT_PAGE_SIZE,
      take: DEFAULT_PAGE_SIZE,
      select: { slug: true, name: true, category: true, highestLevel: true, newCity: { select: { name: true } } },
    }),
  ]);
  return {
    items: rows.map((b) => ({ slug: b.slug, name: b.name, category: b.category, highestLevel: b.highestLevel as string, newCityName: b.newCity.name })),
    total,
    page,
    pageCount: pageCountOf(total),
    pageSize: DEFAULT_PAGE_SIZE,
  };
}
