import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/server/auth/session";
import { exportHref } from "@/lib/domain/export-paths";
import { hasPermission } from "@/lib/domain/permissions";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { NEW_CITIES } from "@/lib/eligibility";
import { REVOCATION_LIST_STATUSES } from "@/lib/schemas/revocation";
import { REVOCATION_REASONS } from "@/lib/eligibility";
import { listRevocations } from "@/lib/server/services/revocations/list-revocations";
import { Pagination } from "@/components/ui/pagination";
import { RevocationTable } from "@/components/revocations/revocation-table";
import { ExportLink } from "@/components/exports/export-link";

const r = messages.revocations;
const l = r.list;
export const metadata: Metadata = { title: r.title };

type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const select = "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm";

/** 撤销管理 (M1–M3): the bureau's revocations by tab (待复核 / 已撤销 / 已撤回), filters in the URL. */
export default async function BureauRevocationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("bureau", "/bureau/revocations");
  const params = await searchParams;
  const status = one(params.status) || "PROPOSED";
  const data = await listRevocations({ user, input: { ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, one(v)])), status } });
  const q = data.query;
  const keep: Record<string, string | undefined> = { status: q.status, reason: q.reason, severe: q.severe, newCityId: q.newCityId, year: q.year ? String(q.year) : undefined, brandId: q.brandId };
  const filtered = !!(q.reason || q.severe || q.newCityId || q.year || q.brandId);
  const tabHref = (s: string) => `/bureau/revocations?${new URLSearchParams(Object.entries({ ...keep, status: s }).filter((e): e is [string, string] => !!e[1])).toString()}`;
  const thisYear = new Date().getUTCFullYear();

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">{r.title}</h1>
          <p className="mt-1 text-sm text-slate-600">{r.form.intro}</p>
        </div>
        {hasPermission(user.role, "export:create") ? <ExportLink href={exportHref("revocations", keep)} /> : null}
      </div>
      <nav aria-label={r.title} className="flex flex-wrap gap-2 border-b border-slate-200">
        {REVOCATION_LIST_STATUSES.map((s) => (
          <Link
            key={s}
            href={tabHref(s)}
            aria-current={q.status === s ? "page" : undefined}
            className={`-mb-px inline-flex min-h-10 items-center border-b-2 px-3 text-sm ${q.status === s ? "border-brand-600 font-semibold text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {l.tabs[s]}
          </Link>
        ))}
      </nav>
      <form role="search" action="/bureau/revocations" aria-label={l.filters.apply} className="grid gap-3 rounded border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto] lg:items-end">
        <input type="hidden" name="status" value={q.status ?? "PROPOSED"} />
        <div>
          <label htmlFor="rev-reason" className="block text-sm font-medium text-slate-800">{l.filters.reason}</label>
          <select id="rev-reason" name="reason" defaultValue={q.reason ?? ""} className={select}>
            <option value="">{l.filters.all}</option>
            {REVOCATION_REASONS.map((x) => <option key={x.code} value={x.code}>{x.label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="rev-severe" className="block text-sm font-medium text-slate-800">{l.filters.severe}</label>
          <select id="rev-severe" name="severe" defaultValue={q.severe ?? ""} className={select}>
            <option value="">{l.filters.all}</option>
            <option value="true">{l.filters.yes}</option>
            <option value="false">{l.filters.no}</option>
          </select>
        </div>
        <div>
          <label htmlFor="rev-new-city" className="block text-sm font-medium text-slate-800">{l.filters.newCity}</label>
          <select id="rev-new-city" name="newCityId" defaultValue={q.newCityId ?? ""} className={select}>
            <option value="">{l.filters.all}</option>
            {NEW_CITIES.map((n) => <option key={n.code} value={n.code}>{n.label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="rev-year" className="block text-sm font-medium text-slate-800">{l.filters.year}</label>
          <select id="rev-year" name="year" defaultValue={q.year ? String(q.year) : ""} className={select}>
            <option value="">{l.filters.all}</option>
            {Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
        <div className="flex gap-2">
          <button type="submit" className="min-h-10 whitespace-nowrap rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">{l.filters.apply}</button>
          {filtered ? <Link href={`/bureau/revocations?status=${q.status ?? "PROPOSED"}`} className="inline-flex min-h-10 items-center whitespace-nowrap rounded border border-slate-300 bg-white px-3 text-sm hover:bg-slate-50">{l.filters.reset}</Link> : null}
        </div>
      </form>
      <RevocationTable rows={data.rows} hrefOf={(row) => `/bureau/revocations/${row.id}`} />
      <Pagination page={data.page} pageCount={data.pageCount} total={data.total} basePath="/bureau/revocations" query={keep} />
    </div>
  );
}
