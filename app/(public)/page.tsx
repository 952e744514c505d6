import Link from "next/link";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { LEVELS } from "@/lib/eligibility";
import { getPublicOverview, type PublicOverview } from "@/lib/server/services/public/public-overview";
import { listPublicityNotices } from "@/lib/server/services/public/list-publicity-notices";
import { loadOrFallbackAtBuild } from "@/lib/server/services/public/build-safe";
import { pageMetadata } from "@/lib/server/services/public/seo";
import { BrandCard } from "@/components/showcase/brand-card";
import { NoticeList } from "@/components/showcase/notice-list";

// ISR: served from the full-route cache; invalidateBrand()/invalidateNotices() re-render it, and
// it never stays stale longer than SHOWCASE_REVALIDATE_SECONDS (lib/server/showcase-cache.ts).
export const revalidate = 10;

export const metadata = pageMetadata({
  title: messages.showcase.meta.homeTitle,
  description: messages.showcase.meta.homeDescription,
  path: "/",
  absoluteTitle: true,
});

const emptyOverview: PublicOverview = {
  brandCount: 0,
  brandsByLevel: { DISTRICT: 0, CITY: 0, PROVINCE: 0, NATIONAL: 0 },
  leadUnitCount: 0,
  employedCount: 0,
  featured: [],
};

export default async function HomePage() {
  const [overview, notices] = await loadOrFallbackAtBuild(() => Promise.all([getPublicOverview(), listPublicityNotices({ take: 6 })]), [emptyOverview, []]);
  const m = messages.showcase.home;
  const figures = [
    { label: m.totalBrands, value: overview.brandCount, unit: "个" },
    ...[...LEVELS].reverse().map((l) => ({ label: m.byLevel(l.label), value: overview.brandsByLevel[l.code], unit: "个" })),
    { label: m.leadUnits, value: overview.leadUnitCount, unit: "家" },
    { label: m.employed, value: overview.employedCount, unit: "人" },
  ];
  return (
    <div className="space-y-10">
      <section className="overflow-hidden rounded-xl bg-gradient-to-br from-brand-700 via-brand-700 to-brand-800 text-white shadow">
        <div className="grid gap-6 px-6 py-8 sm:px-10 sm:py-10 lg:grid-cols-[1fr_18rem]">
          <div>
            <p className="text-sm tracking-widest text-white/80">{m.eyebrow}</p>
            <h1 className="mt-2 text-2xl font-bold sm:text-4xl">{messages.site.fullName}</h1>
            <p className="mt-3 max-w-3xl text-base leading-7 text-white/95 sm:text-lg">{m.lead}</p>
            <ul className="mt-4 grid gap-2 text-sm leading-6 text-white/90 sm:grid-cols-2">
              {m.points.map((p) => (
                <li key={p} className="flex gap-2">
                  <span aria-hidden="true" className="mt-2 h-1.5 w-1.5 shrink-0 rounded-full bg-amber-300" />
                  {p}
                </li>
              ))}
            </ul>
          </div>
          <aside aria-labelledby="units-entry" className="rounded-lg bg-white p-5 text-slate-800 shadow-lg">
            <h2 id="units-entry" className="text-lg font-bold text-brand-700">
              {m.unitsTitle}
            </h2>
            <p className="mt-2 text-sm leading-6 text-slate-700">{m.unitsText}</p>
            <div className="mt-4 grid gap-2">
              <Link href="/register" className="inline-flex min-h-11 items-center justify-center rounded bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700">
                {m.register}
              </Link>
              <Link href="/login" className="inline-flex min-h-11 items-center justify-center rounded border border-brand-600 px-4 font-semibold text-brand-700 hover:bg-brand-50">
                {m.login}
              </Link>
              <Link href="/policy" className="inline-flex min-h-10 items-center justify-center text-sm font-medium text-slate-700 underline underline-offset-2 hover:text-brand-700">
                {m.readPolicy}
              </Link>
            </div>
          </aside>
        </div>
      </section>

      <section aria-labelledby="figures">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-brand-600 pb-2">
          <h2 id="figures" className="text-xl font-bold text-slate-900">
            {m.figuresTitle}
          </h2>
          <p className="text-sm text-slate-600">{m.figuresNote}</p>
        </div>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
          {figures.map((f) => (
            <div key={f.label} className="rounded-lg border border-slate-200 bg-white p-4 text-center shadow-sm">
              <dt className="text-sm text-slate-600">{f.label}</dt>
              <dd className="mt-1 text-2xl font-bold text-brand-700">
                {f.value.toLocaleString("zh-CN")}
                <span className="ml-0.5 text-sm font-normal text-slate-600">{f.unit}</span>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <div className="grid gap-8 lg:grid-cols-[1fr_24rem]">
        <section aria-labelledby="featured">
          <div className="mb-3 flex items-baseline justify-between border-b-2 border-brand-600 pb-2">
            <h2 id="featured" className="text-xl font-bold text-slate-900">
              {m.featuredTitle}
            </h2>
            <Link href="/brands" className="text-sm font-medium text-brand-700 underline underline-offset-2">
              {m.allBrands}
            </Link>
          </div>
          {overview.featured.length === 0 ? (
            <p className="rounded border border-dashed border-slate-300 bg-white px-4 py-8 text-center text-sm text-slate-600">{m.noBrands}</p>
          ) : (
            <ul className="grid gap-4 sm:grid-cols-2">
              {overview.featured.map((b) => (
                <li key={b.slug}>
                  <BrandCard brand={b} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="latest-notices">
          <div className="mb-1 flex items-baseline justify-between border-b-2 border-brand-600 pb-2">
            <h2 id="latest-notices" className="text-xl font-bold text-slate-900">
              {m.noticesTitle}
            </h2>
            <Link href="/notices" className="text-sm font-medium text-brand-700 underline underline-offset-2">
              {m.allNotices}
            </Link>
          </div>
          {notices.length === 0 ? <p className="py-6 text-sm text-slate-600">{m.noNotices}</p> : <NoticeList notices={notices} />}
        </section>
      </div>

      <section aria-labelledby="categories">
        <h2 id="categories" className="mb-3 border-b-2 border-brand-600 pb-2 text-xl font-bold text-slate-900">
          {m.categoriesTitle}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {messages.publicHome.categories.map((c) => (
            <li key={c.name} className="rounded-lg border-t-4 border-brand-600 bg-white p-4 shadow-sm">
              <p className="font-semibold text-slate-900">{c.name}</p>
              <p className="mt-1 text-sm leading-6 text-slate-600">{c.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
