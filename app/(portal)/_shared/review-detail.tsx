import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { defaultEligibilitySettings, formatDate, mayRecognise, mayRejectAfterPublicity, objectionWindow, publicityPeriod, publicityPhase } from "@/lib/eligibility";
import { isAppError, type ActionResult } from "@/lib/domain/app-error";
import { transitionOf, type ApplicationAction } from "@/lib/domain/application-workflow";
import { formatDateTime, toDateTimeLocal } from "@/lib/domain/dates";
import { levelLabel } from "@/lib/domain/labels";
import type { SessionUser } from "@/lib/server/session-user";
import { getApplication, type ApplicationDetail as Detail } from "@/lib/server/services/applications/get-application";
import { Alert } from "@/components/ui/alert";
import { ApplicationDetail } from "@/components/applications/application-detail";
import { ChangesPanel } from "@/components/applications/changes-panel";
import { StatusBadge } from "@/components/applications/status-badge";
import { Timeline } from "@/components/applications/timeline";
import { VerdictPanel } from "@/components/applications/verdict-panel";
import { fieldCommentOptions } from "@/components/applications/field-labels";
import { DecisionForm, type DecisionKind } from "@/components/review/decision-form";
import { HandleObjectionForm, RecordObjectionForm } from "@/components/review/objection-forms";

const d = messages.reviewUi.detail;
const a = messages.reviewUi.actions;
const p = messages.reviewUi.publicity;
const w = messages.workflowErrors;

type Action<T = unknown> = (input: unknown) => Promise<ActionResult<T>>;
export type ReviewActions = Partial<Record<DecisionKind, Action<{ status: string }>>> & { recordObjection?: Action; handleObjection?: Action };

// Decisions in the order they are offered; the tone marks the final refusals.
const DECISIONS: { kind: DecisionKind; tone: "primary" | "danger" | "secondary"; fieldComments?: boolean }[] = [
  { kind: "recommend", tone: "primary" },
  { kind: "approveForPublicity", tone: "primary" },
  { kind: "recognise", tone: "primary" },
  { kind: "returnToUnit", tone: "secondary", fieldComments: true },
  { kind: "bureauReturnToUnit", tone: "secondary", fieldComments: true },
  { kind: "bureauReturnToNewCity", tone: "secondary" },
  { kind: "reject", tone: "danger" },
  { kind: "rejectAfterPublicity", tone: "danger" },
];

const DONE: Record<string, string> = {
  ...Object.fromEntries(DECISIONS.map((x) => [x.kind, a[x.kind].done])),
  objectionRecorded: p.record.done,
  objectionHandled: p.handle.done,
};

async function load(user: SessionUser, id: string, now: Date) {
  try {
    return await getApplication({ user, input: { applicationId: id }, now });
  } catch (error) {
    // Another scope's application is NOT_FOUND by design (its id reveals nothing).
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    if (isAppError(error) && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}

/** Why a publicity decision cannot be taken yet: the verdict the service refuses on. */
function publicityBlock(kind: DecisionKind, notice: Detail["application"]["publicityNotice"], now: Date): string | null {
  const check = kind === "recognise" ? mayRecognise : kind === "rejectAfterPublicity" ? mayRejectAfterPublicity : null;
  if (!check) return null;
  const verdict = check({ notice, objections: notice?.objections ?? [], now });
  return verdict.ok ? null : w[verdict.reason];
}

/** 审核详情 of one application for a reviewer (new city or bureau), with the decisions open to them now. */
export async function ReviewDetail({ user, id, basePath, done, actions }: { user: SessionUser; id: string; basePath: string; done?: string; actions: ReviewActions }) {
  const now = new Date();
  const detail = await load(user, id, now);
  const { application: app, verdict } = detail;
  const offered = DECISIONS.filter((x) => detail.actions.includes(x.kind as ApplicationAction) && actions[x.kind]);
  const fieldOptions = fieldCommentOptions({
    leadUnitCount: app.leadUnits.length,
    verdictPaths: [...verdict.failures, ...verdict.warnings].map((f) => f.field).filter((f): f is string => !!f),
  });
  const publicityDays = defaultEligibilitySettings.publicityDays;
  // The period an approval now would open, for the confirmation dialog.
  const publicityEnd = formatDate(publicityPeriod({ approvedAt: now }).lastDay);
  const notice = app.publicityNotice;
  const running = notice ? publicityPhase({ notice, now }) !== "ended" : false;
  const recognisedAt = detail.timeline.findLast((e) => e.action === "application.recognise")?.at;

  return (
    <div className="space-y-6">
      <div>
        <Link href={basePath} className="text-sm text-brand-700 underline-offset-2 hover:underline">
          ← {d.back}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold break-all text-slate-900">{app.brandName || messages.reviewUi.queue.untitled}</h1>
          <span data-testid="application-status">
            <StatusBadge status={app.status} className="text-sm" />
          </span>
        </div>
        <p className="mt-1 text-sm text-slate-600">{d.applicant(app.unit.name, detail.newCityName)}</p>
        {offered.length > 0 ? (
          <a href="#review-actions" className="mt-2 inline-block text-sm text-brand-700 underline">
            {d.skipToActions}
          </a>
        ) : null}
      </div>

      {done && DONE[done] ? <Alert tone="success">{DONE[done]}</Alert> : null}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0 space-y-6">
          <VerdictPanel verdict={verdict} />
          <ChangesPanel changes={detail.changes} comparedVersions={detail.comparedVersions} />
          {notice ? (
            <section aria-labelledby="publicity-heading" className="rounded-lg border border-blue-200 bg-white p-4 shadow-sm sm:p-6">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h2 id="publicity-heading" className="text-lg font-semibold text-slate-900">
                  {p.title}
                </h2>
                <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${running ? "bg-blue-100 text-blue-900" : "bg-slate-100 text-slate-700"}`}>
                  {running ? p.running : p.ended}
                </span>
              </div>
              <dl className="mt-3 space-y-2 text-sm">
                <div>
                  <dt className="text-xs text-slate-500">{p.noticeTitle}</dt>
                  <dd className="font-medium text-slate-900">{notice.title}</dd>
                </div>
                <div>
                  <dt className="text-xs text-slate-500">{p.period}</dt>
                  <dd className="text-slate-900" data-testid="publicity-period">
                    {p.periodValue(formatDateTime(notice.startsAt), formatDateTime(notice.endsAt))}
                  </dd>
                </div>
                <div>
                  <dt className="text-xs text-slate-500">{p.body}</dt>
                  <dd className="whitespace-pre-wrap text-slate-800">{notice.body}</dd>
                </div>
              </dl>
              <h3 className="mt-4 font-semibold text-slate-900">{p.objections}</h3>
              {notice.objections.length === 0 ? (
                <p className="mt-1 text-sm text-slate-600">{p.noObjections}</p>
              ) : (
                <ol className="mt-2 space-y-3">
                  {[...notice.objections]
                    .sort((x, y) => x.receivedAt.getTime() - y.receivedAt.getTime())
                    .map((o, i) => (
                      <li key={o.id} className="rounded border border-slate-200 p-3 text-sm" data-testid="objection">
                        <div className="flex flex-wrap items-center justify-between gap-2">
                          <span className="font-medium text-slate-900">
                            {i + 1}. {o.objector}
                          </span>
                          <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${o.status === "PENDING" ? "bg-amber-100 text-amber-900" : o.status === "UPHELD" ? "bg-red-100 text-red-900" : "bg-green-100 text-green-900"}`}>
                            {p.objectionStatus[o.status] ?? o.status}
                          </span>
                        </div>
                        <dl className="mt-1 grid gap-1 text-slate-700">
                          <div>
                            <dt className="inline text-slate-500">{p.receivedAt}：</dt>
                            <dd className="inline">{formatDateTime(o.receivedAt)}</dd>
                          </div>
                          {o.contact ? (
                            <div>
                              <dt className="inline text-slate-500">{p.contact}：</dt>
                              <dd className="inline break-all">{o.contact}</dd>
                            </div>
                          ) : null}
                          <div>
                            <dt className="text-slate-500">{p.content}</dt>
                            <dd className="whitespace-pre-wrap break-words text-slate-900">{o.content}</dd>
                          </div>
                          {o.handling ? (
                            <div>
                              <dt className="text-slate-500">
                                {p.handling}
                                {o.handledAt ? `（${p.handledAt} ${formatDateTime(o.handledAt)}）` : ""}
                              </dt>
                              <dd className="whitespace-pre-wrap break-words text-slate-900">{o.handling}</dd>
                            </div>
                          ) : null}
                        </dl>
                        {o.status === "PENDING" && app.status === "IN_PUBLICITY" && actions.handleObjection ? (
                          <HandleObjectionForm objectionId={o.id} action={actions.handleObjection} label={`${p.handle.title}：${o.objector}`} />
                        ) : null}
                      </li>
                    ))}
                </ol>
              )}
              {app.status === "IN_PUBLICITY" && running && actions.recordObjection ? (
                <div className="mt-4">
                  <RecordObjectionForm
                    applicationId={app.id}
                    action={actions.recordObjection}
                    defaultReceivedAt={toDateTimeLocal(now)}
                    minReceivedAt={toDateTimeLocal(objectionWindow({ notice }).from)}
                    maxReceivedAt={toDateTimeLocal(now)}
                  />
                </div>
              ) : null}
            </section>
          ) : null}
          <ApplicationDetail application={app} batch={detail.batch} newCityName={detail.newCityName} comments={detail.comments} />
        </div>

        <div className="min-w-0 space-y-6">
          {app.status === "RECOGNISED" ? (
            <Panel id="recognition-heading" title={messages.reviewUi.recognition.title}>
              <p className="text-sm font-medium text-green-900">{messages.reviewUi.recognition.recognised}</p>
              <dl className="mt-2 space-y-1 text-sm">
                <div>
                  <dt className="inline text-slate-500">{messages.reviewUi.recognition.level}：</dt>
                  <dd className="inline">{levelLabel(detail.recognition?.level ?? "DISTRICT")}</dd>
                </div>
                {detail.recognition ? (
                  <div>
                    <dt className="inline text-slate-500">{messages.reviewUi.recognition.certificateNo}：</dt>
                    <dd className="inline" data-testid="certificate-no">{detail.recognition.certificateNo}</dd>
                  </div>
                ) : null}
                {recognisedAt ? (
                  <div>
                    <dt className="inline text-slate-500">{messages.reviewUi.recognition.recognisedAt}：</dt>
                    <dd className="inline">{formatDateTime(recognisedAt)}</dd>
                  </div>
                ) : null}
              </dl>
            </Panel>
          ) : null}
          {app.recommendationOpinion ? (
            <Panel id="opinion-heading" title={d.recommendationOpinion}>
              <p className="whitespace-pre-wrap break-words text-sm text-slate-800" data-testid="recommendation-opinion">
                {app.recommendationOpinion}
              </p>
            </Panel>
          ) : null}
          {app.status === "REJECTED" && app.decisionReason ? (
            <Panel id="reason-heading" title={d.decisionReason}>
              <p className="whitespace-pre-wrap break-words text-sm text-slate-800">{app.decisionReason}</p>
            </Panel>
          ) : null}
          <section id="review-actions" aria-labelledby="review-actions-heading" tabIndex={-1} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
            <h2 id="review-actions-heading" className="text-lg font-semibold text-slate-900">
              {a.title}
            </h2>
            {offered.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">{a.none}</p>
            ) : (
              <div className="mt-3 space-y-4">
                {offered.map((x) => (
                  <DecisionForm
                    key={x.kind}
                    applicationId={app.id}
                    kind={x.kind}
                    action={actions[x.kind] as Action<{ status: string }>}
                    commentRequired={transitionOf(x.kind).commentRequired}
                    fieldOptions={x.fieldComments ? fieldOptions : undefined}
                    tone={x.tone}
                    disabledReason={publicityBlock(x.kind, notice, now)}
                    confirmDetails={x.kind === "approveForPublicity" ? <p className="font-medium text-slate-900">{a.approveForPublicity.period(publicityDays, formatDateTime(now), publicityEnd)}</p> : undefined}
                  />
                ))}
              </div>
            )}
          </section>
          <Timeline entries={detail.timeline} />
        </div>
      </div>
    </div>
  );
}

function Panel({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id={id} className="mb-3 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}
