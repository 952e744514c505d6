import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/server/auth/session";
import { EDITABLE_STATUSES } from "@/lib/domain/application-workflow";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { ApplicationDetail } from "@/components/applications/application-detail";
import { StatusBadge } from "@/components/applications/status-badge";
import { Timeline } from "@/components/applications/timeline";
import { VerdictList } from "@/components/application-form/verdict-list";
import { WithdrawButton } from "@/components/application-form/withdraw-button";
import { withdrawApplicationAction } from "../actions";
import { loadApplication, returnReasonOf } from "../load";

const m = messages.applicationFormUi.view;
const w = messages.applicationFormUi.wizard;

export const metadata: Metadata = { title: m.title };

// /unit/applications/:id — the unit's own application, read-only, with what it may do now.
export default async function UnitApplicationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const sp = await searchParams;
  const user = await requireArea("unit", `/unit/applications/${encodeURIComponent(id)}`);
  const detail = await loadApplication(user, id);
  const app = detail.application;
  const editable = (EDITABLE_STATUSES as readonly string[]).includes(app.status);
  const editHref = `/unit/applications/${encodeURIComponent(app.id)}/edit`;
  const canWithdraw = detail.actions.includes("withdraw");
  const returnReason = app.status === "RETURNED_TO_UNIT" ? returnReasonOf(detail.timeline) : null;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm text-slate-600">{m.title}</p>
          <h1 className="break-all text-2xl font-bold text-slate-900">{app.brandName || messages.applicationFormUi.list.unnamed}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {m.batch}：{detail.batch?.title ?? "—"}
          </p>
        </div>
        <div className="flex items-center gap-2 text-sm">
          <span className="text-slate-600">{w.status}</span>
          <StatusBadge status={app.status} />
        </div>
      </div>

      {sp.submitted === "1" && app.status === "SUBMITTED" ? <Alert tone="success">{messages.applicationFormUi.submit.submitted}</Alert> : null}
      {app.status === "WITHDRAWN" ? <Alert tone="info">{m.withdrawn}</Alert> : null}
      {app.status === "RETURNED_TO_UNIT" ? (
        <Alert tone="warning" title={w.returnedTitle}>
          <p className="break-words">{returnReason ? w.returnedReason(returnReason) : w.returnedNoReason}</p>
        </Alert>
      ) : null}

      <Card title={m.actions}>
        {editable || canWithdraw ? (
          <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
            {editable ? (
              <Link href={editHref} className="inline-flex min-h-10 items-center justify-center rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
                {app.status === "DRAFT" ? m.continueEdit : m.edit}
              </Link>
            ) : null}
            {canWithdraw ? <WithdrawButton applicationId={app.id} action={withdrawApplicationAction} /> : null}
          </div>
        ) : (
          <p className="text-sm text-slate-600">{m.noActions}</p>
        )}
      </Card>

      {editable ? (
        <Card title={m.sectionVerdict}>
          <VerdictList verdict={detail.verdict} editBase={editHref} />
        </Card>
      ) : null}

      <ApplicationDetail application={app} batch={detail.batch} newCityName={detail.newCityName} comments={detail.comments} />
      <Timeline entries={detail.timeline} />
    </div>
  );
}
