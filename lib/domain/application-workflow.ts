import type { Role } from "./roles";
import {
  activeStates,
  availableActions as engineAvailableActions,
  checkTransition as engineCheckTransition,
  defineMachine,
  statesAwaiting,
  statesFrom,
  transitionOf as engineTransitionOf,
  type TransitionCheck,
} from "./workflow";

export type { Party } from "./workflow";

// 申报状态机 (RULES.md F1–F3): the application's machine on the generic engine
// (lib/domain/workflow.ts): its states and, as data, which act (permission) may take which
// action from which state, what it leads to, and who is told. Services change an application's
// status only through claimState (lib/server/workflow/claim-state.ts), so this table is the
// whole workflow; editable, active and "waiting for whom" are derived from it.

export const APPLICATION_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "RETURNED_TO_UNIT",
  "RECOMMENDED",
  "RETURNED_TO_NEW_CITY",
  "IN_PUBLICITY",
  "RECOGNISED",
  "REJECTED",
  "WITHDRAWN",
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export type ApplicationAction =
  | "submit" // 提交申报
  | "resubmit" // 修改后重新提交
  | "withdraw" // 撤回申报
  | "recommend" // 新城推荐
  | "returnToUnit" // 新城退回修改
  | "bureauReturnToNewCity" // 新区退回新城
  | "bureauReturnToUnit" // 新区退回单位修改
  | "reject" // 不予认定
  | "approveForPublicity" // 拟认定，进入公示
  | "recognise" // 认定
  | "rejectAfterPublicity"; // 公示后不予认定（异议成立）

export const APPLICATION_WORKFLOW = defineMachine<ApplicationStatus, ApplicationAction>({
  name: "application",
  entityType: "Application",
  states: APPLICATION_STATUSES,
  transitions: [
    { action: "submit", permission: "application:submit", from: ["DRAFT"], to: "SUBMITTED", commentRequired: false, notify: ["newCity"] },
    { action: "resubmit", permission: "application:submit", from: ["RETURNED_TO_UNIT"], to: "SUBMITTED", commentRequired: false, notify: ["newCity"] },
    { action: "withdraw", permission: "application:withdraw", from: ["DRAFT", "SUBMITTED", "RETURNED_TO_UNIT"], to: "WITHDRAWN", commentRequired: false, notify: ["newCity"], exit: true },
    { action: "recommend", permission: "application:recommend", from: ["SUBMITTED", "RETURNED_TO_NEW_CITY"], to: "RECOMMENDED", commentRequired: true, notify: ["unit", "bureau"] },
    { action: "returnToUnit", permission: "application:return-to-unit", from: ["SUBMITTED", "RETURNED_TO_NEW_CITY"], to: "RETURNED_TO_UNIT", commentRequired: true, notify: ["unit"] },
    { action: "bureauReturnToNewCity", permission: "application:bureau-return-to-new-city", from: ["RECOMMENDED"], to: "RETURNED_TO_NEW_CITY", commentRequired: true, notify: ["newCity"] },
    { action: "bureauReturnToUnit", permission: "application:bureau-return-to-unit", from: ["RECOMMENDED"], to: "RETURNED_TO_UNIT", commentRequired: true, notify: ["unit", "newCity"] },
    { action: "reject", permission: "application:reject", from: ["RECOMMENDED"], to: "REJECTED", commentRequired: true, notify: ["unit", "newCity"] },
    { action: "approveForPublicity", permission: "application:approve-for-publicity", from: ["RECOMMENDED"], to: "IN_PUBLICITY", commentRequired: false, notify: ["unit", "newCity"] },
    { action: "recognise", permission: "application:recognise", from: ["IN_PUBLICITY"], to: "RECOGNISED", commentRequired: false, notify: ["unit", "newCity"] },
    { action: "rejectAfterPublicity", permission: "application:reject-after-publicity", from: ["IN_PUBLICITY"], to: "REJECTED", commentRequired: true, notify: ["unit", "newCity"] },
  ],
});

export const TRANSITIONS = APPLICATION_WORKFLOW.transitions;
export type Transition = (typeof TRANSITIONS)[number];

/** Statuses in which an application still counts as "active" (blocks a second one for the brand): not final. */
export const ACTIVE_STATUSES: readonly ApplicationStatus[] = activeStates(APPLICATION_WORKFLOW);

/** Statuses in which the applicant may edit its application: exactly those it can (re)submit from. */
export const EDITABLE_STATUSES: readonly ApplicationStatus[] = statesFrom(APPLICATION_WORKFLOW, ["submit", "resubmit"]);

export function isEditableStatus(status: string): boolean {
  return (EDITABLE_STATUSES as readonly string[]).includes(status);
}

/** Statuses in which an application waits for this role (the unit's drafts and returns, a new city's queue, the bureau's). */
export function statusesAwaiting(role: Role): ApplicationStatus[] {
  return statesAwaiting(APPLICATION_WORKFLOW, role);
}

export function transitionOf(action: ApplicationAction): Transition {
  return engineTransitionOf(APPLICATION_WORKFLOW, action);
}

/** May `role` take `action` on an application in `status` (with this comment)? */
export function checkTransition(args: { action: ApplicationAction; role: Role; status: ApplicationStatus; comment?: string | null }): TransitionCheck<ApplicationStatus, ApplicationAction> {
  return engineCheckTransition(APPLICATION_WORKFLOW, args);
}

/** The actions a role could take now, for showing only the buttons that would succeed. */
export function availableActions(args: { role: Role; status: ApplicationStatus }): ApplicationAction[] {
  return engineAvailableActions(APPLICATION_WORKFLOW, args);
}
