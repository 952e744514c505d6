import { describe, expect, it } from "vitest";
import { APPLICATION_STATUSES, TRANSITIONS, availableActions, checkTransition, transitionOf } from "@/lib/domain/application-workflow";
import { ROLES } from "@/lib/domain/roles";
import { ROLE_PERMISSIONS } from "@/lib/domain/permissions";

describe("the application state machine (F1–F3) as data", () => {
  it("every transition names known states and an act held by one role; admin takes none", () => {
    for (const t of TRANSITIONS) {
      expect(APPLICATION_STATUSES).toContain(t.to);
      for (const f of t.from) expect(APPLICATION_STATUSES).toContain(f);
      const holders = ROLE_PERMISSIONS[t.permission] as readonly string[];
      expect(holders).toHaveLength(1);
      expect(ROLES).toContain(holders[0]);
      expect(holders).not.toContain("ADMIN");
    }
  });

  it("F2: only new-city staff recommend or return a submitted application", () => {
    expect(availableActions({ role: "NEW_CITY_STAFF", status: "SUBMITTED" }).sort()).toEqual(["recommend", "returnToUnit"]);
    expect(availableActions({ role: "BUREAU_OFFICIAL", status: "SUBMITTED" })).toEqual([]);
    expect(availableActions({ role: "APPLICANT_UNIT", status: "SUBMITTED" })).toEqual(["withdraw"]);
  });

  it("F3: the bureau decides on recommended applications; recognition only from publicity", () => {
    expect(availableActions({ role: "BUREAU_OFFICIAL", status: "RECOMMENDED" }).sort()).toEqual(["approveForPublicity", "bureauReturnToNewCity", "bureauReturnToUnit", "reject"]);
    expect(availableActions({ role: "BUREAU_OFFICIAL", status: "IN_PUBLICITY" }).sort()).toEqual(["recognise", "rejectAfterPublicity"]);
    expect(transitionOf("recognise").from).toEqual(["IN_PUBLICITY"]);
  });

  it("final states allow nothing", () => {
    for (const status of ["RECOGNISED", "REJECTED", "WITHDRAWN"] as const) {
      for (const role of ROLES) expect(availableActions({ role, status })).toEqual([]);
    }
  });

  it("checkTransition says why: wrong role, wrong state, missing comment", () => {
    expect(checkTransition({ action: "recommend", role: "BUREAU_OFFICIAL", status: "SUBMITTED", comment: "x" })).toEqual({ ok: false, reason: "wrong-role" });
    expect(checkTransition({ action: "recommend", role: "NEW_CITY_STAFF", status: "DRAFT", comment: "x" })).toEqual({ ok: false, reason: "wrong-state" });
    expect(checkTransition({ action: "reject", role: "BUREAU_OFFICIAL", status: "RECOMMENDED", comment: "  " })).toEqual({ ok: false, reason: "comment-required" });
    expect(checkTransition({ action: "approveForPublicity", role: "BUREAU_OFFICIAL", status: "RECOMMENDED" }).ok).toBe(true);
  });

  it("reasons are required for every return and rejection, and the opinion for a recommendation", () => {
    const required = TRANSITIONS.filter((t) => t.commentRequired).map((t) => t.action).sort();
    expect(required).toEqual(["bureauReturnToNewCity", "bureauReturnToUnit", "recommend", "reject", "rejectAfterPublicity", "returnToUnit"]);
  });
});
