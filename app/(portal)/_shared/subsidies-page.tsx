import Link from "next/link";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { LEVELS, NEW_CITIES } from "@/lib/eligibility";
import { AWARD_STATUSES } from "@/lib/domain/subsidy-workflow";
import { exportHref } from "@/lib/domain/export-paths";
import { hasPermission } from "@/lib/domain/permissions";
import { formatFenAsYuan, formatYuan } from "@/lib/domain/money";
import { subsidyColumns } from "@/lib/domain/list-columns/subsidies";
import type { SessionUser } from "@/lib/server/session-user";
import { listSubsidyShares, subsidyQuerySchema } from "@/lib/server/services/subsidies/list-subsidy-shares";
import { EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { ExportLink } from "@/components/exports/export-link";

const m = messages.exports.subsidies;
type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

const c = subsidyColumns;
// Screen cells: money formatted for reading; the workbook keeps the same columns' numbers.
const MONEY: Record<string, (r: Parameters<typeof c.share.value>[0]) => string> = {
  share: (r) => formatYuan(r.money.share),
  paid: (r) => formatYuan(r.money.paid),
  confirmed: (r) => formatYuan(r.confirmed),
  used: (r) => formatFenAsYuan(r.money.usedFen),
  remaining: (r) => formatFenAsYuan(r.money.remainingFen),
};

/** 奖补资金: one row per lead unit's share; the bureau all, a new city its own brands' (read-only). */
export async function SubsidiesPage({ user, basePath, searchParams }: { user: SessionUser; basePath: string; searchParams: SearchParams }) {
  const wide = user.role === "BUREAU_OFFICIAL" || user.role === "ADMIN";
  const query = subsidyQuerySchema.parse({
    page: one(searchParams.page),
    level: one(searchParams.level) || undefined,
    newCityId: wide ? one(searchParams.newCityId) || undefined : undefined,
    awardStatus: one(searchParams.awardStatus) || undefined,
    overdue: one(searchParams.overdue),
  });
  const data = await listSubsidyShares({ user, input: query });
  const keep: Record<string, string | undefined> = { level: query.level, newCityId: query.newCityId, awardStatus: query.awardStatus, overdue: query.overdue ? "1" : undefined };
  const filtered = Object.values(keep).some(Boolean);
  const select = "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm";
  const columns = Object.values(c);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">{m.title}</h1>
          <p className="mt-1 text-sm text-slate-600">{wide ? m.intro : m.introNewCity}</p>
        </div>
        {hasPermission(user.role, "export:create") ? <ExportLink href={exportHref("subsidies", keep)} /> : null}
      </div>
      <form role="search" action={basePath} aria-label={m.filters} className="grid gap-3 rounded border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_auto] lg:items-end">
        <div>
          <label htmlFor="subsidies-level" className="block text-sm font-medium text-slate-800">{c.level.header}</label>
          <select id="subsidies-level" name="level" defaultValue={query.level ?? ""} className={select}>
            <option value="">{m.all}</option>
            {LEVELS.map((l) => (
              <option key={l.code} value={l.code}>{l.label}</option>
            ))}
          </select>
        </div>
        {wide ? (
          <div>
            <label htmlFor="subsidies-new-city" className="block text-sm font-medium text-slate-800">{m.columns.newCity}</label>
            <select id="subsidies-new-city" name="newCityId" defaultValue={query.newCityId ?? ""} className={select}>
              <option value="">{m.all}</option>
              {NEW_CITIES.map((n) => (
                <option key={n.code} value={n.code}>{n.label}</option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="subsidies-award-status" className="block text-sm font-medium text-slate-800">{c.awardStatus.header}</label>
          <select id="subsidies-award-status" name="awardStatus" defaultValue={query.awardStatus ?? ""} className={select}>
            <option value="">{m.all}</option>
            {AWARD_STATUSES.map((s) => (
              <option key={s} value={s}>{messages.brandLife.awardStatus[s]}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <label className="inline-flex min-h-10 items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" name="overdue" value="1" defaultChecked={query.overdue} className="h-4 w-4" />
            {m.overdueOnly}
          </label>
          <button type="submit" className="min-h-10 whitespace-nowrap rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">{m.apply}</button>
          {filtered ? (
            <Link href={basePath} className="inline-flex min-h-10 items-center whitespace-nowrap rounded border border-slate-300 bg-white px-3 text-sm hover:bg-slate-50">{m.reset}</Link>
          ) : null}
        </div>
      </form>

      {data.items.length === 0 ? (
        <EmptyState>{m.empty}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded border border-slate-200 bg-white">
          <table className="min-w-[64rem] w-full divide-y divide-slate-200 text-sm" data-testid="subsidies-table">
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                {columns.map((col) => (
                  <th key={col.key} scope="col" className={`px-3 py-2 font-semibold ${col.key in MONEY ? "text-right" : ""}`}>{col.header}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.items.map((r) => (
                <tr key={r.shareId}>
                  {columns.map((col) =>
                    col.key === "brand" ? (
                      <th key={col.key} scope="row" className="px-3 py-2 text-left font-medium">
                        <Link href={`${basePath.replace(/\/subsidies$/, "/brands")}/${r.brandId}`} className="text-brand-700 underline-offset-2 hover:underline">{col.value(r)}</Link>
                      </th>
                    ) : (
                      <td key={col.key} className={`px-3 py-2 ${col.key in MONEY ? "whitespace-nowrap text-right tabular-nums" : col.key === "unit" ? "" : "whitespace-nowrap"} ${col.key === "nextDue" && r.overdue ? "font-medium text-red-700" : ""}`}>
                        {MONEY[col.key]?.(r) ?? col.value(r) ?? "—"}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={data.page} pageCount={data.pageCount} total={data.total} basePath={basePath} query={keep} />
    </div>
  );
}
