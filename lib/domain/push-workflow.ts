import { defineMachine } from "./workflow";

// 择优推送 (RULES.md F4): the bureau pushes a recognised brand one level up (新区级 → 市级 →
// 省级 → 国家级); the higher body's decision comes back and the bureau records it, once. Making a
// push is a creation (lib/server/services/pushes/push-brands.ts), not a transition.
export const PUSH_STATUSES = ["PUSHED", "RECOGNISED", "NOT_RECOGNISED"] as const;
export type PushStatus = (typeof PUSH_STATUSES)[number];

export type PushAction =
  | "recordRecognised" // 登记结果：获认定
  | "recordNotRecognised"; // 登记结果：未获认定

export const PUSH_WORKFLOW = defineMachine<PushStatus, PushAction>({
  name: "push",
  entityType: "BrandPush",
  states: PUSH_STATUSES,
  transitions: [
    { action: "recordRecognised", permission: "push:record-outcome", from: ["PUSHED"], to: "RECOGNISED", commentRequired: false, notify: ["unit", "newCity"] },
    { action: "recordNotRecognised", permission: "push:record-outcome", from: ["PUSHED"], to: "NOT_RECOGNISED", commentRequired: true, notify: ["unit", "newCity"] },
  ],
});
