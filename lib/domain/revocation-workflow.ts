import { defineMachine } from "./workflow";

// 撤销 (RULES.md M1–M3): one bureau official proposes revoking a lead unit's title in a brand (a
// creation, lib/server/services/revocations/propose-revocation.ts); it takes effect only when a
// second official confirms it (the four-eyes rule, lib/domain/four-eyes.ts), and until then it
// can be withdrawn. Confirmed is final: nothing in the portal undoes it.
export const REVOCATION_STATUSES = ["PROPOSED", "CONFIRMED", "WITHDRAWN"] as const;
export type RevocationStatus = (typeof REVOCATION_STATUSES)[number];

export type RevocationAction =
  | "confirm" // 复核确认撤销
  | "withdraw"; // 撤回撤销提议

export const REVOCATION_WORKFLOW = defineMachine<RevocationStatus, RevocationAction>({
  name: "revocation",
  entityType: "Revocation",
  states: REVOCATION_STATUSES,
  transitions: [
    { action: "confirm", permission: "revocation:confirm", from: ["PROPOSED"], to: "CONFIRMED", commentRequired: false, notify: ["unit", "newCity"] },
    { action: "withdraw", permission: "revocation:propose", from: ["PROPOSED"], to: "WITHDRAWN", commentRequired: true, notify: [], exit: true },
  ],
});
