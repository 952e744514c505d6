import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { APPLICATION_WORKFLOW, type ApplicationAction, type ApplicationStatus } from "@/lib/domain/application-workflow";
import { OBJECTION_WORKFLOW, type ObjectionAction, type ObjectionStatus } from "@/lib/domain/objection-workflow";
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
