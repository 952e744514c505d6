import type { Metadata } from "next";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { brandListHref, hasFilters, type BrandListQuery } from "@/lib/domain/brand-list-query";
import { listPublicBrands } from "@/lib/server/services/public/cached";
import { pageMetadata } from "@/lib/server/services/public/seo";
import { BrandFilters } from "@/components/showcase/brand-filters";
import { BrandList } from "@/components/showcase/brand-list";

/** 品牌展示's metadata for a list state; the canonical address is always /brands. */
export function brandListMetadata(query: BrandListQuery): Metadata {
  const base = pageMetadata({ title: messages.showcase.meta.brandsTitle, description: messages.showcase.meta.brandsDescription, path: "/brands" });
  // Filtered and later pages are reachable but not indexed separately; the canonical is the list.
  return hasFilters(query) || query.page > 1 ? { ...base, robots: { index: false, follow: true } } : base;
}

/** 品牌展示 for a list state; its links always produce public /brands?… addresses. */
export async function BrandsView({ query }: { query: BrandListQuery }) {
  const data = await listPublicBrands(query);
  const m = messages.showcase.list;
  return (
    <div>
      <h1 className="mb-2 border-b-2 border-brand-600 pb-3 text-2xl font-bold text-slate-900 sm:text-3xl">{m.title}</h1>
      <p className="mb-5 max-w-3xl text-sm leading-6 text-slate-600 sm:text-base">{m.intro}</p>
      <BrandFilters query={query} />
      <BrandList data={data} query={query} hrefOf={(page) => brandListHref({ ...query, page })} />
    </div>
  );
}
