import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/domain/app-error";
import { levelLabel } from "@/lib/domain/labels";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { requireArea } from "@/lib/server/auth/session";
import { getScheduleTarget } from "@/lib/server/services/evaluations/get-schedule-target";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { ScheduleEvaluationForm } from "@/components/evaluations/schedule-evaluation-form";
import { scheduleEvaluationAction } from "../../actions";

const m = messages.evaluations;
export const metadata: Metadata = { title: m.ui.scheduleTitle };

// 安排绩效评估 (E2) of one lead unit's recognition, reached from the queue or the brand page.
export default async function ScheduleEvaluationPage({ params }: { params: Promise<{ leadUnitId: string }> }) {
  const { leadUnitId } = await params;
  const user = await requireArea("bureau", `/bureau/evaluations/schedule/${encodeURIComponent(leadUnitId)}`);
  const target = await getScheduleTarget({ user, input: { leadUnitRecognitionId: leadUnitId } }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <div className="space-y-5">
      <nav aria-label="breadcrumb" className="text-sm">
        <Link href="/bureau/evaluations" className="text-brand-700 underline-offset-2 hover:underline">{m.title}</Link>
        <span aria-hidden="true" className="mx-1 text-slate-400">/</span>
        <span className="text-slate-700">{m.ui.scheduleTitle}</span>
      </nav>
      <h1 className="text-2xl font-bold text-slate-900">{m.ui.scheduleTitle}</h1>
      <Card title={m.ui.scheduleFor(target.unitName, target.brandName)}>
        <dl className="mb-4 grid gap-1 text-sm sm:grid-cols-2">
          <div><dt className="inline text-slate-500">{m.columns.level}：</dt><dd className="inline">{levelLabel(target.level)}</dd></div>
          <div><dt className="inline text-slate-500">{m.columns.recognisedOn}：</dt><dd className="inline">{target.recognisedOn}</dd></div>
          <div><dt className="inline text-slate-500">{m.columns.standing}：</dt><dd className="inline">{m.standing[target.standing] ?? target.standing}</dd></div>
          {target.cycle ? (
            <div><dt className="inline text-slate-500">{m.columns.cycle}：</dt><dd className="inline">{m.ui.cycleLabel(target.cycle.index, target.cycle.start, target.cycle.dueDate)}</dd></div>
          ) : null}
        </dl>
        {target.status !== "ACTIVE" ? (
          <Alert tone="error">{m.errors.recognitionRevoked}</Alert>
        ) : target.scheduledId ? (
          <Alert tone="info">
            <Link href={`/bureau/evaluations/${encodeURIComponent(target.scheduledId)}`} className="underline">{m.tabs.scheduled}：{m.ui.detail}</Link>
          </Alert>
        ) : !target.cycle ? (
          <Alert tone="info">{m.errors.cycleNotStarted}</Alert>
        ) : (
          <ScheduleEvaluationForm leadUnitRecognitionId={target.id} cycleIndex={target.cycle.index} action={scheduleEvaluationAction} detailBase="/bureau/evaluations" />
        )}
      </Card>
    </div>
  );
}
