import Link from "next/link";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { NEW_CITIES } from "@/lib/eligibility";
import { categoryLabel } from "@/lib/domain/labels";
import { formatDateTime } from "@/lib/domain/dates";
import type { ApplicationStatus } from "@/lib/domain/application-workflow";
import type { SessionUser } from "@/lib/server/session-user";
import { listApplications, applicationQuerySchema } from "@/lib/server/services/applications/list-applications";
import { getDashboard } from "@/lib/server/services/dashboard/get-dashboard";
import { EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/applications/status-badge";
import { ExportLink } from "@/components/exports/export-link";
import { applicationColumns } from "@/lib/domain/list-columns/applications";
import { exportHref } from "@/lib/domain/export-paths";
import { hasPermission } from "@/lib/domain/permissions";

const q = messages.reviewUi.queue;
const c = q.columns;

type SearchParams = Record<string, string | string[] | undefined>;
type Area = "new-city" | "bureau";

// The status tabs of each queue, the reviewer's own pending state first.
const TABS: Record<Area, readonly ApplicationStatus[]> = {
  "new-city": ["SUBMITTED", "RETURNED_TO_NEW_CITY", "RETURNED_TO_UNIT", "RECOMMENDED", "IN_PUBLICITY", "RECOGNISED", "REJECTED", "WITHDRAWN"],
  bureau: ["RECOMMENDED", "IN_PUBLICITY", "RECOGNISED", "REJECTED", "RETURNED_TO_NEW_CITY", "RETURNED_TO_UNIT", "SUBMITTED"],
};
// What "待处理" counts for each reviewer.
const PENDING: Record<Area, readonly ApplicationStatus[]> = {
  "new-city": ["SUBMITTED", "RETURNED_TO_NEW_CITY"],
  bureau: ["RECOMMENDED"],
};
// The bureau lands on what waits for it (待新区审核); a new city on everything it has.
const DEFAULT_STATUS: Record<Area, ApplicationStatus | "all"> = { "new-city": "all", bureau: "RECOMMENDED" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** 审核队列 of a new city (its own applications) or the bureau (all): scope comes from the service. */
export async function ApplicationsQueue({ user, area, basePath, searchParams }: { user: SessionUser; area: Area; basePath: string; searchParams: SearchParams }) {
  const rawStatus = one(searchParams.status);
  const statusParam = rawStatus ?? DEFAULT_STATUS[area];
  const query = applicationQuerySchema.parse({
    page: one(searchParams.page),
    status: statusParam === "all" ? undefined : statusParam,
    newCityId: area === "bureau" ? one(searchParams.newCityId) || undefined : undefined,
    q: one(searchParams.q) || undefined,
    sort: one(searchParams.sort),
  });
  const activeTab = query.status ?? "all";
  const [data, dashboard] = await Promise.all([listApplications({ user, input: query }), getDashboard({ user })]);
  const counts = dashboard.applicationsByStatus;
  const pending = PENDING[area].reduce((n, s) => n + (counts[s] ?? 0), 0);
  const totalVisible = Object.entries(counts).reduce((n, [s, k]) => (s === "DRAFT" ? n : n + k), 0);

  // Every link keeps the other filters; the page resets to 1 when a filter changes.
  const keep = { newCityId: query.newCityId, q: query.q, sort: query.sort === "priority" ? undefined : query.sort };
  const hrefFor = (status: string) => {
    const params = new URLSearchParams(Object.entries({ ...keep, status: status === DEFAULT_STATUS[area] ? undefined : status }).filter((e): e is [string, string] => !!e[1]));
    const s = params.toString();
    return s ? `${basePath}?${s}` : basePath;
  };
  const tabs: { key: string; label: string; count: number }[] = [
    ...TABS[area].map((s) => ({ key: s, label: messages.applicationStatus[s] ?? s, count: counts[s] ?? 0 })),
    { key: "all", label: q.tabAll, count: totalVisible },
  ];
  const filtered = !!(query.q || query.newCityId || query.sort !== "priority");
  // The export carries the query the table shows (the status tab made explicit, no page).
  const exportLink = hasPermission(user.role, "export:create") ? exportHref("applications", { status: query.status, newCityId: query.newCityId, q: query.q, sort: query.sort }) : null;
  // The table's columns come from the same definitions as the workbook.
  const cols = applicationColumns;
  const shown = [cols.brandName, cols.unit, ...(area === "bureau" ? [cols.newCity] : []), cols.category, cols.povertyAlleviated, cols.employed, cols.submittedAt, cols.status];
  const numeric = new Set(["povertyAlleviated", "employed"]);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">{area === "bureau" ? q.bureauTitle : q.newCityTitle}</h1>
          <p className="mt-1 text-sm text-slate-600">{area === "bureau" ? q.bureauIntro : q.newCityIntro}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <p className="rounded-full bg-amber-100 px-3 py-1 text-sm font-semibold text-amber-900" data-testid="pending-count">
            {q.pending(pending)}
          </p>
          {exportLink ? <ExportLink href={exportLink} /> : null}
        </div>
      </div>

      <nav aria-label={q.tabs} className="-mx-1 overflow-x-auto">
        <ul className="flex min-w-max gap-1 border-b border-slate-200 px-1">
          {tabs.map((t) => {
            const current = t.key === activeTab;
            return (
              <li key={t.key}>
                <Link
                  href={hrefFor(t.key)}
                  aria-current={current ? "page" : undefined}
                  className={`block whitespace-nowrap border-b-2 px-3 py-2 text-sm ${current ? "border-brand-600 font-semibold text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
                >
                  {t.label}
                  <span className="ml-1 rounded-full bg-slate-100 px-1.5 text-xs text-slate-700">{t.count}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <form role="search" action={basePath} className="grid gap-3 rounded border border-slate-200 bg-white p-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end">
        {activeTab !== DEFAULT_STATUS[area] ? <input type="hidden" name="status" value={activeTab} /> : null}
        <div>
          <label htmlFor="queue-q" className="block text-sm font-medium text-slate-800">
            {q.search}
          </label>
          <input id="queue-q" name="q" type="search" defaultValue={query.q} placeholder={q.searchPlaceholder} maxLength={50} className="mt-1 block w-full rounded border border-slate-300 px-3 py-2 text-base sm:text-sm" />
        </div>
        {area === "bureau" ? (
          <div>
            <label htmlFor="queue-new-city" className="block text-sm font-medium text-slate-800">
              {q.newCity}
            </label>
            <select id="queue-new-city" name="newCityId" defaultValue={query.newCityId ?? ""} className="mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm">
              <option value="">{q.allNewCities}</option>
              {NEW_CITIES.map((n) => (
                <option key={n.code} value={n.code}>
                  {n.label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="queue-sort" className="block text-sm font-medium text-slate-800">
            {q.sort}
          </label>
          <select id="queue-sort" name="sort" defaultValue={query.sort} className="mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm">
            {Object.entries(q.sortOptions).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex gap-2">
          <button type="submit" className="min-h-10 whitespace-nowrap rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
            {q.apply}
          </button>
          {filtered ? (
            <Link href={hrefFor(activeTab)} className="inline-flex min-h-10 items-center whitespace-nowrap rounded border border-slate-300 bg-white px-3 text-sm hover:bg-slate-50" aria-label={q.reset}>
              {q.reset}
            </Link>
          ) : null}
        </div>
      </form>
      {query.sort === "priority" ? <p className="text-xs text-slate-600">{q.sortNote}</p> : null}

      {data.items.length === 0 ? (
        <EmptyState>{!filtered && PENDING[area].includes(activeTab as ApplicationStatus) ? q.emptyPending : q.empty}</EmptyState>
      ) : (
        <>
          {/* Phones: one card per application; wider screens: a table. */}
          <ul className="space-y-3 md:hidden">
            {data.items.map((a) => (
              <li key={a.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
                <div className="flex items-start justify-between gap-2">
                  <Link href={`${basePath}/${a.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                    {a.brandName || q.untitled}
                  </Link>
                  <StatusBadge status={a.status} />
                </div>
                <p className="mt-1 text-slate-700">{a.unitName}</p>
                <p className="mt-1 text-slate-600">
                  {area === "bureau" ? `${a.newCityName} · ` : ""}
                  {a.category ? categoryLabel(a.category) : "—"}
                </p>
                <p className="mt-1 text-slate-700">
                  {c.povertyAlleviated} {q.people(a.povertyAlleviatedCount)} · {c.employed} {q.people(a.employedCount)}
                </p>
                <p className="mt-1 text-xs text-slate-500">
                  {c.submittedAt}：{a.submittedAt ? formatDateTime(a.submittedAt) : "—"}
                </p>
              </li>
            ))}
          </ul>
          <div className="hidden overflow-x-auto rounded border border-slate-200 bg-white md:block">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <thead className="bg-slate-50 text-left text-slate-700">
                <tr>
                  {shown.map((col) => (
                    <th key={col.key} scope="col" className={`px-3 py-2 font-semibold ${numeric.has(col.key) ? "text-right" : ""}`}>{col.header}</th>
                  ))}
                  <th scope="col" className="px-3 py-2 font-semibold"><span className="sr-only">{c.open}</span></th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.items.map((a) => (
                  <tr key={a.id}>
                    {shown.map((col) =>
                      col.key === "brandName" ? (
                        <th key={col.key} scope="row" className="px-3 py-2 text-left font-medium text-slate-900">{col.value(a)}</th>
                      ) : col.key === "status" ? (
                        <td key={col.key} className="px-3 py-2"><StatusBadge status={a.status} /></td>
                      ) : (
                        <td key={col.key} className={`px-3 py-2 ${col.key === "unit" ? "" : "whitespace-nowrap"} ${numeric.has(col.key) ? "text-right tabular-nums" : ""}`}>{col.value(a) ?? "—"}</td>
                      ),
                    )}
                    <td className="whitespace-nowrap px-3 py-2">
                      <Link href={`${basePath}/${a.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline" aria-label={`${PENDING[area].includes(a.status as ApplicationStatus) ? q.open : q.view}：${a.brandName || q.untitled}`}>
                        {PENDING[area].includes(a.status as ApplicationStatus) ? q.open : q.view}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <Pagination page={data.page} pageCount={data.pageCount} total={data.total} basePath={basePath} query={{ ...keep, status: activeTab === DEFAULT_STATUS[area] ? undefined : activeTab }} />
    </div>
  );
}
