import Link from "next/link";
import { getPublicOverview } from "@/lib/server/services/public/public-overview";
import { listPublicityNotices } from "@/lib/server/services/public/list-publicity-notices";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { levelLabel } from "@/lib/domain/labels";
import { BRAND_LEVEL_CODES } from "@/lib/domain/labels";
import { Card, EmptyState, Stat } from "@/components/ui/card";

// Live figures from the database on every request until the showcase's caching lands (issue 5).
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [overview, notices] = await Promise.all([getPublicOverview(), listPublicityNotices()]);
  const m = messages.publicHome;
  return (
    <div className="space-y-8">
      <section className="rounded-xl bg-gradient-to-br from-brand-700 to-brand-800 px-6 py-10 text-white shadow sm:px-10">
        <h1 className="text-2xl font-bold sm:text-3xl">{messages.site.fullName}</h1>
        <p className="mt-3 max-w-3xl leading-relaxed text-white/90">{m.intro}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/register" className="rounded bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">
            {messages.nav.register}
          </Link>
          <Link href="/login" className="rounded border border-white/60 px-4 py-2 font-semibold text-white hover:bg-white/10">
            {messages.nav.login}
          </Link>
          <Link href="/policy" className="rounded px-4 py-2 font-semibold text-white underline">
            {m.readPolicy}
          </Link>
        </div>
      </section>
      <section aria-labelledby="figures">
        <h2 id="figures" className="mb-3 text-xl font-bold text-slate-900">
          {m.figures}
        </h2>
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-5">
          <Stat label={m.totalBrands} value={overview.brandCount} />
          {BRAND_LEVEL_CODES.map((level) => (
            <Stat key={level} label={levelLabel(level)} value={overview.brandsByLevel[level] ?? 0} />
          ))}
        </dl>
      </section>
      <Card title={m.latestNotices} actions={<Link href="/notices" className="text-sm text-brand-700 underline">{m.more}</Link>}>
        {notices.length === 0 ? (
          <EmptyState>{m.noNotices}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {notices.slice(0, 5).map((n) => (
              <li key={n.id} className="py-2">
                {n.brandName}（{n.unitName}，{n.newCityName}）
              </li>
            ))}
          </ul>
        )}
      </Card>
      <section aria-labelledby="categories">
        <h2 id="categories" className="mb-3 text-xl font-bold text-slate-900">
          {m.categoriesTitle}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {m.categories.map((c) => (
            <li key={c.name} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <p className="font-semibold text-brand-700">{c.name}</p>
              <p className="mt-1 text-sm text-slate-600">{c.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
