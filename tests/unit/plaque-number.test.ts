import { describe, expect, it } from "vitest";
import { plaqueNumber, plaqueNumberPrefix } from "@/lib/domain/plaque-number";
import { checkFourEyes } from "@/lib/domain/four-eyes";

describe("plaque numbers", () => {
  it("number each kind per year from 001, never cut short", () => {
    expect(plaqueNumber({ kind: "BRAND", year: 2026, sequence: 1 })).toBe("西咸劳务品牌牌匾〔2026〕001号");
    expect(plaqueNumber({ kind: "LEAD_UNIT", year: 2026, sequence: 12 })).toBe("西咸创建引领单位牌匾〔2026〕012号");
    expect(plaqueNumber({ kind: "LEAD_UNIT", year: 2027, sequence: 1000 })).toBe("西咸创建引领单位牌匾〔2027〕1000号");
    expect(plaqueNumber({ kind: "BRAND", year: 2026, sequence: 3 }).startsWith(plaqueNumberPrefix({ kind: "BRAND", year: 2026 }))).toBe(true);
  });

  it("refuse a year or sequence that is no number of a plaque", () => {
    expect(() => plaqueNumber({ kind: "BRAND", year: 26, sequence: 1 })).toThrow(RangeError);
    expect(() => plaqueNumber({ kind: "BRAND", year: 2026, sequence: 0 })).toThrow(RangeError);
    expect(() => plaqueNumber({ kind: "BRAND", year: 2026, sequence: 1.5 })).toThrow(RangeError);
  });
});

describe("the four-eyes rule (双人复核)", () => {
  it("lets a second official confirm", () => {
    expect(checkFourEyes({ proposerId: "u1", confirmerId: "u2" })).toEqual({ ok: true });
  });
  it("refuses the proposer and a proposal without a proposer", () => {
    expect(checkFourEyes({ proposerId: "u1", confirmerId: "u1" })).toEqual({ ok: false, reason: "SAME_PERSON" });
    expect(checkFourEyes({ proposerId: null, confirmerId: "u1" })).toEqual({ ok: false, reason: "NO_PROPOSER" });
    expect(checkFourEyes({ proposerId: "", confirmerId: "" })).toEqual({ ok: false, reason: "NO_PROPOSER" });
  });
});
