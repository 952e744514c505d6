import { describe, expect, it } from "vitest";
import { progressOf, targetProgress, TARGET_KEYS } from "@/lib/domain/targets";
import { updateProgrammeTargetSchema } from "@/lib/schemas/target";

describe("progressOf (T2: at least the target)", () => {
  it.each([
    { actual: 0, target: 3, percent: 0, met: false },
    { actual: 2, target: 3, percent: 66, met: false },
    { actual: 3, target: 3, percent: 100, met: true },
    { actual: 5, target: 3, percent: 100, met: true },
    { actual: 0, target: 0, percent: 100, met: true },
  ])("$actual of $target → $percent% met=$met", ({ actual, target, percent, met }) => {
    expect(progressOf({ key: "districtBrands", actual, target })).toEqual({ key: "districtBrands", actual, target, percent, met });
  });

  it("without a target there is no percent and no verdict", () => {
    expect(progressOf({ key: "nationalRecommendations", actual: 4, target: null })).toEqual({ key: "nationalRecommendations", actual: 4, target: null, percent: null, met: null });
  });
});

describe("targetProgress", () => {
  it("gives every T2 figure in order", () => {
    const rows = targetProgress({ actuals: { districtBrands: 3, cityOrProvinceBrands: 1, nationalRecommendations: 1 }, targets: { districtBrands: 3, cityOrProvinceBrands: 2, nationalRecommendations: 1 } });
    expect(rows.map((r) => r.key)).toEqual([...TARGET_KEYS]);
    expect(rows.map((r) => r.met)).toEqual([true, false, true]);
    expect(rows[1]!.percent).toBe(50);
  });

  it("marks every figure unset when the year has no targets", () => {
    expect(targetProgress({ actuals: { districtBrands: 1, cityOrProvinceBrands: 0, nationalRecommendations: 0 }, targets: null }).every((r) => r.target === null && r.met === null)).toBe(true);
  });
});

describe("updateProgrammeTargetSchema", () => {
  const ok = { year: "2026", districtBrands: "5", cityOrProvinceBrands: 3, nationalRecommendations: "0" };
  const messageOf = (input: unknown, field: string) => {
    const r = updateProgrammeTargetSchema.safeParse(input);
    expect(r.success).toBe(false);
    return r.error?.issues.find((i) => i.path[0] === field)?.message;
  };

  it("reads the form's text as integers", () => {
    expect(updateProgrammeTargetSchema.parse(ok)).toEqual({ year: 2026, districtBrands: 5, cityOrProvinceBrands: 3, nationalRecommendations: 0 });
  });

  it("refuses a negative, a fraction, a missing value and a year out of range, in Chinese", () => {
    expect(messageOf({ ...ok, districtBrands: "-1" }, "districtBrands")).toBe("新区级劳务品牌目标不能为负数");
    expect(messageOf({ ...ok, cityOrProvinceBrands: "1.5" }, "cityOrProvinceBrands")).toBe("市级或省级劳务品牌目标须为整数");
    expect(messageOf({ ...ok, nationalRecommendations: "" }, "nationalRecommendations")).toBe("请填写推荐申报国家级品牌目标");
    expect(messageOf({ ...ok, nationalRecommendations: "abc" }, "nationalRecommendations")).toBe("请填写推荐申报国家级品牌目标");
    expect(messageOf({ ...ok, year: "2019" }, "year")).toBe("请填写 2020 至 2100 之间的年度");
    expect(messageOf({ ...ok, year: 2101 }, "year")).toBe("请填写 2020 至 2100 之间的年度");
    expect(updateProgrammeTargetSchema.safeParse({ ...ok, year: 2020 }).success).toBe(true);
    expect(updateProgrammeTargetSchema.safeParse({ ...ok, year: 2100 }).success).toBe(true);
  });
});
