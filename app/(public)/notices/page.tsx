import Link from "next/link";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { levelLabel } from "@/lib/domain/labels";
import { listPublicityNotices, listRecognitionResults, noticeStatus, type PublicNotice, type RecognitionResult } from "@/lib/server/services/public/list-publicity-notices";
import { loadOrFallbackAtBuild } from "@/lib/server/services/public/build-safe";
import { pageMetadata } from "@/lib/server/services/public/seo";
import { brandPath, noticePath } from "@/lib/domain/public-paths";
import { PageTitle } from "@/components/showcase/page-title";

// ISR (see lib/server/showcase-cache.ts). The query string is ignored: the page has one state.
export const revalidate = 10;

export const metadata = pageMetadata({ title: messages.showcase.meta.noticesTitle, description: messages.showcase.meta.noticesDescription, path: "/notices" });

function StatusTag({ notice }: { notice: PublicNotice }) {
  const m = messages.showcase.notices;
  const status = noticeStatus(notice, new Date());
  const tone = status === "open" ? "bg-green-50 text-green-800 ring-green-200" : "bg-slate-100 text-slate-700 ring-slate-200";
  const label = status === "open" ? m.statusOpen : status === "ended" ? m.statusEnded : m.statusUpcoming;
  return <span className={`inline-flex whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ring-1 ${tone}`}>{label}</span>;
}

export default async function NoticesPage() {
  const [notices, results] = await loadOrFallbackAtBuild(
    () => Promise.all([listPublicityNotices({ take: 50 }), listRecognitionResults({ take: 30 })]),
    [[] as PublicNotice[], [] as RecognitionResult[]],
  );
  const m = messages.showcase.notices;
  return (
    <div>
      <PageTitle title={m.title} intro={m.intro} />
      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="publicity" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="publicity" className="mb-2 border-l-4 border-brand-600 pl-3 text-lg font-bold text-slate-900">
            {m.publicityTitle}
          </h2>
          {notices.length === 0 ? (
            <p className="py-6 text-slate-600">{m.noNotices}</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {notices.map((n) => (
                <li key={n.id} className="py-3">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <h3 className="text-base font-medium leading-7 text-slate-900">
                      <Link href={noticePath(n.id)} className="hover:text-brand-700 hover:underline">
                        {n.title}
                      </Link>
                    </h3>
                    <StatusTag notice={n} />
                  </div>
                  <p className="text-sm text-slate-600">
                    {m.period}：{m.periodValue(n.startsAt, n.lastDay)} · {n.newCityName}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="results" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="results" className="mb-2 border-l-4 border-brand-600 pl-3 text-lg font-bold text-slate-900">
            {m.resultsTitle}
          </h2>
          {results.length === 0 ? (
            <p className="py-6 text-slate-600">{m.noResults}</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {results.map((r) => (
                <li key={`${r.slug}-${r.level}`} className="py-2.5">
                  <Link href={brandPath(r.slug)} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                    {r.brandName}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {m.resultItem(levelLabel(r.level))} · <time dateTime={r.recognisedOn}>{r.recognisedOn}</time>
                    {r.status === "REVOKED" ? `（${messages.showcase.brand.statusRevoked}）` : ""}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
