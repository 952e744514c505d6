import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireArea } from "@/lib/server/auth/session";
import { getOwnUnit } from "@/lib/server/services/units/get-own-unit";
import { EDITABLE_STATUSES } from "@/lib/domain/application-workflow";
import { formatCalendarDate, shanghaiToday } from "@/lib/domain/dates";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { ApplicationWizard } from "@/components/application-form/application-wizard";
import { isFormStep } from "@/components/application-form/field-map";
import type { WizardData } from "@/components/application-form/types";
import { saveApplicationStepAction, submitApplicationAction } from "../../actions";
import { loadApplication, returnReasonOf } from "../../load";

export const metadata: Metadata = { title: messages.applicationFormUi.wizard.editTitle };

const bools = (value: unknown): Record<string, boolean> =>
  typeof value === "object" && value !== null ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v === true])) : {};
const str = (value: string | null | undefined) => value ?? "";
const num = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value));

// /unit/applications/:id/edit?step=… — the form, while the application is a draft or returned.
export default async function EditApplicationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const sp = await searchParams;
  const user = await requireArea("unit", `/unit/applications/${encodeURIComponent(id)}/edit`);
  const [detail, unit] = await Promise.all([loadApplication(user, id), getOwnUnit(user)]);
  const app = detail.application;
  if (!(EDITABLE_STATUSES as readonly string[]).includes(app.status)) redirect(`/unit/applications/${encodeURIComponent(app.id)}`);
  const step = isFormStep(sp.step) ? sp.step : "brand";

  const [applicant, ...coLeads] = [...app.leadUnits].sort((a, b) => a.position - b.position);
  const data: WizardData = {
    id: app.id,
    status: app.status,
    batchTitle: detail.batch?.title ?? "",
    updatedAt: app.updatedAt.toISOString(),
    brand: { brandName: app.brandName, category: str(app.category), isNationalIch: app.isNationalIch, ichItemName: str(app.ichItemName), ichListNumber: str(app.ichListNumber) },
    applicant: {
      creditCode: applicant?.creditCode ?? unit.creditCode,
      name: applicant?.name ?? unit.name,
      tradeName: applicant?.tradeName ?? unit.tradeName,
      registrationDate: formatCalendarDate(applicant?.registrationDate ?? unit.registrationDate),
      declarations: bools(applicant?.declarations),
      contribution: str(applicant?.contribution),
    },
    coLeadUnits: coLeads.map((u) => ({
      creditCode: u.creditCode,
      name: u.name,
      tradeName: u.tradeName,
      registrationDate: formatCalendarDate(u.registrationDate),
      declarations: bools(u.declarations),
      contribution: str(u.contribution),
    })),
    figures: { employedCount: num(app.employedCount), povertyAlleviatedCount: num(app.povertyAlleviatedCount), trainedCount: num(app.trainedCount), passedCount: num(app.passedCount) },
    narratives: {
      brandDescription: str(app.brandDescription),
      businessDescription: str(app.businessDescription),
      trainingDescription: str(app.trainingDescription),
      transferDescription: str(app.transferDescription),
      postPlacementDescription: str(app.postPlacementDescription),
      trademarks: str(app.trademarks),
      awards: str(app.awards),
    },
    declarations: bools(app.declarations),
    warningExplanation: str(app.warningExplanation),
    attachments: app.attachments.map((a) => ({ id: a.id, kind: a.kind, fileName: a.fileName, sizeBytes: a.sizeBytes, isPublic: a.isPublic })),
    verdict: detail.verdict,
    comments: detail.openComments.map((c) => ({ field: c.field, message: c.message })),
    returnReason: app.status === "RETURNED_TO_UNIT" ? returnReasonOf(detail.timeline) : null,
    today: shanghaiToday(),
  };

  return <ApplicationWizard data={data} step={step} unitName={unit.name} save={saveApplicationStepAction} submit={submitApplicationAction} />;
}
