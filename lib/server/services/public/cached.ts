import "server-only";
import { unstable_cache } from "next/cache";
import { SHOWCASE_REVALIDATE_SECONDS, SHOWCASE_TAGS } from "@/lib/server/showcase-cache";
import { brandListSearch, type BrandListQuery } from "@/lib/domain/brand-list-query";
import { queryPublicBrands } from "./list-public-brands";

// The brand list's data, cached per normalised query and dropped by invalidateBrand() (tag) or
// after SHOWCASE_REVALIDATE_SECONDS. The page itself is cached too: proxy.ts rewrites /brands?…
// to the ISR route of its canonical query (app/(public)/brands/%5Fq/[key]).
const cachedBrandPage = unstable_cache(
  async (_key: string, query: BrandListQuery) => queryPublicBrands(query),
  ["showcase-brand-list-v1"],
  { tags: [SHOWCASE_TAGS.brands], revalidate: SHOWCASE_REVALIDATE_SECONDS },
);

export function listPublicBrands(query: BrandListQuery) {
  // The key is the canonical query string, so equivalent URLs share one entry.
  return cachedBrandPage(brandListSearch({ ...query, page: query.page }) || "default", query);
}
