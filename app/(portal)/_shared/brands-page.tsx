import Link from "next/link";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { CATEGORIES, LEVELS, NEW_CITIES } from "@/lib/eligibility";
import { categoryLabel, levelLabel } from "@/lib/domain/labels";
import { formatFenAsYuan, formatYuan } from "@/lib/domain/money";
import type { SessionUser } from "@/lib/server/session-user";
import { brandQuerySchema, listBrands } from "@/lib/server/services/brands/list-brands";
import { EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { LevelBadge } from "@/components/brands/level-badge";
import { ExportLink } from "@/components/exports/export-link";
import { brandColumns } from "@/lib/domain/list-columns/brands";
import { exportHref } from "@/lib/domain/export-paths";
import { hasPermission } from "@/lib/domain/permissions";

const m = messages.brandLife.list;
type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** 已认定品牌 of a unit (those it leads), a new city (its own, read-only) or the bureau (all). */
export async function BrandsPage({ user, basePath, searchParams, children }: { user: SessionUser; basePath: string; searchParams: SearchParams; children?: React.ReactNode }) {
  const query = brandQuerySchema.parse({
    page: one(searchParams.page),
    level: one(searchParams.level) || undefined,
    category: one(searchParams.category) || undefined,
    newCityId: user.role === "BUREAU_OFFICIAL" || user.role === "ADMIN" ? one(searchParams.newCityId) || undefined : undefined,
    q: one(searchParams.q) || undefined,
    unspent: one(searchParams.unspent),
    overdue: one(searchParams.overdue),
  });
  const data = await listBrands({ user, input: query });
  const keep: Record<string, string | undefined> = {
    level: query.level,
    category: query.category,
    newCityId: query.newCityId,
    q: query.q,
    unspent: query.unspent ? "1" : undefined,
    overdue: query.overdue ? "1" : undefined,
  };
  const filtered = Object.values(keep).some(Boolean);
  const intro = user.role === "APPLICANT_UNIT" ? m.introUnit : user.role === "NEW_CITY_STAFF" ? m.introNewCity : m.intro;
  const exportLink = hasPermission(user.role, "export:create") ? exportHref("brands", keep) : null;
  const cols = brandColumns;
  const select = "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm";

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">{m.title}</h1>
          <p className="mt-1 text-sm text-slate-600">{intro}</p>
        </div>
        {exportLink ? <ExportLink href={exportLink} /> : null}
      </div>
      {children}
      <form role="search" action={basePath} aria-label={m.filters} className="grid gap-3 rounded border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-[1.2fr_1fr_1fr_1fr_auto] lg:items-end">
        <div>
          <label htmlFor="brands-q" className="block text-sm font-medium text-slate-800">{m.q}</label>
          <input id="brands-q" name="q" type="search" defaultValue={query.q} placeholder={m.qPlaceholder} maxLength={50} className="mt-1 block w-full rounded border border-slate-300 px-3 py-2 text-base sm:text-sm" />
        </div>
        <div>
          <label htmlFor="brands-level" className="block text-sm font-medium text-slate-800">{m.level}</label>
          <select id="brands-level" name="level" defaultValue={query.level ?? ""} className={select}>
            <option value="">{m.all}</option>
            {LEVELS.map((l) => (
              <option key={l.code} value={l.code}>{l.label}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="brands-category" className="block text-sm font-medium text-slate-800">{m.category}</label>
          <select id="brands-category" name="category" defaultValue={query.category ?? ""} className={select}>
            <option value="">{m.all}</option>
            {CATEGORIES.map((c) => (
              <option key={c.code} value={c.code}>{c.label}</option>
            ))}
          </select>
        </div>
        {user.role === "BUREAU_OFFICIAL" || user.role === "ADMIN" ? (
          <div>
            <label htmlFor="brands-new-city" className="block text-sm font-medium text-slate-800">{m.newCity}</label>
            <select id="brands-new-city" name="newCityId" defaultValue={query.newCityId ?? ""} className={select}>
              <option value="">{m.all}</option>
              {NEW_CITIES.map((n) => (
                <option key={n.code} value={n.code}>{n.label}</option>
              ))}
            </select>
          </div>
        ) : (
          <div aria-hidden="true" className="hidden lg:block" />
        )}
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 sm:col-span-2 lg:col-span-5">
          <label className="inline-flex min-h-10 items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" name="unspent" value="1" defaultChecked={query.unspent} className="h-4 w-4" />
            {m.unspent}
          </label>
          <label className="inline-flex min-h-10 items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" name="overdue" value="1" defaultChecked={query.overdue} className="h-4 w-4" />
            {m.reportOverdue}
          </label>
          <div className="ml-auto flex gap-2">
            <button type="submit" className="min-h-10 whitespace-nowrap rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">{m.apply}</button>
            {filtered ? (
              <Link href={basePath} className="inline-flex min-h-10 items-center whitespace-nowrap rounded border border-slate-300 bg-white px-3 text-sm hover:bg-slate-50">{m.reset}</Link>
            ) : null}
          </div>
        </div>
      </form>

      {data.total > 0 ? (
        <section aria-labelledby="brand-totals-heading" className="rounded border border-slate-200 bg-white p-3">
          <h2 id="brand-totals-heading" className="text-sm font-semibold text-slate-800">{m.totalsTitle(data.total)}</h2>
          <dl className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6" data-testid="brand-list-totals">
            {[
              [user.role === "APPLICANT_UNIT" ? messages.brandLife.money.share : m.awarded, formatYuan(data.totals.awarded)],
              [messages.brandLife.money.allocated, formatYuan(data.totals.allocated)],
              [m.paid, formatYuan(data.totals.paid)],
              [m.used, formatFenAsYuan(data.totals.usedFen)],
              [m.remaining, formatFenAsYuan(data.totals.remainingFen)],
              [m.reportOverdue, m.overdueCount(data.totals.overdueReports)],
            ].map(([label, value]) => (
              <div key={label} className="rounded bg-slate-50 px-3 py-2">
                <dt className="text-xs text-slate-600">{label}</dt>
                <dd className="font-semibold tabular-nums text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      {data.items.length === 0 ? (
        <EmptyState>{m.empty}</EmptyState>
      ) : (
        <>
          <ul className="space-y-3 md:hidden" data-testid="brand-cards">
            {data.items.map((b) => (
              <li key={b.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
                <div className="flex items-start justify-between gap-2">
                  <Link href={`${basePath}/${b.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">{b.name}</Link>
                  {b.highestLevel ? <LevelBadge level={b.highestLevel} /> : <span className="text-slate-500">{m.revoked}</span>}
                </div>
                <p className="mt-1 text-slate-600">{b.newCityName} · {categoryLabel(b.category)}</p>
                <p className="mt-1 text-slate-700">{b.leadUnitNames.join("、")}</p>
                <p className="mt-1 tabular-nums text-slate-700">
                  {m.awarded} {formatYuan(b.money.awarded)} · {m.paid} {formatYuan(b.money.paid)} · {m.remaining} {formatFenAsYuan(b.money.remainingFen)}
                </p>
                {b.overdueReports > 0 ? <p className="mt-1 font-medium text-red-700">{m.reportOverdue}</p> : null}
              </li>
            ))}
          </ul>
          <div className="hidden overflow-x-auto rounded border border-slate-200 bg-white md:block">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <thead className="bg-slate-50 text-left text-slate-700">
                <tr>
                  {[cols.name, cols.highestLevel, cols.newCity, cols.leadUnits].map((col) => (
                    <th key={col.key} scope="col" className="px-3 py-2 font-semibold">{col.header}</th>
                  ))}
                  {[cols.awarded, cols.paid, cols.used, cols.remaining].map((col) => (
                    <th key={col.key} scope="col" className="px-3 py-2 text-right font-semibold">{col.header}</th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.items.map((b) => (
                  <tr key={b.id}>
                    <th scope="row" className="px-3 py-2 text-left font-medium">
                      <Link href={`${basePath}/${b.id}`} className="text-brand-700 underline-offset-2 hover:underline">{b.name}</Link>
                      <span className="block text-xs font-normal text-slate-500">{categoryLabel(b.category)}</span>
                    </th>
                    <td className="whitespace-nowrap px-3 py-2">
                      {b.highestLevel ? <LevelBadge level={b.highestLevel} /> : <span className="text-slate-500">{m.revoked}</span>}
                      {b.openPush ? <span className="mt-1 block text-xs text-amber-800">{messages.brandLife.pushStatus.PUSHED}：{levelLabel(b.openPush)}</span> : null}
                    </td>
                    <td className="whitespace-nowrap px-3 py-2">{cols.newCity.value(b)}</td>
                    <td className="px-3 py-2">{cols.leadUnits.value(b)}</td>
                    <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{formatYuan(b.money.awarded)}</td>
                    <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{formatYuan(b.money.paid)}</td>
                    <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{formatFenAsYuan(b.money.usedFen)}</td>
                    <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                      {formatFenAsYuan(b.money.remainingFen)}
                      {b.overdueReports > 0 ? <span className="block text-xs font-medium text-red-700">{m.reportOverdue}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <Pagination page={data.page} pageCount={data.pageCount} total={data.total} basePath={basePath} query={keep} />
    </div>
  );
}
