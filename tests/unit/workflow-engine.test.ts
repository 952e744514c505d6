import { describe, expect, it } from "vitest";
import { activeStates, availableActions, checkTransition, defineMachine, finalStates, statesAwaiting, statesFrom } from "@/lib/domain/workflow";
import { APPLICATION_WORKFLOW, EDITABLE_STATUSES, ACTIVE_STATUSES, statusesAwaiting } from "@/lib/domain/application-workflow";
import { OBJECTION_WORKFLOW } from "@/lib/domain/objection-workflow";

// A second aggregate is a table, not code: this fixture machine (a push of a brand to the next
// level, in the shape the next issue will give it) runs on the same engine with no engine change.
const PUSH = defineMachine({
  name: "push",
  entityType: "BrandPush",
  states: ["PROPOSED", "SENT", "RECOGNISED", "NOT_RECOGNISED", "WITHDRAWN"],
  transitions: [
    { action: "send", permission: "application:recognise", from: ["PROPOSED"], to: "SENT", commentRequired: true, notify: ["unit"] },
    { action: "recordRecognised", permission: "application:recognise", from: ["SENT"], to: "RECOGNISED", commentRequired: false, notify: ["unit", "newCity"] },
    { action: "recordNotRecognised", permission: "application:recognise", from: ["SENT"], to: "NOT_RECOGNISED", commentRequired: true, notify: ["unit"] },
    { action: "withdraw", permission: "application:recognise", from: ["PROPOSED"], to: "WITHDRAWN", commentRequired: false, notify: [], exit: true },
  ],
});

describe("the workflow engine (lib/domain/workflow.ts)", () => {
  it("runs a fixture machine: who may act, from which states, with which comment", () => {
    expect(checkTransition(PUSH, { action: "send", role: "BUREAU_OFFICIAL", status: "PROPOSED", comment: "择优推送" })).toMatchObject({ ok: true, transition: { to: "SENT" } });
    expect(checkTransition(PUSH, { action: "send", role: "NEW_CITY_STAFF", status: "PROPOSED", comment: "x" })).toEqual({ ok: false, reason: "wrong-role" });
    expect(checkTransition(PUSH, { action: "send", role: "BUREAU_OFFICIAL", status: "SENT", comment: "x" })).toEqual({ ok: false, reason: "wrong-state" });
    expect(checkTransition(PUSH, { action: "send", role: "BUREAU_OFFICIAL", status: "PROPOSED", comment: "  " })).toEqual({ ok: false, reason: "comment-required" });
    expect(availableActions(PUSH, { role: "BUREAU_OFFICIAL", status: "SENT" }).sort()).toEqual(["recordNotRecognised", "recordRecognised"]);
    expect(availableActions(PUSH, { role: "ADMIN", status: "SENT" })).toEqual([]);
  });

  it("derives final, active and waiting states from the table; exits do not make a record wait", () => {
    expect(finalStates(PUSH).sort()).toEqual(["NOT_RECOGNISED", "RECOGNISED", "WITHDRAWN"]);
    expect(activeStates(PUSH).sort()).toEqual(["PROPOSED", "SENT"]);
    expect(statesAwaiting(PUSH, "BUREAU_OFFICIAL").sort()).toEqual(["PROPOSED", "SENT"]);
    expect(statesFrom(PUSH, ["withdraw"])).toEqual(["PROPOSED"]);
  });

  it("refuses a table with an unknown state or an action declared twice", () => {
    expect(() => defineMachine({ name: "x", entityType: "X", states: ["A"], transitions: [{ action: "go", permission: "portal:access", from: ["A"], to: "B" as "A", commentRequired: false, notify: [] }] })).toThrow(/unknown state B/);
    expect(() =>
      defineMachine({
        name: "x",
        entityType: "X",
        states: ["A", "B"],
        transitions: [
          { action: "go", permission: "portal:access", from: ["A"], to: "B", commentRequired: false, notify: [] },
          { action: "go", permission: "portal:access", from: ["B"], to: "A", commentRequired: false, notify: [] },
        ],
      }),
    ).toThrow(/declared twice/);
  });

  it("the application's editable, active and waiting statuses are derived as they were written by hand before", () => {
    expect([...EDITABLE_STATUSES]).toEqual(["DRAFT", "RETURNED_TO_UNIT"]);
    expect([...ACTIVE_STATUSES]).toEqual(["DRAFT", "SUBMITTED", "RETURNED_TO_UNIT", "RECOMMENDED", "RETURNED_TO_NEW_CITY", "IN_PUBLICITY"]);
    expect(statusesAwaiting("APPLICANT_UNIT")).toEqual(["DRAFT", "RETURNED_TO_UNIT"]);
    expect(statusesAwaiting("NEW_CITY_STAFF")).toEqual(["SUBMITTED", "RETURNED_TO_NEW_CITY"]);
    expect(statusesAwaiting("BUREAU_OFFICIAL")).toEqual(["RECOMMENDED", "IN_PUBLICITY"]);
    expect(statusesAwaiting("ADMIN")).toEqual([]);
    expect(APPLICATION_WORKFLOW.name).toBe("application");
  });

  it("objections are a second machine on the same engine: handled once, by the bureau, with how", () => {
    expect(availableActions(OBJECTION_WORKFLOW, { role: "BUREAU_OFFICIAL", status: "PENDING" }).sort()).toEqual(["dismiss", "uphold"]);
    expect(availableActions(OBJECTION_WORKFLOW, { role: "BUREAU_OFFICIAL", status: "UPHELD" })).toEqual([]);
    expect(checkTransition(OBJECTION_WORKFLOW, { action: "uphold", role: "NEW_CITY_STAFF", status: "PENDING", comment: "x" })).toEqual({ ok: false, reason: "wrong-role" });
    expect(checkTransition(OBJECTION_WORKFLOW, { action: "dismiss", role: "BUREAU_OFFICIAL", status: "PENDING", comment: "" })).toEqual({ ok: false, reason: "comment-required" });
  });
});
