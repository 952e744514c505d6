import { messages } from "@/lib/i18n/messages.zh-CN";
import { formatDateTime } from "@/lib/domain/dates";
import { isRole } from "@/lib/domain/roles";

const m = messages.reviewUi.timeline;

export type TimelineItem = {
  id: string;
  at: Date;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  fromState: string | null;
  toState: string | null;
  comment: string | null;
};

const applicationStateLabel = (s: string) => messages.applicationStatus[s] ?? messages.reviewUi.publicity.objectionStatus[s] ?? s;

/** 办理记录: every step of the application's history, oldest first, in Shanghai time. */
export function Timeline({ entries, stateLabel = applicationStateLabel }: { entries: TimelineItem[]; /** Labels of the states the entries name (an application's by default). */ stateLabel?: (state: string) => string }) {
  return (
    <section aria-labelledby="timeline-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="timeline-heading" className="text-lg font-semibold text-slate-900">
        {m.title}
      </h2>
      {entries.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{m.empty}</p>
      ) : (
        <ol className="mt-4 space-y-0">
          {entries.map((e, i) => (
            <li key={e.id} className="relative border-l-2 border-slate-200 pb-5 pl-5 last:pb-0" data-testid="timeline-entry">
              <span aria-hidden="true" className={`absolute -left-[7px] top-1.5 h-3 w-3 rounded-full ${i === entries.length - 1 ? "bg-brand-600" : "bg-slate-400"}`} />
              <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                <span className="font-semibold text-slate-900">{messages.auditActions[e.action] ?? e.action}</span>
                {e.fromState || e.toState ? (
                  <span className="text-sm text-slate-700">{m.fromTo(e.fromState ? stateLabel(e.fromState) : "—", e.toState ? stateLabel(e.toState) : "—")}</span>
                ) : null}
              </p>
              <p className="mt-0.5 text-xs text-slate-600">
                <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time>
                {" · "}
                {e.actorName ?? m.system}
                {e.actorRole && isRole(e.actorRole) ? `（${messages.roles[e.actorRole]}）` : null}
              </p>
              {e.comment ? (
                <p className="mt-1 whitespace-pre-wrap break-words rounded bg-slate-50 px-3 py-2 text-sm text-slate-800">
                  <span className="sr-only">{m.comment}：</span>
                  {e.comment}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
