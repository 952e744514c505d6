import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireArea } from "@/lib/server/auth/session";
import { getOwnUnit } from "@/lib/server/services/units/get-own-unit";
import { EDITABLE_STATUSES } from "@/lib/domain/application-workflow";
import { shanghaiToday } from "@/lib/domain/dates";
import { formValuesOf } from "@/lib/domain/application-form-values";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { ApplicationWizard } from "@/components/application-form/application-wizard";
import { isFormStep } from "@/lib/domain/application-fields";
import type { WizardData } from "@/components/application-form/types";
import { saveApplicationStepAction, submitApplicationAction } from "../../actions";
import { loadApplication, returnReasonOf } from "../../load";

export const metadata: Metadata = { title: messages.applicationFormUi.wizard.editTitle };

// /unit/applications/:id/edit?step=… — the form, while the application is a draft or returned.
export default async function EditApplicationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const sp = await searchParams;
  const user = await requireArea("unit", `/unit/applications/${encodeURIComponent(id)}/edit`);
  const [detail, unit] = await Promise.all([loadApplication(user, id), getOwnUnit({ user })]);
  const app = detail.application;
  if (!(EDITABLE_STATUSES as readonly string[]).includes(app.status)) redirect(`/unit/applications/${encodeURIComponent(app.id)}`);
  const step = isFormStep(sp.step) ? sp.step : "brand";

  const values = formValuesOf({ application: app, applicant: unit });
  const data: WizardData = {
    id: app.id,
    status: app.status,
    batchTitle: detail.batch?.title ?? "",
    updatedAt: app.updatedAt.toISOString(),
    brand: values.brand,
    applicant: values.leadUnits.applicant,
    coLeadUnits: values.leadUnits.coLeadUnits,
    figures: values.figures,
    narratives: values.narratives,
    declarations: values.declarations.declarations,
    warningExplanation: values.declarations.warningExplanation,
    attachments: app.attachments.map((a) => ({ id: a.id, kind: a.kind, fileName: a.fileName, sizeBytes: a.sizeBytes, isPublic: a.isPublic })),
    verdict: detail.verdict,
    comments: detail.openComments.map((c) => ({ field: c.field, message: c.message })),
    returnReason: app.status === "RETURNED_TO_UNIT" ? returnReasonOf(detail.timeline) : null,
    today: shanghaiToday(),
  };

  return <ApplicationWizard data={data} step={step} unitName={unit.name} save={saveApplicationStepAction} submit={submitApplicationAction} />;
}
