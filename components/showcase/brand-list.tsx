import { messages } from "@/lib/i18n/messages.zh-CN";
import { hasFilters, type BrandListQuery } from "@/lib/domain/brand-list-query";
import type { PublicBrandPage } from "@/lib/server/services/public/list-public-brands";
import { BrandCard } from "./brand-card";
import { PageLinks } from "./page-links";

/** The result area of 品牌展示: count, cards, page links; says so when nothing matches. */
export function BrandList({ data, query, hrefOf }: { data: PublicBrandPage; query: BrandListQuery; hrefOf: (page: number) => string }) {
  const m = messages.showcase.list;
  return (
    <section aria-label={m.resultsRegion} className="mt-6">
      <p className="mb-3 text-sm text-slate-700" role="status">
        {m.resultCount(data.total)}
        {data.total > 0 ? `，${messages.common.page(data.page, data.pageCount)}` : ""}
      </p>
      {data.clamped && data.total > 0 ? <p className="mb-3 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">{m.pageBeyond}</p> : null}
      {data.items.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white px-4 py-10 text-center text-slate-700">
          {hasFilters(query) ? m.noMatch : m.noBrands}
        </p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {data.items.map((b) => (
            <li key={b.slug}>
              <BrandCard brand={b} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
      <PageLinks page={data.page} pageCount={data.pageCount} hrefOf={hrefOf} />
    </section>
  );
}
