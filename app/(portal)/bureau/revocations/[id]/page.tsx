import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/domain/app-error";
import { levelLabel } from "@/lib/domain/labels";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { requireArea } from "@/lib/server/auth/session";
import { getRevocation } from "@/lib/server/services/revocations/get-revocation";
import { RevocationDecision } from "@/components/revocations/revocation-decision";
import { confirmRevocationAction, withdrawRevocationAction } from "../actions";

const r = messages.revocations;
const d = r.detail;
export const metadata: Metadata = { title: d.title };

const DONE: Record<string, string> = { proposed: r.form.submitted, confirmed: r.actions.confirmed, withdrawn: r.actions.withdrawn };

/** 撤销详情 (M1–M3): facts, evidence, who proposed, the effect, and the second official's decision. */
export default async function BureauRevocationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const user = await requireArea("bureau", `/bureau/revocations/${encodeURIComponent(id)}`);
  const { done } = await searchParams;
  const detail = await getRevocation({ user, input: { revocationId: id } }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const effect = detail.effect;
  const effectLines = effect
    ? [
        ...effect.titles.map((t) => `${d.titles}：${t.unitName}（${levelLabel(t.level)}）`),
        ...(effect.levels.length > 0 ? [`${d.levels}：${effect.levels.map(levelLabel).join("、")}`] : []),
        ...(effect.ban ? [d.ban(effect.ban.revokedOn, effect.ban.banLastDay, effect.ban.mayApplyFrom)] : []),
        ...(effect.leavesShowcase ? [d.leavesShowcase] : []),
      ]
    : [];
  const row = (label: string, value: React.ReactNode, testId?: string) => (
    <div className="grid gap-1 sm:grid-cols-[10rem_1fr]">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-slate-900" data-testid={testId}>{value}</dd>
    </div>
  );

  return (
    <div className="space-y-5">
      <nav aria-label="breadcrumb" className="text-sm">
        <Link href="/bureau/revocations" className="text-brand-700 underline-offset-2 hover:underline">{r.title}</Link>
        <span aria-hidden="true" className="mx-1 text-slate-400">/</span>
        <span className="text-slate-700">{detail.brand.name}</span>
      </nav>
      <header>
        <h1 className="flex flex-wrap items-center gap-2 text-2xl font-bold text-slate-900">
          {d.title}
          <span className="rounded bg-slate-100 px-2 py-0.5 text-base font-medium text-slate-800" data-testid="revocation-status">{r.status[detail.status]}</span>
          {detail.severe ? <span className="rounded bg-red-100 px-2 py-0.5 text-base font-medium text-red-800">{d.severe}</span> : null}
        </h1>
      </header>
      {typeof done === "string" && DONE[done] ? <p role="status" className="rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">{DONE[done]}</p> : null}

      <section aria-labelledby="rev-facts" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h2 id="rev-facts" className="sr-only">{d.facts}</h2>
        <dl className="space-y-2 text-sm">
          {row(d.brand, <Link href={`/bureau/brands/${detail.brand.id}`} className="text-brand-700 underline-offset-2 hover:underline">{detail.brand.name}</Link>)}
          {row(d.unit, <>{detail.unitName}<span className="block text-xs text-slate-500">{detail.creditCode}</span></>)}
          {row(d.reason, detail.reasonLabel)}
          {row(d.severe, detail.severe ? r.list.yes : r.list.no)}
          {row(d.facts, <span className="whitespace-pre-wrap">{detail.facts}</span>)}
          {row(
            d.evidence,
            detail.evidence.length === 0 ? d.noEvidence : (
              <ul className="space-y-1">
                {detail.evidence.map((f) => <li key={f.id}><a href={`/api/brand-files/${f.id}`} className="text-brand-700 underline-offset-2 hover:underline">{f.fileName}</a></li>)}
              </ul>
            ),
          )}
          {row(d.proposer, `${detail.proposerName}（${detail.proposedAt}）`, "revocation-proposer")}
          {detail.deciderName ? row(d.decider, `${detail.deciderName}（${detail.decidedAt}）`, "revocation-decider") : null}
          {detail.revokedOn ? row(d.revokedOn, detail.revokedOn) : null}
          {detail.withdrawNote ? row(d.withdrawNote, detail.withdrawNote) : null}
        </dl>
      </section>

      {effect ? (
        <section aria-labelledby="rev-effect" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6" data-testid="revocation-effect">
          <h2 id="rev-effect" className="text-lg font-semibold text-slate-900">{d.effectTitle}</h2>
          <p className="mt-1 text-sm text-slate-600">{detail.status === "PROPOSED" ? d.effectPending : d.effectDone}</p>
          <dl className="mt-3 space-y-2 text-sm">
            {row(d.titles, <ul>{effect.titles.map((t) => <li key={t.id}>{t.unitName}（{levelLabel(t.level)}）</li>)}</ul>)}
            {row(d.levels, effect.levels.length > 0 ? effect.levels.map(levelLabel).join("、") : d.noLevels)}
            {row(d.plaques, effect.plaques.length > 0 ? <ul>{effect.plaques.map((p) => <li key={p.plaqueNo}>{p.plaqueNo}</li>)}</ul> : d.noPlaques)}
            {effect.ban ? row(messages.revocations.list.columns.banEnds, d.ban(effect.ban.revokedOn, effect.ban.banLastDay, effect.ban.mayApplyFrom), "revocation-ban") : null}
          </dl>
          {effect.leavesShowcase ? <p className="mt-3 text-sm font-semibold text-red-800">{d.leavesShowcase}</p> : null}
        </section>
      ) : null}

      {detail.canAct ? (
        <RevocationDecision revocationId={detail.id} isProposer={detail.isProposer} confirmAction={confirmRevocationAction} withdrawAction={withdrawRevocationAction} effectSummary={effectLines} />
      ) : null}
    </div>
  );
}
