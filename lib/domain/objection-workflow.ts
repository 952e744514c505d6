import { defineMachine } from "./workflow";

// 公示异议 (publicity objections): recorded by the bureau during the period, then handled once —
// upheld or dismissed, with how it was handled. The second aggregate on the workflow engine.
export const OBJECTION_STATUSES = ["PENDING", "UPHELD", "DISMISSED"] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

export type ObjectionAction =
  | "uphold" // 异议成立
  | "dismiss"; // 异议不成立

export const OBJECTION_WORKFLOW = defineMachine<ObjectionStatus, ObjectionAction>({
  name: "objection",
  entityType: "Objection",
  states: OBJECTION_STATUSES,
  transitions: [
    { action: "uphold", permission: "objection:handle", from: ["PENDING"], to: "UPHELD", commentRequired: true, notify: [] },
    { action: "dismiss", permission: "objection:handle", from: ["PENDING"], to: "DISMISSED", commentRequired: true, notify: [] },
  ],
});

/** The action that leads to an outcome the form offers. */
export const OBJECTION_ACTION_FOR: Record<Exclude<ObjectionStatus, "PENDING">, ObjectionAction> = { UPHELD: "uphold", DISMISSED: "dismiss" };
