import Link from "next/link";
import { levelLabel } from "@/lib/domain/labels";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { LeadUnitEvaluations } from "@/lib/server/services/evaluations/list-lead-unit-evaluations";
import type { PlaqueRow } from "@/lib/server/services/plaques/list-plaques";
import { EmptyState } from "@/components/ui/card";

const m = messages.evaluations;

/**
 * The brand page's 绩效评估 (E1–E4): each lead unit's recognition with its cycle to come, its
 * standing and its evaluations; the bureau gets 安排评估 where one may be scheduled.
 */
export function EvaluationsSection({ leadUnits, evaluationsBase, scheduleBase }: { leadUnits: LeadUnitEvaluations[]; evaluationsBase: string; scheduleBase?: string }) {
  return (
    <section id="evaluations" aria-labelledby="evaluations-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="evaluations-heading" className="text-lg font-semibold text-slate-900">{m.ui.evaluationsSection}</h2>
      {leadUnits.length === 0 ? (
        <div className="mt-3"><EmptyState>{m.ui.empty}</EmptyState></div>
      ) : (
        <ul className="mt-3 space-y-3" data-testid="lead-unit-evaluations">
          {leadUnits.map((lu) => (
            <li key={lu.id} className="rounded border border-slate-100 p-3 text-sm">
              <p className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-medium text-slate-900">{lu.unitName} · {levelLabel(lu.level)}</span>
                <span className={lu.status === "REVOKED" ? "font-semibold text-red-700" : "text-slate-700"}>
                  {lu.status === "REVOKED" ? m.ui.revokedOn(lu.revokedOn ?? "") : (m.standing[lu.standing] ?? lu.standing)}
                </span>
              </p>
              <p className="mt-1 text-slate-600">
                {m.columns.recognisedOn}：{lu.recognisedOn}
                {lu.status === "ACTIVE" && lu.cycle ? ` · ${m.ui.nextCycle}：${m.ui.cycleLabel(lu.cycle.index, lu.cycle.start, lu.cycle.dueDate)}，${m.columns.window} ${m.ui.windowLabel(lu.cycle.windowStart, lu.cycle.dueDate)}` : ""}
              </p>
              {lu.evaluations.length > 0 ? (
                <ul className="mt-2 space-y-1">
                  {lu.evaluations.map((ev) => (
                    <li key={ev.id}>
                      <Link href={`${evaluationsBase}/${encodeURIComponent(ev.id)}`} className="text-brand-700 underline">
                        {m.columns.cycle} {ev.cycleIndex} · {m.method[ev.method]} · {ev.scheduledOn} · {m.status[ev.status]}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : null}
              {scheduleBase && lu.maySchedule ? (
                <Link href={`${scheduleBase}/${encodeURIComponent(lu.id)}`} className="mt-2 inline-flex min-h-10 items-center rounded border border-slate-300 bg-white px-3 font-semibold hover:bg-slate-50">
                  {m.ui.schedule}
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The brand page's 牌匾: every plaque issued with its levels, and where reclaiming stands. */
export function PlaquesSection({ plaques }: { plaques: PlaqueRow[] }) {
  const c = m.columns;
  return (
    <section id="plaques" aria-labelledby="plaques-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="plaques-heading" className="text-lg font-semibold text-slate-900">{m.ui.plaquesSection}</h2>
      {plaques.length === 0 ? (
        <div className="mt-3"><EmptyState>{m.ui.empty}</EmptyState></div>
      ) : (
        <div className="mt-3 overflow-x-auto rounded border border-slate-200">
          <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="plaques">
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                {[c.plaqueNo, c.plaqueKind, c.level, c.unit, c.plaqueStatus, c.issuedOn, c.reclaimReason, c.reclaimedOn].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">{h}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 bg-white">
              {plaques.map((p) => (
                <tr key={p.id}>
                  <td className="px-3 py-2 whitespace-nowrap">{p.plaqueNo}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{m.plaqueKind[p.kind]}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{levelLabel(p.level)}</td>
                  <td className="px-3 py-2">{p.unitName ?? "—"}</td>
                  <td className={`px-3 py-2 whitespace-nowrap ${p.status === "TO_RECLAIM" ? "font-semibold text-amber-800" : ""}`}>{m.plaqueStatus[p.status]}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{p.issuedOn}</td>
                  <td className="px-3 py-2">{p.reclaimReason ?? "—"}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{p.reclaimedOn ?? "—"}{p.reclaimNote ? `（${p.reclaimNote}）` : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
