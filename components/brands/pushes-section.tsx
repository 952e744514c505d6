import { messages } from "@/lib/i18n/messages.zh-CN";
import { levelLabel } from "@/lib/domain/labels";
import { formatCalendarDate } from "@/lib/domain/dates";
import type { BrandActions, BrandDetail } from "./types";

const m = messages.brandLife;

/** 推送记录 (F4): each push one level up, its opinion and its outcome. */
export function PushesSection({ detail }: { detail: BrandDetail; actions: BrandActions }) {
  return (
    <section id="pushes" aria-labelledby="pushes-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="pushes-heading" className="text-lg font-semibold text-slate-900">推送记录</h2>
      {detail.pushes.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">暂无推送记录。</p>
      ) : (
        <ul className="mt-3 space-y-2 text-sm">
          {detail.pushes.map((p) => (
            <li key={p.id} className="rounded border border-slate-100 p-3">
              {levelLabel(p.fromLevel)} → {levelLabel(p.toLevel)} · {m.pushStatus[p.status]} · {formatCalendarDate(p.pushedOn)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
