import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { parseBrandListQuery } from "@/lib/domain/brand-list-query";
import { queryPublicBrands } from "@/lib/server/services/public/list-public-brands";
import { BrandFilters } from "@/components/showcase/brand-filters";
import { BrandList } from "@/components/showcase/brand-list";

// Baseline of scripts/bench-public.mjs only: the same markup as /brands, prerendered ONCE at build
// time and never revalidated, so the benchmark can compare a data page with what Next serves for
// a purely static page of the same size. It exists only in a build made with
// SHOWCASE_BENCH_BASELINE=1; in every other build it is a static 404. Not linked, not in the
// sitemap, disallowed in robots.txt.
export const dynamic = "force-static";
export const revalidate = false;
export const metadata: Metadata = { title: messages.showcase.meta.brandsTitle, robots: { index: false, follow: false } };

export default async function BenchBaselinePage() {
  if (process.env.SHOWCASE_BENCH_BASELINE !== "1") notFound();
  const query = parseBrandListQuery({});
  const data = await queryPublicBrands(query);
  const m = messages.showcase.list;
  return (
    <div>
      <h1 className="mb-2 border-b-2 border-brand-600 pb-3 text-2xl font-bold text-slate-900 sm:text-3xl">{m.title}</h1>
      <p className="mb-5 max-w-3xl text-sm leading-6 text-slate-600 sm:text-base">{m.intro}</p>
      <BrandFilters query={query} />
      <BrandList data={data} query={query} hrefOf={(page) => (page > 1 ? `/brands?page=${page}` : "/brands")} />
    </div>
  );
}
