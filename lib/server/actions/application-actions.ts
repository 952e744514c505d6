import "server-only";
import { approveForPublicity } from "@/lib/server/services/applications/approve-for-publicity";
import { bureauReturnApplicationToUnit } from "@/lib/server/services/applications/bureau-return-application-to-unit";
import { createApplication } from "@/lib/server/services/applications/create-application";
import { handleObjection } from "@/lib/server/services/applications/handle-objection";
import { recogniseApplication } from "@/lib/server/services/applications/recognise-application";
import { recommendApplication } from "@/lib/server/services/applications/recommend-application";
import { recordObjection } from "@/lib/server/services/applications/record-objection";
import { rejectAfterPublicity } from "@/lib/server/services/applications/reject-after-publicity";
import { rejectApplication } from "@/lib/server/services/applications/reject-application";
import { returnApplicationToNewCity } from "@/lib/server/services/applications/return-application-to-new-city";
import { returnApplicationToUnit } from "@/lib/server/services/applications/return-application-to-unit";
import { saveApplicationStep } from "@/lib/server/services/applications/save-application-step";
import { submitApplication } from "@/lib/server/services/applications/submit-application";
import { withdrawApplication } from "@/lib/server/services/applications/withdraw-application";
import { applicationIdOf, defineAction, type RevalidateTarget } from "./define-action";

// The application's server actions (RULES.md F1–F3), one per use case. The app's "use server"
// files only forward to these, so the registry holds every one of them.

const UNIT_LIST = "/unit/applications";
const record = (input: unknown): Record<string, unknown> => (typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {});

function unitPages(id: string): RevalidateTarget[] {
  return [UNIT_LIST, "/unit", ...(id ? [{ path: `${UNIT_LIST}/${encodeURIComponent(id)}`, type: "layout" as const }] : [])];
}
function newCityPages(id: string): RevalidateTarget[] {
  return ["/new-city/applications", "/new-city", ...(id ? [`/new-city/applications/${id}`] : [])];
}
function bureauPages(id: string): RevalidateTarget[] {
  return ["/bureau/applications", "/bureau", ...(id ? [`/bureau/applications/${id}`] : [])];
}

// —— the unit (申报单位) ——

/** 新建申报 in an open batch: `{ batchId }`. */
export const createApplicationAction = defineAction({
  name: "application.create",
  permission: "application:create",
  area: "unit",
  run: ({ user, input, ctx }) => createApplication({ user, input: { batchId: record(input).batchId }, ctx }),
  revalidate: ({ data }) => unitPages(data.id),
});

/** 保存草稿 of one step: `{ applicationId, step, data }`. */
export const saveApplicationStepAction = defineAction({
  name: "application.save-draft",
  permission: "application:save-draft",
  area: "unit",
  run: ({ user, input, ctx }) => {
    const { applicationId, step, data } = record(input);
    return saveApplicationStep({ user, input: { applicationId, step, data }, ctx });
  },
  revalidate: ({ input }) => unitPages(applicationIdOf(input)),
});

/** 提交申报 / 重新提交: `{ applicationId, commitment: true, warningExplanation }`. */
export const submitApplicationAction = defineAction({
  name: "application.submit",
  permission: "application:submit",
  area: "unit",
  run: async ({ user, input, ctx }) => {
    const { version } = await submitApplication({ user, input, ctx });
    return { version };
  },
  revalidate: ({ input }) => unitPages(applicationIdOf(input)),
});

/** 撤回申报: `{ applicationId, comment? }`. */
export const withdrawApplicationAction = defineAction({
  name: "application.withdraw",
  permission: "application:withdraw",
  area: "unit",
  run: withdrawApplication,
  revalidate: ({ input }) => unitPages(applicationIdOf(input)),
});

// —— the new city (新城组织和人力资源部, F2) ——

/** 推荐 — the recommendation opinion is required. */
export const recommendApplicationAction = defineAction({
  name: "application.recommend",
  permission: "application:recommend",
  run: recommendApplication,
  revalidate: ({ input }) => newCityPages(applicationIdOf(input)),
});

/** 退回修改 — reason required, optional comments on fields. */
export const returnApplicationToUnitAction = defineAction({
  name: "application.returnToUnit",
  permission: "application:return-to-unit",
  run: returnApplicationToUnit,
  revalidate: ({ input }) => newCityPages(applicationIdOf(input)),
});

// —— the bureau (新区社会事业服务局, F3) ——

/** 退回新城 — reason required. */
export const returnApplicationToNewCityAction = defineAction({
  name: "application.bureauReturnToNewCity",
  permission: "application:bureau-return-to-new-city",
  run: returnApplicationToNewCity,
  revalidate: ({ input }) => bureauPages(applicationIdOf(input)),
});

/** 退回单位修改 — reason required, optional field comments. */
export const bureauReturnApplicationToUnitAction = defineAction({
  name: "application.bureauReturnToUnit",
  permission: "application:bureau-return-to-unit",
  run: bureauReturnApplicationToUnit,
  revalidate: ({ input }) => bureauPages(applicationIdOf(input)),
});

/** 不予认定 — reason required. */
export const rejectApplicationAction = defineAction({
  name: "application.reject",
  permission: "application:reject",
  run: rejectApplication,
  revalidate: ({ input }) => bureauPages(applicationIdOf(input)),
});

/** 拟认定（进入公示） — opens the publicity notice (and refreshes the public notices). */
export const approveForPublicityAction = defineAction({
  name: "application.approveForPublicity",
  permission: "application:approve-for-publicity",
  run: (args) => approveForPublicity(args),
  revalidate: ({ input }) => bureauPages(applicationIdOf(input)),
});

/** 确认认定 — after the period, with no pending or upheld objection (the brand goes public). */
export const recogniseApplicationAction = defineAction({
  name: "application.recognise",
  permission: "application:recognise",
  run: recogniseApplication,
  revalidate: ({ input }) => bureauPages(applicationIdOf(input)),
});

/** 不予认定（异议成立） — after the period, with an upheld objection. */
export const rejectAfterPublicityAction = defineAction({
  name: "application.rejectAfterPublicity",
  permission: "application:reject-after-publicity",
  run: rejectAfterPublicity,
  revalidate: ({ input }) => bureauPages(applicationIdOf(input)),
});

/** 登记异议 during the publicity period. */
export const recordObjectionAction = defineAction({
  name: "objection.record",
  permission: "objection:record",
  run: recordObjection,
  revalidate: ({ input }) => bureauPages(applicationIdOf(input)),
});

/** 处理异议 — upheld or dismissed, once. */
export const handleObjectionAction = defineAction({
  name: "objection.handle",
  permission: "objection:handle",
  run: handleObjection,
  revalidate: ({ data }) => bureauPages(data.applicationId),
});
