import Link from "next/link";
import { CATEGORIES, LEVELS, NEW_CITIES } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { BRAND_SORTS, MAX_SEARCH_LENGTH, type BrandListQuery } from "@/lib/domain/brand-list-query";

const control =
  "block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-blue-600 sm:text-sm";

/**
 * The list's filters as a plain GET form: works without JavaScript, and every state is a URL
 * (shareable, back-button safe). React escapes the echoed search term.
 */
export function BrandFilters({ query }: { query: BrandListQuery }) {
  const m = messages.showcase.list;
  const selects = [
    { name: "category", label: m.category, value: query.category, options: CATEGORIES },
    { name: "level", label: m.level, value: query.level, options: [...LEVELS].reverse() },
    { name: "city", label: m.city, value: query.city, options: NEW_CITIES },
  ] as const;
  return (
    <form method="get" action="/brands" role="search" aria-label={m.filtersTitle} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
        <div className="sm:col-span-2">
          <label htmlFor="brand-q" className="mb-1 block text-sm font-medium text-slate-800">
            {m.search}
          </label>
          <input
            id="brand-q"
            type="search"
            name="q"
            defaultValue={query.q ?? ""}
            maxLength={MAX_SEARCH_LENGTH}
            placeholder={m.searchPlaceholder}
            className={control}
          />
        </div>
        {selects.map((s) => (
          <div key={s.name}>
            <label htmlFor={`brand-${s.name}`} className="mb-1 block text-sm font-medium text-slate-800">
              {s.label}
            </label>
            <select id={`brand-${s.name}`} name={s.name} defaultValue={s.value ?? ""} className={control}>
              <option value="">{m.all}</option>
              {s.options.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div>
          <label htmlFor="brand-sort" className="mb-1 block text-sm font-medium text-slate-800">
            {m.sort}
          </label>
          <select id="brand-sort" name="sort" defaultValue={query.sort} className={control}>
            {BRAND_SORTS.map((s) => (
              <option key={s} value={s}>
                {m.sorts[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" className="min-h-10 rounded bg-brand-600 px-5 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          {m.apply}
        </button>
        <Link href="/brands" className="inline-flex min-h-10 items-center rounded px-3 text-sm font-medium text-slate-700 underline underline-offset-2 hover:text-brand-700">
          {m.reset}
        </Link>
      </div>
    </form>
  );
}
