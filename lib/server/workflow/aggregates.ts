import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { APPLICATION_WORKFLOW, type ApplicationAction, type ApplicationStatus } from "@/lib/domain/application-workflow";
import { EVALUATION_WORKFLOW, type EvaluationAction, type EvaluationStatus } from "@/lib/domain/evaluation-workflow";
import { OBJECTION_WORKFLOW, type ObjectionAction, type ObjectionStatus } from "@/lib/domain/objection-workflow";
import { PUSH_WORKFLOW, type PushAction, type PushStatus } from "@/lib/domain/push-workflow";
import { REVOCATION_WORKFLOW, type RevocationAction, type RevocationStatus } from "@/lib/domain/revocation-workflow";
import {
  AWARD_WORKFLOW,
  PAYMENT_WORKFLOW,
  USAGE_REPORT_WORKFLOW,
  type AwardAction,
  type AwardStatus,
  type PaymentAction,
  type PaymentStatus,
  type UsageReportAction,
  type UsageReportStatus,
} from "@/lib/domain/subsidy-workflow";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { Aggregate, StatusRecords } from "./claim-state";

// The bindings of each aggregate with a status column to the workflow engine. A new aggregate
// (push, award, use report, evaluation, revocation) adds its machine in lib/domain and one
// binding here; its use cases call claimState with it.

export type ApplicationRecord = { id: string; status: ApplicationStatus; unitId: string; newCityId: string; brandName: string };

export const applicationAggregate: Aggregate<ApplicationStatus, ApplicationAction, ApplicationRecord> = {
  machine: APPLICATION_WORKFLOW,
  records: (tx) => tx.application as unknown as StatusRecords<ApplicationStatus>,
  audience: (app) => ({ unitId: app.unitId, newCityId: app.newCityId }),
  describe: (app) => ({ subject: `申报“${app.brandName || "未命名"}”`, link: `/applications/${app.id}` }),
  actionLabel: (action) => messages.workflowActions[action] ?? action,
  stateLabel: (state) => messages.applicationStatus[state] ?? state,
};

export type ObjectionRecord = { id: string; status: ObjectionStatus; applicationId: string };

export const objectionAggregate: Aggregate<ObjectionStatus, ObjectionAction, ObjectionRecord> = {
  machine: OBJECTION_WORKFLOW,
  records: (tx) => tx.objection as unknown as StatusRecords<ObjectionStatus>,
  // Objections belong to their application's trail (the timeline shows them there).
  auditEntity: (o) => ({ type: "Application", id: o.applicationId }),
  actionLabel: (action) => messages.auditActions[`objection.${action}`] ?? action,
  stateLabel: (state) => messages.reviewUi.publicity.objectionStatus[state] ?? state,
  stale: () => new AppError({ code: "STALE_STATE", message: messages.objections.alreadyHandled }),
};

// The brand's life after recognition: every row below is audited on its brand's trail, so the
// brand page's timeline shows pushes, awards, payments and reports in one place.
const brandTrail = (record: { brandId: string }) => ({ type: "Brand", id: record.brandId });
const b = messages.brandLife;

export type PushRecord = { id: string; status: PushStatus; brandId: string; brandName: string; newCityId: string; leadUnitIds: string[] };

export const pushAggregate: Aggregate<PushStatus, PushAction, PushRecord> = {
  machine: PUSH_WORKFLOW,
  records: (tx) => tx.brandPush as unknown as StatusRecords<PushStatus>,
  auditEntity: brandTrail,
  // Every lead unit with an account hears the outcome.
  audience: (p) => ({ unitId: null, unitIds: p.leadUnitIds, newCityId: p.newCityId }),
  describe: (p) => ({ subject: `品牌“${p.brandName}”`, link: `/portal/brands/${p.brandId}` }),
  actionLabel: (action) => messages.auditActions[`push.${action}`] ?? action,
  stateLabel: (state) => b.pushStatus[state],
  stale: () => new AppError({ code: "STALE_STATE", message: b.errors.pushAlreadyDecided }),
};

export type AwardRecord = { id: string; status: AwardStatus; brandId: string };

export const awardAggregate: Aggregate<AwardStatus, AwardAction, AwardRecord> = {
  machine: AWARD_WORKFLOW,
  records: (tx) => tx.subsidyAward as unknown as StatusRecords<AwardStatus>,
  auditEntity: brandTrail,
  actionLabel: (action) => messages.auditActions[`award.${action}`] ?? action,
  stateLabel: (state) => b.awardStatus[state],
};

export type PaymentRecord = { id: string; status: PaymentStatus; brandId: string; brandName: string; unitName: string };

export const paymentAggregate: Aggregate<PaymentStatus, PaymentAction, PaymentRecord> = {
  machine: PAYMENT_WORKFLOW,
  records: (tx) => tx.subsidyPayment as unknown as StatusRecords<PaymentStatus>,
  auditEntity: brandTrail,
  audience: () => ({ unitId: null, newCityId: null }),
  describe: (p) => ({ subject: `品牌“${p.brandName}”${p.unitName}的拨付`, link: `/portal/brands/${p.brandId}` }),
  actionLabel: (action) => messages.auditActions[`payment.${action}`] ?? action,
  stateLabel: (state) => b.paymentStatus[state],
};

export type UsageReportRecord = { id: string; status: UsageReportStatus; brandId: string; brandName: string; unitId: string | null };

export const usageReportAggregate: Aggregate<UsageReportStatus, UsageReportAction, UsageReportRecord> = {
  machine: USAGE_REPORT_WORKFLOW,
  records: (tx) => tx.usageReport as unknown as StatusRecords<UsageReportStatus>,
  auditEntity: brandTrail,
  audience: (r) => ({ unitId: r.unitId, newCityId: null }),
  describe: (r) => ({ subject: `品牌“${r.brandName}”的资金使用报告`, link: `/portal/brands/${r.brandId}` }),
  actionLabel: (action) => messages.auditActions[`usageReport.${action}`] ?? action,
  stateLabel: (state) => b.usageReportStatus[state],
  stale: () => new AppError({ code: "STALE_STATE", message: b.errors.reportAlreadyReviewed }),
};

export type RevocationRecord = { id: string; status: RevocationStatus; brandId: string; brandName: string; unitName: string; unitId: string | null; newCityId: string };

// 撤销 (M1–M3): audited on the brand's trail; a confirmation tells the lead unit and its brand's new city.
export const revocationAggregate: Aggregate<RevocationStatus, RevocationAction, RevocationRecord> = {
  machine: REVOCATION_WORKFLOW,
  records: (tx) => tx.revocation as unknown as StatusRecords<RevocationStatus>,
  auditEntity: brandTrail,
  audience: (r) => ({ unitId: r.unitId, newCityId: r.newCityId }),
  describe: (r) => ({ subject: `品牌“${r.brandName}”${r.unitName}的创建引领单位资格`, link: `/portal/brands/${r.brandId}` }),
  actionLabel: (action) => messages.auditActions[`revocation.${action}`] ?? action,
  stateLabel: (state) => messages.revocations.status[state] ?? state,
  stale: () => new AppError({ code: "STALE_STATE", message: messages.revocations.errors.alreadyDecided }),
};

export type EvaluationRecord = { id: string; status: EvaluationStatus; brandId: string; brandName: string; unitName: string; unitId: string | null; newCityId: string };

// 绩效评估 (E1–E4): audited on the brand's trail; the evaluated lead unit (if it has an account)
// and the brand's new city hear the result.
export const evaluationAggregate: Aggregate<EvaluationStatus, EvaluationAction, EvaluationRecord> = {
  machine: EVALUATION_WORKFLOW,
  records: (tx) => tx.evaluation as unknown as StatusRecords<EvaluationStatus>,
  auditEntity: brandTrail,
  audience: (r) => ({ unitId: null, unitIds: r.unitId ? [r.unitId] : [], newCityId: r.newCityId }),
  describe: (r) => ({ subject: `品牌“${r.brandName}”${r.unitName}的绩效评估`, link: `/portal/evaluations/${r.id}` }),
  actionLabel: (action) => messages.auditActions[`evaluation.${action}`] ?? action,
  stateLabel: (state) => messages.evaluations.status[state] ?? state,
  stale: () => new AppError({ code: "STALE_STATE", message: messages.evaluations.errors.alreadyDecided }),
};
