import { messages } from "@/lib/i18n/messages.zh-CN";
import { levelLabel } from "@/lib/domain/labels";
import { formatCalendarDate } from "@/lib/domain/dates";
import type { BrandActions, BrandDetail } from "./types";
import { PushForm } from "./push-form";
import { PushOutcomeForm } from "./push-outcome-form";

const m = messages.brandLife;
const s = messages.pushes.section;

const STATUS_TONE: Record<string, string> = {
  PUSHED: "bg-amber-100 text-amber-900",
  RECOGNISED: "bg-green-100 text-green-900",
  NOT_RECOGNISED: "bg-slate-200 text-slate-800",
};

/**
 * 推送记录 (F4): each push one level up with its opinion and outcome (the issuing body, number and
 * document of a recognised one come from the level it brought). The bureau pushes from here when
 * the brand may be pushed, records the outcome of the open push, and opens its recommendation form
 * and package; a new city and a unit read.
 */
export function PushesSection({ detail, actions }: { detail: BrandDetail; actions: BrandActions }) {
  const { brand } = detail;
  // A level gained by a push is the brand's only recognition at that level (unique brand × level).
  const outcomeLevel = new Map(detail.levels.filter((l) => l.source === "PUSH_OUTCOME").map((l) => [l.level, l]));
  const mayPush = detail.can.push && detail.can.pushTarget && actions.pushBrands;

  return (
    <section id="pushes" aria-labelledby="pushes-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="pushes-heading" className="text-lg font-semibold text-slate-900">{s.title}</h2>
      {detail.pushes.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600" data-testid="pushes-empty">{s.empty}</p>
      ) : (
        <ol className="mt-3 space-y-3 text-sm" data-testid="push-history">
          {detail.pushes.map((p) => {
            const gained = p.status === "RECOGNISED" ? outcomeLevel.get(p.toLevel) : undefined;
            const open = p.status === "PUSHED";
            return (
              <li key={p.id} className="rounded border border-slate-100 p-3" data-testid="push-entry" aria-label={`${s.levels(levelLabel(p.fromLevel), levelLabel(p.toLevel))} ${m.pushStatus[p.status]}`}>
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-slate-900">{s.levels(levelLabel(p.fromLevel), levelLabel(p.toLevel))}</span>
                  <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${STATUS_TONE[p.status] ?? ""}`} data-testid="push-status">{m.pushStatus[p.status]}</span>
                </p>
                <dl className="mt-2 grid gap-x-4 gap-y-1 text-slate-700 sm:grid-cols-[auto_1fr]">
                  <dt className="text-slate-500">{s.pushedOn}</dt>
                  <dd>{formatCalendarDate(p.pushedOn)}</dd>
                  <dt className="text-slate-500">{s.opinion}</dt>
                  <dd className="whitespace-pre-line break-words">{p.opinion}</dd>
                  {p.outcomeOn ? (
                    <>
                      <dt className="text-slate-500">{s.outcomeOn}</dt>
                      <dd data-testid="push-outcome-on">{formatCalendarDate(p.outcomeOn)}</dd>
                    </>
                  ) : null}
                  {gained?.issuingBody ? (
                    <>
                      <dt className="text-slate-500">{s.issuingBody}</dt>
                      <dd>{gained.issuingBody}</dd>
                    </>
                  ) : null}
                  {gained?.documentNo ? (
                    <>
                      <dt className="text-slate-500">{s.documentNo}</dt>
                      <dd>{gained.documentNo}</dd>
                    </>
                  ) : null}
                  {gained?.documentId ? (
                    <>
                      <dt className="text-slate-500">{s.document}</dt>
                      <dd>
                        <a href={`/api/brand-files/${encodeURIComponent(gained.documentId)}`} className="text-brand-700 underline-offset-2 hover:underline">{s.document}</a>
                      </dd>
                    </>
                  ) : null}
                  {p.outcomeNote ? (
                    <>
                      <dt className="text-slate-500">{s.note}</dt>
                      <dd className="whitespace-pre-line break-words">{p.outcomeNote}</dd>
                    </>
                  ) : null}
                </dl>
                {open && detail.can.package ? (
                  <p className="mt-2 flex flex-wrap gap-3">
                    <a href={`/bureau/brands/${encodeURIComponent(brand.id)}/pushes/${encodeURIComponent(p.id)}/print`} className="inline-flex min-h-10 items-center rounded border border-slate-300 px-3 text-brand-700 hover:bg-slate-50" data-testid="push-print-link">
                      {s.print}
                    </a>
                    <a href={`/api/pushes/${encodeURIComponent(p.id)}/package`} className="inline-flex min-h-10 items-center rounded border border-slate-300 px-3 text-brand-700 hover:bg-slate-50" data-testid="push-zip-link" download>
                      {s.zip}
                    </a>
                  </p>
                ) : null}
                {open && actions.recordPushOutcome && p.actions.length > 0 ? (
                  <PushOutcomeForm brandId={brand.id} brandName={brand.name} push={{ id: p.id, toLevelLabel: levelLabel(p.toLevel), pushedOn: formatCalendarDate(p.pushedOn) }} action={actions.recordPushOutcome} />
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      {mayPush && detail.can.pushTarget ? (
        <PushForm brandId={brand.id} brandName={brand.name} targetLabel={levelLabel(detail.can.pushTarget)} action={actions.pushBrands as NonNullable<BrandActions["pushBrands"]>} />
      ) : null}
      {!actions.pushBrands && !actions.recordPushOutcome ? <p className="mt-3 text-xs text-slate-500">{s.readOnly}</p> : null}
    </section>
  );
}
