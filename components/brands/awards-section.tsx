import { messages } from "@/lib/i18n/messages.zh-CN";
import { levelLabel } from "@/lib/domain/labels";
import { formatYuan } from "@/lib/domain/money";
import type { BrandActions, BrandDetail } from "./types";

const m = messages.brandLife;

/** 奖补与拨付 (S1–S4): each award, its shares and their payments. */
export function AwardsSection({ detail }: { detail: BrandDetail; actions: BrandActions }) {
  return (
    <section id="awards" aria-labelledby="awards-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="awards-heading" className="text-lg font-semibold text-slate-900">奖补与拨付</h2>
      <ul className="mt-3 space-y-2 text-sm">
        {detail.awards.map((a) => (
          <li key={a.id} className="rounded border border-slate-100 p-3">
            {levelLabel(a.level)} · {formatYuan(a.amount)} · {m.awardStatus[a.status]}
          </li>
        ))}
      </ul>
    </section>
  );
}
