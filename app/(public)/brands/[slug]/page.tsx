import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { categoryLabel, levelLabel } from "@/lib/domain/labels";
import { getPublicBrand } from "@/lib/server/services/public/get-public-brand";
import { pageMetadata } from "@/lib/server/services/public/seo";
import { brandPath } from "@/lib/domain/public-paths";
import { Breadcrumb } from "@/components/showcase/breadcrumb";
import { LevelBadge } from "@/components/showcase/level-badge";

// ISR: each brand page is rendered on its first visit and then served from the full-route cache;
// invalidateBrand(slug) re-renders it, and it is never older than 10 s past a change otherwise.
// No page is prerendered at build (the build needs no brand data).
export const revalidate = 10;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

// Brand.slug is the brand's Chinese name; depending on the request the segment may still be
// percent-encoded.
function slugOf(raw: string): string {
  if (!raw.includes("%")) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const load = cache(async (raw: string) => getPublicBrand(slugOf(raw)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await load((await params).slug);
  const meta = messages.showcase.meta;
  if (result.kind === "absent") return { title: messages.pages.notFoundTitle, robots: { index: false } };
  if (result.kind === "revoked") {
    return { ...pageMetadata({ title: result.name, description: meta.revokedDescription(result.name), path: brandPath(result.slug) }), robots: { index: false, follow: true } };
  }
  const b = result.brand;
  return pageMetadata({
    title: b.name,
    description: meta.brandDescription(b.name, categoryLabel(b.category), levelLabel(b.highestLevel), b.newCityName),
    path: brandPath(b.slug),
    type: "article",
  });
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id={id} className="mb-3 border-l-4 border-brand-600 pl-3 text-lg font-bold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Text({ value }: { value: string | null }) {
  const m = messages.showcase.brand;
  if (!value?.trim()) return <p className="text-slate-600">{m.notProvided}</p>;
  return (
    <div className="space-y-2 leading-7 text-slate-800">
      {value
        .split(/\n+/)
        .filter((p) => p.trim())
        .map((p, i) => (
          <p key={i}>{p}</p>
        ))}
    </div>
  );
}

export default async function BrandPage({ params }: Props) {
  const result = await load((await params).slug);
  if (result.kind === "absent") notFound();
  const m = messages.showcase.brand;
  const crumbs = [
    { href: "/", label: m.breadcrumbHome },
    { href: "/brands", label: m.breadcrumbBrands },
  ];

  if (result.kind === "revoked") {
    return (
      <div className="mx-auto max-w-3xl">
        <Breadcrumb items={[...crumbs, { label: result.name }]} />
        <h1 className="text-2xl font-bold text-slate-900">{result.name}</h1>
        <div role="status" className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-5 text-amber-950">
          <p className="text-lg font-bold">{m.revokedTitle}</p>
          <p className="mt-2 leading-7">{m.revokedBody}</p>
        </div>
        <Link href="/brands" className="mt-6 inline-flex min-h-10 items-center font-medium text-brand-700 underline underline-offset-2">
          {m.backToList}
        </Link>
      </div>
    );
  }

  const b = result.brand;
  const facts = [
    { label: m.category, value: categoryLabel(b.category) },
    { label: m.highestLevel, value: levelLabel(b.highestLevel) },
    { label: m.newCity, value: b.newCityName },
    { label: m.employed, value: `${b.employedCount.toLocaleString("zh-CN")} 人` },
    { label: m.povertyAlleviated, value: `${b.povertyAlleviatedCount.toLocaleString("zh-CN")} 人` },
  ];
  return (
    <div>
      <Breadcrumb items={[...crumbs, { label: b.name }]} />
      <header className="rounded-xl bg-gradient-to-br from-brand-700 to-brand-800 px-6 py-7 text-white shadow sm:px-8">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold sm:text-3xl">{b.name}</h1>
          <span className="rounded bg-white px-2 py-0.5 text-sm font-semibold text-brand-700">{levelLabel(b.highestLevel)}劳务品牌</span>
        </div>
        <p className="mt-2 text-white/90">
          {categoryLabel(b.category)} · {b.newCityName}
          {b.isNationalIch ? ` · ${m.ich}${b.ichItemName ? `（${b.ichItemName}）` : ""}` : ""}
        </p>
        <dl className="mt-5 grid grid-cols-2 gap-3 sm:grid-cols-5">
          {facts.map((f) => (
            <div key={f.label} className="rounded bg-white/10 px-3 py-2">
              <dt className="text-xs text-white/85">{f.label}</dt>
              <dd className="mt-0.5 font-semibold">{f.value}</dd>
            </div>
          ))}
        </dl>
      </header>

      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-6">
          <Section id="story" title={m.story}>
            <Text value={b.story} />
          </Section>
          <Section id="skills" title={m.skills}>
            <Text value={b.skills} />
          </Section>
          <Section id="transfer" title={m.transfer}>
            <Text value={b.transferChannels} />
          </Section>
          {b.photoIds.length > 0 ? (
            <Section id="photos" title={m.photos}>
              <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
                {b.photoIds.map((id, i) => (
                  <li key={id}>
                    {/* Served by /api/public/photos/[id], which answers only for public photos of visible brands; a plain <img> because next/image would keep optimised copies in its own cache after a brand is hidden. */}
                    {/* eslint-disable-next-line @next/next/no-img-element */}
                    <img src={`/api/public/photos/${id}`} alt={m.photoAlt(b.name, i + 1)} loading="lazy" decoding="async" width={320} height={240} className="aspect-[4/3] w-full rounded object-cover" />
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
        </div>
        <div className="space-y-6">
          <Section id="lead-units" title={m.leadUnits}>
            {b.leadUnits.length === 0 ? (
              <p className="text-slate-600">{m.noLeadUnits}</p>
            ) : (
              <ul className="space-y-2">
                {b.leadUnits.map((u) => (
                  <li key={u.name} className="flex items-start justify-between gap-2 text-slate-800">
                    <span>{u.name}</span>
                    <LevelBadge level={u.level} />
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section id="timeline" title={m.timeline}>
            <ol className="relative space-y-4 border-l-2 border-brand-100 pl-5">
              {[...b.recognitions].reverse().map((r) => (
                <li key={`${r.level}-${r.recognisedOn}`} className="relative">
                  <span aria-hidden="true" className={`absolute -left-[27px] top-1.5 h-3 w-3 rounded-full ${r.status === "ACTIVE" ? "bg-brand-600" : "bg-slate-400"}`} />
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-semibold text-slate-900">{levelLabel(r.level)}</span>
                    <span className={`rounded px-1.5 text-xs font-medium ${r.status === "ACTIVE" ? "bg-green-50 text-green-800" : "bg-slate-100 text-slate-700"}`}>
                      {r.status === "ACTIVE" ? m.statusActive : m.statusRevoked}
                    </span>
                  </p>
                  <p className="text-sm text-slate-600">
                    {m.recognisedOn}：<time dateTime={r.recognisedOn}>{r.recognisedOn}</time>
                  </p>
                  {r.issuingBody ? (
                    <p className="text-sm text-slate-600">
                      {m.issuingBody}：{r.issuingBody}
                    </p>
                  ) : null}
                  {r.documentNo ? (
                    <p className="text-sm text-slate-600">
                      {r.issuingBody ? m.documentNo : m.certificateNo}：{r.documentNo}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          </Section>
          <Section id="trademarks" title={m.trademarks}>
            <Text value={b.trademarks} />
          </Section>
          <Section id="awards" title={m.awards}>
            <Text value={b.awards} />
          </Section>
        </div>
      </div>
    </div>
  );
}
