import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { isAppError } from "@/lib/domain/app-error";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { categoryLabel } from "@/lib/domain/labels";
import { formatCalendarDate } from "@/lib/domain/dates";
import { formatFenAsYuan, formatYuan } from "@/lib/domain/money";
import type { SessionUser } from "@/lib/server/session-user";
import { getBrand } from "@/lib/server/services/brands/get-brand";
import { Timeline } from "@/components/applications/timeline";
import { LevelBadge } from "@/components/brands/level-badge";
import { PushesSection } from "@/components/brands/pushes-section";
import { AwardsSection } from "@/components/brands/awards-section";
import { UsageReportsSection } from "@/components/brands/usage-reports-section";
import { RevocationsSection } from "@/components/brands/revocations-section";
import { listRevocations } from "@/lib/server/services/revocations/list-revocations";
import type { BrandActions } from "@/components/brands/types";
import { listLeadUnitEvaluations } from "@/lib/server/services/evaluations/list-lead-unit-evaluations";
import { listBrandPlaques } from "@/lib/server/services/plaques/list-plaques";
import { EvaluationsSection, PlaquesSection } from "@/components/brands/evaluations-section";

const m = messages.brandLife;
const d = m.detail;

// The state labels of each machine on the brand's trail, by the audit action's prefix.
const STATE_LABELS: Record<string, Record<string, string>> = {
  push: m.pushStatus,
  award: m.awardStatus,
  payment: m.paymentStatus,
  usageReport: m.usageReportStatus,
  evaluation: messages.evaluations.status,
  plaque: messages.evaluations.plaqueStatus,
};
const stateLabelFor = (action: string, state: string | null) => (state ? (STATE_LABELS[action.split(".")[0] ?? ""]?.[state] ?? state) : null);

function Section({ id, title, children, actions }: { id: string; title: string; children: React.ReactNode; actions?: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">{title}</h2>
        {actions}
      </div>
      <div className="mt-3">{children}</div>
    </section>
  );
}

async function load(user: SessionUser, id: string) {
  try {
    return await getBrand({ user, input: { brandId: id } });
  } catch (error) {
    // Another scope's brand is NOT_FOUND by design (its id reveals nothing).
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    if (isAppError(error) && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}

/** 品牌详情 in the portal, for the bureau (acts), a new city (reads its own) or a lead unit (its own money). */
export async function BrandDetailPage({ user, id, basePath, actions, done }: { user: SessionUser; id: string; basePath: string; actions: BrandActions; done?: string }) {
  const detail = await load(user, id);
  // 绩效评估 and 牌匾 (E1–E4), each read in the user's own scope.
  const [evaluationUnits, plaques] = await Promise.all([listLeadUnitEvaluations({ user, input: { brandId: detail.brand.id } }), listBrandPlaques({ user, input: { brandId: detail.brand.id } })]);
  const area = basePath.replace(/\/brands$/, "");
  const { brand, totals } = detail;
  const isUnit = user.role === "APPLICANT_UNIT";
  const timeline = detail.timeline.map((e) => ({ ...e, fromState: stateLabelFor(e.action, e.fromState), toState: stateLabelFor(e.action, e.toState) }));

  return (
    <div className="space-y-5">
      <nav aria-label="breadcrumb" className="text-sm">
        <Link href={basePath} className="text-brand-700 underline-offset-2 hover:underline">{m.list.title}</Link>
        <span aria-hidden="true" className="mx-1 text-slate-400">/</span>
        <span className="text-slate-700">{brand.name}</span>
      </nav>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="flex flex-wrap items-center gap-2 text-2xl font-bold text-slate-900">
            {brand.name}
            {brand.highestLevel ? <LevelBadge level={brand.highestLevel} /> : <span className="text-base font-normal text-slate-500">{m.list.revoked}</span>}
          </h1>
          <p className="mt-1 text-sm text-slate-600">
            {categoryLabel(brand.category)} · {brand.newCityName}
          </p>
        </div>
        {brand.highestLevel && !brand.hiddenFromShowcase ? (
          <Link href={`/brands/${encodeURIComponent(brand.slug)}`} className="inline-flex min-h-10 items-center rounded border border-slate-300 bg-white px-3 text-sm hover:bg-slate-50">{d.publicPage}</Link>
        ) : null}
      </header>
      {done ? (
        <p role="status" className="rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">{messages.common.saved}</p>
      ) : null}

      <Section id="money" title={d.money}>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" data-testid="money-totals">
          {[
            [isUnit ? m.money.share : m.money.awarded, formatYuan(totals.awarded), "awarded"],
            [m.money.allocated, formatYuan(totals.allocated), "allocated"],
            [m.money.paid, formatYuan(totals.paid), "paid"],
            [m.money.used, formatFenAsYuan(totals.usedFen), "used"],
            [m.money.pending, formatFenAsYuan(totals.pendingFen), "pending"],
            [m.money.remaining, formatFenAsYuan(totals.remainingFen), "remaining"],
          ].map(([label, value, key]) => (
            <div key={key} className="rounded border border-slate-100 bg-slate-50 p-3">
              <dt className="text-xs text-slate-600">{label}</dt>
              <dd className="mt-1 font-semibold tabular-nums text-slate-900" data-testid={`money-${key}`}>{value}</dd>
            </div>
          ))}
        </dl>
        {!isUnit ? (
          <p className={`mt-2 text-xs ${detail.reconciliation.length === 0 ? "text-green-800" : "font-semibold text-red-700"}`} data-testid="reconciliation">
            {detail.reconciliation.length === 0 ? m.money.reconciled : detail.reconciliation.join("；")}
          </p>
        ) : null}
      </Section>

      <div className="grid gap-5 lg:grid-cols-2">
        <Section id="levels" title={d.levels}>
          <ol className="space-y-3" data-testid="level-history">
            {detail.levels.map((l) => (
              <li key={l.id} className="rounded border border-slate-100 p-3 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <LevelBadge level={l.level} />
                  <span className="text-slate-700">{d.levelSource[l.source]}</span>
                  {l.status === "REVOKED" ? <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-700">{d.leadUnitStatus.REVOKED}</span> : null}
                </p>
                <p className="mt-1 text-slate-600">{d.recognisedOn}：{formatCalendarDate(l.recognisedOn)}</p>
                {l.certificateNo ? <p className="text-slate-600">{d.certificateNo}：{l.certificateNo}</p> : null}
                {l.issuingBody ? <p className="text-slate-600">{d.issuingBody}：{l.issuingBody}</p> : null}
                {l.documentNo ? <p className="text-slate-600">{d.documentNo}：{l.documentNo}</p> : null}
                {l.documentId ? (
                  <p><a href={`/api/brand-files/${l.documentId}`} className="text-brand-700 underline-offset-2 hover:underline">{d.document}</a></p>
                ) : null}
              </li>
            ))}
          </ol>
        </Section>
        <Section id="lead-units" title={d.leadUnits}>
          <ul className="space-y-2 text-sm">
            {detail.leadUnits.map((u) => (
              <li key={u.creditCode} className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-100 p-3">
                <span>
                  <span className="font-medium text-slate-900">{u.unitName}</span>
                  <span className="block text-xs text-slate-500">{u.creditCode}{u.hasAccount ? "" : ` · ${d.noAccount}`}</span>
                </span>
                <span className="flex items-center gap-2">
                  <LevelBadge level={u.highestLevel} />
                  <span className="text-xs text-slate-600">{d.leadUnitStatus[u.status]}</span>
                </span>
              </li>
            ))}
          </ul>
          <dl className="mt-3 grid grid-cols-2 gap-2 text-sm">
            <div><dt className="text-slate-500">{d.employed}</dt><dd className="tabular-nums">{brand.employedCount}</dd></div>
            <div><dt className="text-slate-500">{d.poverty}</dt><dd className="tabular-nums">{brand.povertyAlleviatedCount}</dd></div>
          </dl>
        </Section>
      </div>

      <PushesSection detail={detail} actions={actions} />
      <AwardsSection detail={detail} actions={actions} />
      <UsageReportsSection detail={detail} actions={actions} />
      <EvaluationsSection leadUnits={evaluationUnits} evaluationsBase={`${area}/evaluations`} scheduleBase={user.role === "BUREAU_OFFICIAL" ? "/bureau/evaluations/schedule" : undefined} />
      <PlaquesSection plaques={plaques} />
      <RevocationsSection
        brandId={brand.id}
        rows={(await listRevocations({ user, input: { brandId: brand.id } })).rows}
        canPropose={user.role === "BUREAU_OFFICIAL" && detail.leadUnits.some((u) => u.status === "ACTIVE")}
        linkToDetail={user.role === "BUREAU_OFFICIAL"}
      />

      <Timeline entries={timeline} stateLabel={(s) => s} />
    </div>
  );
}
