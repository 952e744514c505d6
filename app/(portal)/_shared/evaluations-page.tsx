import Link from "next/link";
import { EVALUATION_COLUMNS, EVALUATION_QUEUE_COLUMNS } from "@/lib/domain/columns/evaluations";
import { formatCalendarDate, storedDateOf } from "@/lib/domain/dates";
import { exportHref } from "@/lib/domain/export-paths";
import { levelLabel } from "@/lib/domain/labels";
import { hasPermission } from "@/lib/domain/permissions";
import { CATEGORIES, EVALUATION_METHODS, LEVELS, NEW_CITIES } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { EVALUATION_QUEUE_TABS, EVALUATION_STATUS_CODES } from "@/lib/schemas/evaluation";
import type { ActionResult } from "@/lib/domain/app-error";
import type { SessionUser } from "@/lib/server/session-user";
import { listEvaluationQueue } from "@/lib/server/services/evaluations/list-evaluation-queue";
import { listEvaluations } from "@/lib/server/services/evaluations/list-evaluations";
import { listPlaquesToReclaim } from "@/lib/server/services/plaques/list-plaques";
import { Card, EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { ColumnTable } from "@/components/evaluations/column-table";
import { ExportLink } from "@/components/exports/export-link";
import { ReclaimPlaqueForm } from "@/components/evaluations/confirm-note-form";

const m = messages.evaluations;
type Params = Record<string, string | string[] | undefined>;
type Action = (input: unknown) => Promise<ActionResult<unknown>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function Filter({ name, label, value, options }: { name: string; label: string; value?: string | number; options: readonly { code: string | number; label: string }[] }) {
  return (
    <label className="flex flex-col text-sm text-slate-700">
      {label}
      <select name={name} defaultValue={value === undefined ? "" : String(value)} className="mt-1 min-h-10 rounded border border-slate-300 bg-white px-2">
        <option value="">{m.ui.all}</option>
        {options.map((o) => (
          <option key={o.code} value={o.code}>{o.label}</option>
        ))}
      </select>
    </label>
  );
}

/**
 * 绩效评估 for every area: the E1 queue (逾期 / 本期应评 / 90天内到期 / 已安排), the records, and for
 * the bureau the plaques to reclaim. The tab and filters live in the URL; reads are scoped by the
 * use cases (a new city its own brands, a unit its own lead-unit rows). Only the bureau acts.
 */
export async function EvaluationsPage({ user, basePath, searchParams, reclaimAction }: { user: SessionUser; basePath: string; searchParams: Params; reclaimAction?: Action }) {
  const view = one(searchParams.view) === "records" ? "records" : one(searchParams.view) === "plaques" && reclaimAction ? "plaques" : "queue";
  const isBureau = user.role === "BUREAU_OFFICIAL";
  const canExport = hasPermission(user.role, "export:create") && hasPermission(user.role, "evaluation:view");
  const input = Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, one(v)]));
  const queue = await listEvaluationQueue({ user, input: view === "queue" ? input : {} });
  const tabHref = (q: Record<string, string | undefined>) => {
    const params = new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => !!e[1]));
    const qs = params.toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };
  const filters = { level: queue.query.level, newCityId: queue.query.newCityId, category: queue.query.category };
  const tabClass = (active: boolean) => `inline-flex min-h-10 items-center rounded px-3 text-sm font-medium ${active ? "bg-brand-600 text-white" : "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50"}`;

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold text-slate-900">{m.title}</h1>
      <nav aria-label={m.title} className="flex flex-wrap gap-2">
        {EVALUATION_QUEUE_TABS.map((t) => (
          <Link key={t} href={tabHref({ tab: t, ...filters })} aria-current={view === "queue" && queue.query.tab === t ? "page" : undefined} className={tabClass(view === "queue" && queue.query.tab === t)}>
            {m.tabs[t]}（{queue.counts[t]}）
          </Link>
        ))}
        <Link href={tabHref({ view: "records" })} aria-current={view === "records" ? "page" : undefined} className={tabClass(view === "records")}>{m.tabs.records}</Link>
        {reclaimAction ? (
          <Link href={tabHref({ view: "plaques" })} aria-current={view === "plaques" ? "page" : undefined} className={tabClass(view === "plaques")}>{m.tabs.plaques}</Link>
        ) : null}
      </nav>

      {view === "queue" ? (
        <Card title={`${m.ui.queueTitle} · ${m.tabs[queue.query.tab]}`}>
          <form method="get" action={basePath} className="mb-4 flex flex-wrap items-end gap-3">
            <input type="hidden" name="tab" value={queue.query.tab} />
            <Filter name="level" label={m.ui.filterLevel} value={queue.query.level} options={LEVELS} />
            {user.role === "NEW_CITY_STAFF" || user.role === "APPLICANT_UNIT" ? null : <Filter name="newCityId" label={m.ui.filterNewCity} value={queue.query.newCityId} options={NEW_CITIES} />}
            <Filter name="category" label={m.ui.filterCategory} value={queue.query.category} options={CATEGORIES} />
            <button type="submit" className="min-h-10 rounded border border-slate-300 bg-white px-4 text-sm font-semibold hover:bg-slate-50">{m.ui.apply}</button>
            {canExport ? <ExportLink href={exportHref("evaluation-queue", { tab: queue.query.tab, ...filters })} /> : null}
          </form>
          {queue.items.length === 0 ? (
            <EmptyState>{m.ui.emptyQueue}</EmptyState>
          ) : (
            <>
              <ColumnTable
                testId="evaluation-queue"
                columns={EVALUATION_QUEUE_COLUMNS}
                rows={queue.items}
                rowKey={(r) => r.leadUnitRecognitionId}
                link={(r) =>
                  r.scheduled
                    ? { href: `${basePath}/${encodeURIComponent(r.scheduled.id)}`, label: m.ui.detail }
                    : isBureau && r.cycleIndex !== null
                      ? { href: `${basePath}/schedule/${encodeURIComponent(r.leadUnitRecognitionId)}`, label: m.ui.schedule }
                      : null
                }
              />
              <Pagination page={queue.page} pageCount={queue.pageCount} total={queue.total} basePath={basePath} query={{ tab: queue.query.tab, ...filters }} />
            </>
          )}
        </Card>
      ) : null}

      {view === "records" ? <RecordsCard user={user} basePath={basePath} input={input} /> : null}
      {view === "plaques" && reclaimAction ? <PlaquesCard user={user} input={input} action={reclaimAction} /> : null}
    </div>
  );
}

async function RecordsCard({ user, basePath, input }: { user: SessionUser; basePath: string; input: Record<string, string | undefined> }) {
  const data = await listEvaluations({ user, input });
  const q = data.query;
  const thisYear = storedDateOf(new Date()).getUTCFullYear();
  const years = Array.from({ length: 6 }, (_, i) => ({ code: thisYear - i, label: `${thisYear - i}年` }));
  const canExport = hasPermission(user.role, "export:create") && hasPermission(user.role, "evaluation:view");
  return (
    <Card title={m.ui.recordsTitle}>
      <form method="get" action={basePath} className="mb-4 flex flex-wrap items-end gap-3">
        <input type="hidden" name="view" value="records" />
        <Filter name="status" label={m.ui.filterStatus} value={q.status} options={EVALUATION_STATUS_CODES.map((s) => ({ code: s, label: m.status[s] ?? s }))} />
        <Filter name="level" label={m.ui.filterLevel} value={q.level} options={LEVELS.map((l) => ({ code: l.code, label: levelLabel(l.code) }))} />
        {user.role === "BUREAU_OFFICIAL" || user.role === "ADMIN" ? <Filter name="newCityId" label={m.ui.filterNewCity} value={q.newCityId} options={NEW_CITIES} /> : null}
        <Filter name="method" label={m.ui.filterMethod} value={q.method} options={EVALUATION_METHODS} />
        <Filter name="year" label={m.ui.filterYear} value={q.year} options={years} />
        <button type="submit" className="min-h-10 rounded border border-slate-300 bg-white px-4 text-sm font-semibold hover:bg-slate-50">{m.ui.apply}</button>
        {canExport ? <ExportLink href={exportHref("evaluations", { status: q.status, level: q.level, newCityId: q.newCityId, method: q.method, year: q.year ? String(q.year) : undefined })} /> : null}
      </form>
      {data.items.length === 0 ? (
        <EmptyState>{m.ui.empty}</EmptyState>
      ) : (
        <>
          <ColumnTable testId="evaluation-records" columns={EVALUATION_COLUMNS} rows={data.items} rowKey={(r) => r.id} link={(r) => ({ href: `${basePath}/${encodeURIComponent(r.id)}`, label: m.ui.detail })} />
          <Pagination
            page={data.page}
            pageCount={data.pageCount}
            total={data.total}
            basePath={basePath}
            query={{ view: "records", status: q.status, level: q.level, newCityId: q.newCityId, method: q.method, year: q.year ? String(q.year) : undefined }}
          />
        </>
      )}
    </Card>
  );
}

async function PlaquesCard({ user, input, action }: { user: SessionUser; input: Record<string, string | undefined>; action: Action }) {
  const page = Number(input.page ?? "1");
  const data = await listPlaquesToReclaim({ user, input: { page: Number.isInteger(page) && page > 0 ? page : 1 } });
  return (
    <Card title={m.ui.plaquesTitle}>
      {data.items.length === 0 ? (
        <EmptyState>{m.ui.emptyPlaques}</EmptyState>
      ) : (
        <>
          <ul className="space-y-3" data-testid="plaques-to-reclaim">
            {data.items.map((p) => {
              const orderedOn = p.reclaimOrderedOn ? formatCalendarDate(storedDateOf(new Date(p.reclaimOrderedOn))) : "";
              return (
                <li key={p.id} className="rounded border border-amber-200 bg-amber-50/40 p-3 text-sm">
                  <p className="font-semibold text-slate-900">{p.plaqueNo} · {m.plaqueKind[p.kind]}</p>
                  <p className="text-slate-700">{p.brandName} · {levelLabel(p.level)}{p.unitName ? ` · ${p.unitName}` : ""}</p>
                  <p className="text-slate-600">{m.columns.reclaimReason}：{p.reclaimReason ?? "—"} · {m.columns.reclaimOrderedAt}：{orderedOn}</p>
                  <ReclaimPlaqueForm plaqueId={p.id} plaqueNo={p.plaqueNo} orderedOn={orderedOn} action={action} />
                </li>
              );
            })}
          </ul>
          <Pagination page={data.page} pageCount={data.pageCount} total={data.total} basePath="/bureau/evaluations" query={{ view: "plaques" }} />
        </>
      )}
    </Card>
  );
}
