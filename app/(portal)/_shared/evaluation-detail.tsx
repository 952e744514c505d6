import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { isAppError, type ActionResult } from "@/lib/domain/app-error";
import { categoryLabel, levelLabel, newCityLabel } from "@/lib/domain/labels";
import { EVALUATION_CRITERIA } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { SessionUser } from "@/lib/server/session-user";
import { getEvaluation } from "@/lib/server/services/evaluations/get-evaluation";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { RecordEvaluationForm } from "@/components/evaluations/record-evaluation-form";
import { CancelEvaluationForm } from "@/components/evaluations/confirm-note-form";
import { SelfAssessmentUpload } from "@/components/evaluations/self-assessment-upload";

const m = messages.evaluations;
type Action = (input: unknown) => Promise<ActionResult<unknown>>;

async function load(user: SessionUser, id: string) {
  try {
    return await getEvaluation({ user, input: { evaluationId: id } });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    if (isAppError(error) && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[7rem_1fr] gap-2 py-1 text-sm">
      <dt className="text-slate-500">{label}</dt>
      <dd className="break-words text-slate-900">{children}</dd>
    </div>
  );
}

/** 评估详情 for every area: the bureau records or cancels, the evaluated unit uploads its self-assessment, a new city reads. */
export async function EvaluationDetailPage({ user, id, basePath, actions = {} }: { user: SessionUser; id: string; basePath: string; actions?: { record?: Action; cancel?: Action } }) {
  const ev = await load(user, id);
  const c = m.columns;
  const statusTone = ev.status === "FAILED" ? "text-red-700" : ev.status === "PASSED" ? "text-green-800" : "text-slate-800";
  return (
    <div className="space-y-5">
      <nav aria-label="breadcrumb" className="text-sm">
        <Link href={basePath} className="text-brand-700 underline-offset-2 hover:underline">{m.title}</Link>
        <span aria-hidden="true" className="mx-1 text-slate-400">/</span>
        <span className="text-slate-700">{m.ui.detailTitle}</span>
      </nav>
      <header>
        <h1 className="text-2xl font-bold text-slate-900">{ev.brand.name} · {ev.leadUnit.unitName}</h1>
        <p className={`mt-1 text-sm font-semibold ${statusTone}`} data-testid="evaluation-status">{m.status[ev.status]}</p>
      </header>
      {ev.leadUnit.status === "REVOKED" ? (
        <Alert tone="warning" title={m.ui.leadUnitStatus}>{m.ui.revokedOn(ev.leadUnit.revokedOn ?? "")}</Alert>
      ) : null}
      <div className="grid gap-5 lg:grid-cols-2">
        <Card title={m.ui.detailTitle}>
          <dl>
            <Row label={c.brand}>{ev.brand.name}（{categoryLabel(ev.brand.category)} · {newCityLabel(ev.brand.newCityId)}）</Row>
            <Row label={c.unit}>{ev.leadUnit.unitName}（{ev.leadUnit.creditCode}）</Row>
            <Row label={c.level}>{levelLabel(ev.leadUnit.level)}</Row>
            <Row label={c.recognisedOn}>{ev.leadUnit.recognisedOn}</Row>
            <Row label={c.cycle}>{ev.cycle ? m.ui.cycleLabel(ev.cycle.index, ev.cycle.start, ev.cycle.dueDate) : ev.cycleIndex}</Row>
            <Row label={c.window}>{ev.cycle ? m.ui.windowLabel(ev.cycle.windowStart, ev.cycle.dueDate) : "—"}</Row>
            <Row label={c.method}>{m.method[ev.method]}</Row>
            <Row label={c.scheduledOn}>{ev.scheduledOn}</Row>
            <Row label={c.evaluators}>{ev.evaluators}</Row>
            <Row label={m.ui.leadUnitStatus}>{ev.leadUnit.status === "ACTIVE" ? m.ui.active : m.ui.revoked}</Row>
          </dl>
        </Card>
        <Card title={m.ui.selfAssessment}>
          {ev.selfAssessments.length === 0 ? (
            <p className="text-sm text-slate-600">{m.ui.noFiles}</p>
          ) : (
            <ul className="space-y-1 text-sm" data-testid="self-assessment-files">
              {ev.selfAssessments.map((f) => (
                <li key={f.id}><a href={`/api/brand-files/${encodeURIComponent(f.id)}`} className="text-brand-700 underline">{f.fileName}</a></li>
              ))}
            </ul>
          )}
          {ev.may.uploadSelfAssessment ? <div className="mt-3"><SelfAssessmentUpload brandId={ev.brand.id} evaluationId={ev.id} /></div> : null}
        </Card>
      </div>

      {ev.status === "PASSED" || ev.status === "FAILED" ? (
        <Card title={m.ui.result}>
          <dl data-testid="evaluation-result">
            {EVALUATION_CRITERIA.map((k) => {
              const r = ev.criteria[k];
              return <Row key={k} label={m.criteria[k] ?? k}>{r.pass === null ? m.ui.notRecorded : r.pass ? m.ui.pass : m.ui.fail}{r.note ? `：${r.note}` : ""}</Row>;
            })}
            <Row label={c.evaluatedOn}>{ev.evaluatedOn}</Row>
            <Row label={c.conclusion}>{ev.conclusion ?? "—"}</Row>
            <Row label={m.ui.report}>
              {ev.reports.length === 0 ? "—" : ev.reports.map((f) => <a key={f.id} href={`/api/brand-files/${encodeURIComponent(f.id)}`} className="mr-2 text-brand-700 underline">{f.fileName}</a>)}
            </Row>
          </dl>
        </Card>
      ) : null}
      {ev.status === "CANCELLED" ? <Alert tone="info" title={m.status.CANCELLED}>{ev.cancelNote}</Alert> : null}

      {ev.may.record && actions.record ? (
        <Card title={m.ui.recordTitle}>
          <RecordEvaluationForm evaluationId={ev.id} brandId={ev.brand.id} unitName={ev.leadUnit.unitName} reports={ev.pendingReports} action={actions.record} />
        </Card>
      ) : null}
      {ev.may.cancel && actions.cancel ? (
        <Card title={m.ui.cancel}>
          <CancelEvaluationForm evaluationId={ev.id} action={actions.cancel} />
        </Card>
      ) : null}
    </div>
  );
}
