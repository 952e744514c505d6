import { messages } from "@/lib/i18n/messages.zh-CN";
import { levelLabel } from "@/lib/domain/labels";
import { formatCalendarDate, shanghaiToday } from "@/lib/domain/dates";
import { formatWan, formatYuan } from "@/lib/domain/money";
import type { AwardEntry } from "@/lib/server/services/brands/get-brand";
import { AwardActionButton } from "./award-action-button";
import { AwardSharesTable, SharePayments } from "./award-shares";
import { AwardSplitForm } from "./award-split-form";
import { LevelBadge } from "./level-badge";
import type { BrandActions, BrandDetail } from "./types";

const s = messages.subsidies.section;
const ap = messages.subsidies.approve;
const m = messages.brandLife;

function AwardCard({ detail, award, actions, today }: { detail: BrandDetail; award: AwardEntry; actions: BrandActions; today: string }) {
  const isUnit = detail.leadUnits.some((u) => u.isOwn);
  const level = levelLabel(award.level);
  // Whom the split is among: the lead units holding the title at the award's level (S3).
  const leadUnits = award.leadUnits;
  const headingId = `award-${award.id}`;
  const approve = actions.approveAward && award.actions.includes("approve") ? actions.approveAward : null;
  const allocate = actions.allocateAward && award.actions.includes("allocate") ? actions.allocateAward : null;
  return (
    <li className="space-y-3 rounded border border-slate-200 p-3 sm:p-4" aria-labelledby={headingId} data-testid={`award-${award.level}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="flex items-center gap-2 font-semibold text-slate-900">
          <LevelBadge level={award.level} />
          {s.award(level)}
        </h3>
        <span className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-800" data-testid="award-status">{m.awardStatus[award.status]}</span>
      </div>
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-xs text-slate-600">{s.amount}</dt>
          <dd className="font-semibold tabular-nums" data-testid="award-amount">
            {formatYuan(award.amount)}
            <span className="block text-xs font-normal text-slate-600">{formatWan(award.amount)}</span>
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">{s.priorAwarded}</dt>
          <dd className="tabular-nums">{formatYuan(award.priorAwarded)}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">{s.awardedOn}</dt>
          <dd className="tabular-nums" data-testid="award-date">{award.awardedOn ? formatCalendarDate(award.awardedOn) : s.notYet}</dd>
        </div>
        {award.splitBasis ? (
          <div className="col-span-2 sm:col-span-1">
            <dt className="text-xs text-slate-600">{s.splitBasis}</dt>
            <dd className="whitespace-pre-line break-words">{award.splitBasis}</dd>
          </div>
        ) : null}
      </dl>
      {award.amount === 0 && award.zeroReason ? (
        <p className="rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="award-zero-reason">
          <span className="font-medium">{s.zeroReason}：</span>
          {award.zeroReason}
        </p>
      ) : null}

      {approve ? (
        <AwardActionButton
          action={approve}
          input={{ awardId: award.id }}
          label={ap.button}
          accessibleName={`${ap.button}${s.award(level)}`}
          confirmTitle={ap.confirmTitle}
          confirmBody={
            <>
              <p>{ap.confirmBody(level, formatYuan(award.amount))}</p>
              {award.amount === 0 ? <p>{ap.confirmZero}</p> : leadUnits.length === 1 ? <p>{ap.confirmSingle}</p> : null}
            </>
          }
          done="award-approve"
          testId={`approve-award-${award.level}`}
        />
      ) : null}
      {allocate ? <AwardSplitForm awardId={award.id} amount={award.amount} leadUnits={leadUnits} action={allocate} /> : null}

      {award.status === "ALLOCATED" && award.amount > 0 ? (
        award.shares.length === 0 ? (
          <p className="text-sm text-slate-600">{isUnit ? s.noOwnShare : s.noShares}</p>
        ) : (
          <div className="space-y-3">
            <h4 className="text-sm font-semibold text-slate-800">{s.shares}</h4>
            <AwardSharesTable award={award} />
            {award.shares.map((share) => (
              <SharePayments key={share.id} brandId={detail.brand.id} award={award} share={share} actions={actions} today={today} />
            ))}
          </div>
        )
      ) : null}
    </li>
  );
}

/** 奖补与拨付 (S1–S4): each award, its approval and split, its shares and their payments. A new city reads only. */
export function AwardsSection({ detail, actions }: { detail: BrandDetail; actions: BrandActions }) {
  const today = shanghaiToday();
  return (
    <section id="awards" aria-labelledby="awards-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="awards-heading" className="text-lg font-semibold text-slate-900">{s.title}</h2>
      {Object.keys(actions).length === 0 && detail.awards.length > 0 ? <p className="mt-1 text-xs text-slate-500">{s.readOnly}</p> : null}
      {detail.awards.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{s.empty}</p>
      ) : (
        <ul className="mt-3 space-y-4">
          {detail.awards.map((a) => (
            <AwardCard key={a.id} detail={detail} award={a} actions={actions} today={today} />
          ))}
        </ul>
      )}
    </section>
  );
}
