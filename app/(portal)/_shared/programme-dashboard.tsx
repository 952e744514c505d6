import Link from "next/link";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { barChartOption } from "@/lib/domain/chart-options";
import { categoryLabel, levelLabel, newCityLabel } from "@/lib/domain/labels";
import { formatFenAsYuan, formatYuan } from "@/lib/domain/money";
import type { SessionUser } from "@/lib/server/session-user";
import { renderResponsiveChart } from "@/lib/server/charts/render-svg";
import { getProgrammeDashboard } from "@/lib/server/services/dashboard/get-programme-dashboard";
import { Card, EmptyState } from "@/components/ui/card";
import { ChartFigure, DataTable } from "@/components/dashboard/chart-figure";

const m = messages.dashboard;
const statusLabel = (s: string) => messages.applicationStatus[s] ?? s;
type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const link = "font-medium text-brand-700 underline-offset-2 hover:underline";
/** 万元 with two decimals at most, for the money chart's axis. */
const wan = (yuan: number) => Math.round(yuan / 100) / 100;

/**
 * 工作看板 of the bureau (the programme) or of a new city (its own figures, the programme's
 * targets). A server component: the charts are SVG drawn here by ECharts, each with its table.
 * `area` picks the links to the lists behind the figures; `targetForm` is the bureau's editor.
 */
export async function ProgrammeDashboardPage({
  user,
  area,
  searchParams,
  targetForm,
}: {
  user: SessionUser;
  area: "bureau" | "new-city";
  searchParams: SearchParams;
  targetForm?: (props: { year: number; current: Record<"districtBrands" | "cityOrProvinceBrands" | "nationalRecommendations", number> | null }) => React.ReactNode;
}) {
  const d = await getProgrammeDashboard({ user, input: { year: one(searchParams.year) } });
  const base = `/${area}`;
  const t = d.targets;
  const targetLabels = t.progress.map((p) => m.targets.labels[p.key]);
  const current = t.source === "unset" ? null : Object.fromEntries(t.progress.map((p) => [p.key, p.target as number])) as Record<"districtBrands" | "cityOrProvinceBrands" | "nationalRecommendations", number>;

  const targetChart = renderResponsiveChart(
    barChartOption({
      categories: targetLabels,
      series: [
        ...(t.source === "unset" ? [] : [{ name: m.targets.target, values: t.progress.map((p) => p.target ?? 0) }]),
        { name: m.targets.actual, values: t.progress.map((p) => p.actual) },
      ],
      horizontal: true,
    }),
    { rows: 3, series: t.source === "unset" ? 1 : 2 },
  );
  const statuses = d.pipeline.statuses;
  const pipelineChart = renderResponsiveChart(
    barChartOption({ categories: statuses.map(statusLabel), series: [{ name: m.count, values: statuses.map((s) => d.pipeline.byStatus[s] ?? 0) }], horizontal: true }),
    { rows: statuses.length },
  );
  const levelChart = renderResponsiveChart(
    barChartOption({ categories: d.brands.byLevel.map((l) => levelLabel(l.level)), series: [{ name: m.count, values: d.brands.byLevel.map((l) => l.count) }] }),
    { rows: d.brands.byLevel.length, horizontal: false },
  );
  const categoryChart = renderResponsiveChart(
    barChartOption({ categories: d.brands.byCategory.map((c) => categoryLabel(c.category)), series: [{ name: m.count, values: d.brands.byCategory.map((c) => c.count) }], horizontal: true }),
    { rows: d.brands.byCategory.length },
  );
  const usedYuan = Math.floor(d.money.usedFen / 100);
  const moneyChart = renderResponsiveChart(
    barChartOption({ categories: [m.money.awarded, m.money.paid, m.money.used], series: [{ name: m.money.wan, values: [wan(d.money.awarded), wan(d.money.paid), wan(usedYuan)] }], horizontal: true }),
    { rows: 3 },
  );

  return (
    <div className="space-y-6" data-testid="programme-dashboard" data-year={d.year}>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">{m.title}</h1>
          <p className="mt-1 text-sm text-slate-600">{d.scope === "all" ? m.introBureau : m.introNewCity(newCityLabel(d.scope))}</p>
        </div>
        <form action={`${base}/dashboard`} className="flex items-end gap-2" aria-label={m.year}>
          <div>
            <label htmlFor="dashboard-year" className="block text-sm font-medium text-slate-800">{m.year}</label>
            <select id="dashboard-year" name="year" defaultValue={String(d.year)} className="mt-1 block rounded border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm">
              {d.years.map((y) => (
                <option key={y} value={y}>{y}</option>
              ))}
            </select>
          </div>
          <button type="submit" className="min-h-10 rounded border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-50">{m.show}</button>
        </form>
      </div>

      <Card title={`${d.year} ${m.targets.title}`}>
        <p className="mb-3 text-sm text-slate-600">
          {t.source === "default" ? m.targets.defaultNote(d.year) : t.source === "unset" ? m.targets.notSetNote(d.year) : m.asOf(d.year, d.year < d.currentYear)}
          {d.scope !== "all" ? ` ${m.targets.programmeNote}` : null}
          {targetForm ? (
            <>
              {" "}
              <a href="#target-form" className={link}>{t.source === "set" ? m.targets.editLink : m.targets.setLink}</a>
            </>
          ) : null}
        </p>
        <dl className="mb-4 grid gap-3 sm:grid-cols-3" data-testid="target-progress">
          {t.progress.map((p) => (
            <div key={p.key} className="rounded-lg border border-slate-200 p-3" data-testid={`target-${p.key}`} data-actual={p.actual} data-target={p.target ?? ""}>
              <dt className="text-sm text-slate-600">{m.targets.labels[p.key]}</dt>
              <dd className="mt-1">
                <span className="text-2xl font-bold text-slate-900">{p.actual}</span>
                <span className="text-sm text-slate-600"> / {p.target === null ? m.targets.notSet : `${p.target} ${m.targets.unit}`}</span>
                {p.met === null ? null : (
                  <span className={`ml-2 rounded px-2 py-0.5 text-xs font-semibold ${p.met ? "bg-green-100 text-green-800" : "bg-amber-100 text-amber-900"}`}>{p.met ? m.targets.met : m.targets.notMet}</span>
                )}
                {p.percent === null ? null : (
                  <div className="mt-2 h-2 rounded bg-slate-100" role="progressbar" aria-label={`${m.targets.labels[p.key]}${m.targets.progress}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={p.percent}>
                    <div className="h-2 rounded bg-brand-600" style={{ width: `${p.percent}%` }} />
                  </div>
                )}
              </dd>
            </div>
          ))}
        </dl>
        <ChartFigure
          label={m.targets.chart(d.year)}
          chart={targetChart}
          caption={m.targets.chart(d.year)}
          headers={["", m.targets.target, m.targets.actual, m.targets.progress]}
          rows={t.progress.map((p) => [m.targets.labels[p.key], p.target ?? m.targets.notSet, p.actual, p.met === null ? "—" : `${p.percent}%（${p.met ? m.targets.met : m.targets.notMet}）`])}
        />
        {targetForm ? <div className="mt-4">{targetForm({ year: d.year, current })}</div> : null}
      </Card>

      <Card title={m.pipeline.title}>
        <p className="mb-3 text-sm text-slate-600">{m.pipeline.note(d.year)}</p>
        {d.pipeline.total === 0 ? (
          <EmptyState>{m.pipeline.noApplications}</EmptyState>
        ) : (
          <div className="space-y-6">
            <div className="grid gap-6 lg:grid-cols-2 [&>*]:min-w-0">
              <section aria-labelledby="pipeline-status" className="min-w-0">
                <h3 id="pipeline-status" className="mb-2 font-semibold text-slate-900">{m.pipeline.byStatus}</h3>
                <ChartFigure
                  label={m.pipeline.byStatusChart}
                  chart={pipelineChart}
                  caption={m.pipeline.byStatus}
                  headers={[m.pipeline.status, m.count]}
                  rows={statuses.map((s) => [
                    statusLabel(s),
                    <Link key={s} href={`${base}/applications?status=${s}`} className={link} data-testid={`pipeline-${s}`}>{d.pipeline.byStatus[s] ?? 0}</Link>,
                  ])}
                  open
                />
              </section>
              <section aria-labelledby="pipeline-matrix" className="min-w-0">
                <h3 id="pipeline-matrix" className="mb-2 font-semibold text-slate-900">{m.pipeline.matrix}</h3>
                <div className="overflow-x-auto rounded border border-slate-200">
                  <DataTable
                    caption={m.pipeline.matrix}
                    testId="pipeline-matrix-table"
                    headers={[m.pipeline.newCity, ...statuses.map(statusLabel), m.total]}
                    rows={d.pipeline.byNewCity.map((c) => [newCityLabel(c.newCityId), ...statuses.map((s) => c.counts[s] ?? 0), c.total])}
                  />
                </div>
              </section>
            </div>
            <section aria-labelledby="pipeline-batches" className="min-w-0">
              <h3 id="pipeline-batches" className="mb-2 font-semibold text-slate-900">{m.pipeline.byBatch}</h3>
              <div className="overflow-x-auto rounded border border-slate-200">
                <DataTable
                  caption={m.pipeline.byBatch}
                  testId="pipeline-batch-table"
                  headers={[m.pipeline.batch, ...statuses.map(statusLabel), m.total]}
                  rows={d.pipeline.byBatch.map((b) => [b.title, ...statuses.map((s) => b.counts[s] ?? 0), b.total])}
                />
              </div>
            </section>
          </div>
        )}
      </Card>

      <Card title={m.brands.title}>
        <p className="mb-3 text-sm text-slate-600">
          {m.brands.recognised}：<Link href={`${base}/brands`} className={link} data-testid="brands-recognised">{d.brands.recognised}</Link>。{m.brands.note}
        </p>
        <div className="grid gap-6 lg:grid-cols-2 [&>*]:min-w-0">
          <section aria-labelledby="brands-level" className="min-w-0">
            <h3 id="brands-level" className="mb-2 font-semibold text-slate-900">{m.brands.byLevel}</h3>
            <ChartFigure
              label={m.brands.byLevelChart}
              chart={levelChart}
              caption={m.brands.byLevel}
              headers={[m.brands.level, m.count]}
              rows={d.brands.byLevel.map((l) => [levelLabel(l.level), <Link key={l.level} href={`${base}/brands?level=${l.level}`} className={link} data-testid={`brands-level-${l.level}`}>{l.count}</Link>])}
            />
          </section>
          <section aria-labelledby="brands-category" className="min-w-0">
            <h3 id="brands-category" className="mb-2 font-semibold text-slate-900">{m.brands.byCategory}</h3>
            <ChartFigure
              label={m.brands.byCategoryChart}
              chart={categoryChart}
              caption={m.brands.byCategory}
              headers={[m.brands.category, m.count]}
              rows={d.brands.byCategory.map((c) => [categoryLabel(c.category), <Link key={c.category} href={`${base}/brands?category=${c.category}`} className={link} data-testid={`brands-category-${c.category}`}>{c.count}</Link>])}
            />
          </section>
        </div>
      </Card>

      <div className="grid gap-6 lg:grid-cols-2 [&>*]:min-w-0">
        <Card title={m.money.title} actions={<Link href={`${base}/brands`} className={`text-sm ${link}`}>{m.money.link}</Link>}>
          <dl className="mb-4 grid gap-3 sm:grid-cols-3">
            <MoneyStat label={m.money.awarded} value={formatYuan(d.money.awarded)} testId="money-awarded" raw={d.money.awarded} />
            <MoneyStat label={m.money.paid} value={formatYuan(d.money.paid)} testId="money-paid" raw={d.money.paid} />
            <MoneyStat label={m.money.used} value={formatFenAsYuan(d.money.usedFen)} testId="money-used" raw={d.money.usedFen} />
          </dl>
          <ChartFigure
            label={m.money.chart}
            chart={moneyChart}
            caption={m.money.chart}
            headers={[m.money.item, m.money.amount]}
            rows={[
              [m.money.awarded, formatYuan(d.money.awarded)],
              [m.money.paid, formatYuan(d.money.paid)],
              [m.money.used, formatFenAsYuan(d.money.usedFen)],
            ]}
          />
        </Card>
        <div className="min-w-0 space-y-6">
          <Card title={m.evaluations.title} actions={<Link href={`${base}/evaluations`} className={`text-sm ${link}`}>{m.evaluations.link}</Link>}>
            <dl className="grid grid-cols-3 gap-3">
              <CountStat label={m.evaluations.overdue} value={d.evaluations.overdue} testId="evaluations-overdue" tone={d.evaluations.overdue > 0 ? "alert" : undefined} />
              <CountStat label={m.evaluations.due} value={d.evaluations.due} testId="evaluations-due" />
              <CountStat label={m.evaluations.upcoming} value={d.evaluations.upcoming} testId="evaluations-upcoming" />
            </dl>
            <p className="mt-3 text-xs text-slate-500">{m.evaluations.note}</p>
          </Card>
          <Card title={m.people.title}>
            <dl className="grid grid-cols-2 gap-3">
              <CountStat label={m.people.employed} value={d.people.employed} unit={m.people.unit} testId="people-employed" />
              <CountStat label={m.people.poverty} value={d.people.povertyAlleviated} unit={m.people.unit} testId="people-poverty" />
            </dl>
            <p className="mt-3 text-xs text-slate-500">{m.people.note}</p>
          </Card>
        </div>
      </div>
    </div>
  );
}

function MoneyStat({ label, value, raw, testId }: { label: string; value: string; raw: number; testId: string }) {
  return (
    <div className="rounded-lg border border-slate-200 p-3" data-testid={testId} data-value={raw}>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-lg font-bold tabular-nums text-slate-900">{value}</dd>
    </div>
  );
}

function CountStat({ label, value, unit, testId, tone }: { label: string; value: number; unit?: string; testId: string; tone?: "alert" }) {
  return (
    <div className={`rounded-lg border p-3 ${tone === "alert" ? "border-red-200 bg-red-50" : "border-slate-200"}`} data-testid={testId} data-value={value}>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className={`mt-1 text-2xl font-bold tabular-nums ${tone === "alert" ? "text-red-800" : "text-slate-900"}`}>
        {value}
        {unit ? <span className="ml-1 text-sm font-normal text-slate-600">{unit}</span> : null}
      </dd>
    </div>
  );
}
