import Link from "next/link";
import { categoryLabel } from "@/lib/domain/labels";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { PublicBrandCard } from "@/lib/server/services/public/list-public-brands";
import { brandPath } from "@/lib/domain/public-paths";
import { LevelBadge } from "./level-badge";

/** One brand in a list: the whole card is one link, named by the brand (one tab stop). */
export function BrandCard({ brand, headingLevel = 3 }: { brand: PublicBrandCard; headingLevel?: 2 | 3 }) {
  const m = messages.showcase.list;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="group relative flex h-full flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-600 hover:shadow-md">
      <div className="flex items-start justify-between gap-3">
        <Heading className="text-lg font-bold text-slate-900">
          <Link href={brandPath(brand.slug)} className="after:absolute after:inset-0 after:content-[''] group-hover:text-brand-700">
            {brand.name}
          </Link>
        </Heading>
        <LevelBadge level={brand.highestLevel} />
      </div>
      <p className="mt-1 text-sm text-slate-600">
        {categoryLabel(brand.category)} · {brand.newCityName}
      </p>
      {brand.summary ? <p className="mt-3 line-clamp-2 text-sm leading-6 text-slate-700">{brand.summary}</p> : null}
      <p className="mt-auto pt-3 text-sm text-slate-700">
        {m.employed} <span className="font-semibold text-brand-700">{m.people(brand.employedCount)}</span>
      </p>
    </article>
  );
}
