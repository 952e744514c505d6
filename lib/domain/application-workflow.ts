import type { Role } from "./roles";

// 申报状态机 (RULES.md F1–F3): the states of an application and, as data, which role may take
// which action from which state, what it leads to, and who is told. Services change an
// application's status only through `transitionFor` (and a conditional update on the expected
// state), so this table is the whole workflow.

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

/** The party an action's notification goes to. */
export type Party = "unit" | "newCity" | "bureau";

export type WorkflowAction =
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

export type Transition = {
  action: WorkflowAction;
  role: Role;
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  /** A comment (reason or opinion) is required for this action. */
  commentRequired: boolean;
  notify: readonly Party[];
};

export const TRANSITIONS: readonly Transition[] = [
  { action: "submit", role: "APPLICANT_UNIT", from: ["DRAFT"], to: "SUBMITTED", commentRequired: false, notify: ["newCity"] },
  { action: "resubmit", role: "APPLICANT_UNIT", from: ["RETURNED_TO_UNIT"], to: "SUBMITTED", commentRequired: false, notify: ["newCity"] },
  { action: "withdraw", role: "APPLICANT_UNIT", from: ["DRAFT", "SUBMITTED", "RETURNED_TO_UNIT"], to: "WITHDRAWN", commentRequired: false, notify: ["newCity"] },
  { action: "recommend", role: "NEW_CITY_STAFF", from: ["SUBMITTED", "RETURNED_TO_NEW_CITY"], to: "RECOMMENDED", commentRequired: true, notify: ["unit", "bureau"] },
  { action: "returnToUnit", role: "NEW_CITY_STAFF", from: ["SUBMITTED", "RETURNED_TO_NEW_CITY"], to: "RETURNED_TO_UNIT", commentRequired: true, notify: ["unit"] },
  { action: "bureauReturnToNewCity", role: "BUREAU_OFFICIAL", from: ["RECOMMENDED"], to: "RETURNED_TO_NEW_CITY", commentRequired: true, notify: ["newCity"] },
  { action: "bureauReturnToUnit", role: "BUREAU_OFFICIAL", from: ["RECOMMENDED"], to: "RETURNED_TO_UNIT", commentRequired: true, notify: ["unit", "newCity"] },
  { action: "reject", role: "BUREAU_OFFICIAL", from: ["RECOMMENDED"], to: "REJECTED", commentRequired: true, notify: ["unit", "newCity"] },
  { action: "approveForPublicity", role: "BUREAU_OFFICIAL", from: ["RECOMMENDED"], to: "IN_PUBLICITY", commentRequired: false, notify: ["unit", "newCity"] },
  { action: "recognise", role: "BUREAU_OFFICIAL", from: ["IN_PUBLICITY"], to: "RECOGNISED", commentRequired: false, notify: ["unit", "newCity"] },
  { action: "rejectAfterPublicity", role: "BUREAU_OFFICIAL", from: ["IN_PUBLICITY"], to: "REJECTED", commentRequired: true, notify: ["unit", "newCity"] },
];

/** Statuses in which an application still counts as "active" (blocks a second one for the brand). */
export const ACTIVE_STATUSES: readonly ApplicationStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "RETURNED_TO_UNIT",
  "RECOMMENDED",
  "RETURNED_TO_NEW_CITY",
  "IN_PUBLICITY",
];

/** Statuses in which the applicant may edit its application. */
export const EDITABLE_STATUSES: readonly ApplicationStatus[] = ["DRAFT", "RETURNED_TO_UNIT"];

export function transitionOf(action: WorkflowAction): Transition {
  const t = TRANSITIONS.find((x) => x.action === action);
  if (!t) throw new Error(`unknown workflow action ${action}`);
  return t;
}

export type TransitionCheck =
  | { ok: true; transition: Transition }
  | { ok: false; reason: "wrong-role" | "wrong-state" | "comment-required" };

/** May `role` take `action` on an application in `status` (with this comment)? */
export function checkTransition({ action, role, status, comment }: { action: WorkflowAction; role: Role; status: ApplicationStatus; comment?: string | null }): TransitionCheck {
  const transition = transitionOf(action);
  if (transition.role !== role) return { ok: false, reason: "wrong-role" };
  if (!transition.from.includes(status)) return { ok: false, reason: "wrong-state" };
  if (transition.commentRequired && !comment?.trim()) return { ok: false, reason: "comment-required" };
  return { ok: true, transition };
}

/** The actions a role could take now, for showing only the buttons that would succeed. */
export function availableActions({ role, status }: { role: Role; status: ApplicationStatus }): WorkflowAction[] {
  return TRANSITIONS.filter((t) => t.role === role && t.from.includes(status)).map((t) => t.action);
}
