import { describe, expect, it } from "vitest";
import { checkApplicationEligibility, checkPovertyAlleviated, defaultEligibilitySettings } from "@/lib/eligibility";
import { CODE_A, CODE_B, CODE_C, CODE_D, application, failureMessages, leadUnit } from "./helpers";

const asOf = "2024-06-01";
const check = (overrides: Record<string, unknown> = {}, options: Record<string, unknown> = {}) =>
  checkApplicationEligibility(application(overrides), { asOf, ...options });

describe("checkApplicationEligibility: a complete application", () => {
  it("passes with no findings", () => {
    expect(check()).toEqual({ ok: true, failures: [], warnings: [] });
  });

  it("defaults the level to DISTRICT (B5 at 500)", () => {
    expect(failureMessages(check({ level: undefined, figures: { employed: 500, povertyAlleviated: 0, trained: 10, passed: 6 } }))).toEqual([
      "带动就业创业人数需超过500人，当前为500人（新区级，B5）",
    ]);
  });

  it("applies the ICH branch (B6) and the national level (B8)", () => {
    const figures = { employed: 200, povertyAlleviated: 0, trained: 10, passed: 6 };
    expect(check({ nationalIch: true, figures }).ok).toBe(true);
    expect(check({ nationalIch: false, figures }).ok).toBe(false);
    expect(check({ level: "NATIONAL", figures: { ...figures, employed: 0 } }).ok).toBe(true);
  });
});

describe("checkApplicationEligibility: field paths a form can use", () => {
  it("C1 / F1 / F5: category, new city and level", () => {
    expect(check({ category: "OTHER", newCity: "XIAN", level: "WORLD" }).failures).toEqual([
      { ruleId: "C1", field: "category", message: "品牌类别须为高品质服务型、中高端技能型、文化和旅游类、民生保障型之一（C1）" },
      { ruleId: "F1", field: "newCity", message: "所在新城须为沣东新城、沣西新城、秦汉新城、空港新城、泾河新城之一（F1）" },
      { ruleId: "F5", field: "level", message: "申报级别须为新区级、市级、省级或国家级（F5）" },
    ]);
  });

  it("B2: a fourth lead unit", () => {
    const leadUnits = [CODE_A, CODE_B, CODE_C, CODE_D].map((creditCode, i) => leadUnit({ creditCode, tradeName: `字号${"甲乙丙丁".charAt(i)}` }));
    expect(check({ leadUnits }).failures).toEqual([
      { ruleId: "B2", field: "leadUnits", message: "创建引领单位不得超过3家，当前为4家（B2）" },
    ]);
  });

  it("B4: the brand name against each unit's trade name, falling back to the suggestion", () => {
    expect(check({ brandName: "好帮手家政师" }).failures).toEqual([
      { ruleId: "B4", field: "brandName", message: "品牌名称不得含有创建引领单位名称中的关键词：与字号“好帮手”重复“好帮手”（B4）" },
    ]);
    expect(check({ brandName: "好帮手家政师", leadUnits: [leadUnit({ tradeName: undefined })] }).ok).toBe(false);
    expect(check({ brandName: "好帮手家政师", leadUnits: [leadUnit({ tradeName: "贴心" })] }).ok).toBe(true);
  });

  it("B4: a unit whose trade name cannot be determined gets a warning at leadUnits.N.tradeName", () => {
    const v = check({ leadUnits: [leadUnit(), leadUnit({ creditCode: CODE_B, name: "陕西省家政服务协会", tradeName: "" })] });
    expect(v).toEqual({
      ok: true,
      failures: [],
      warnings: [{ ruleId: "B4", field: "leadUnits.1.tradeName", message: "第2家创建引领单位未能确定字号，请填写字号以便核对品牌名称（B4）" }],
    });
  });

  it("U1/U5: lead-unit findings under leadUnits.N", () => {
    const v = check({
      leadUnits: [leadUnit(), leadUnit({ creditCode: "91611105MA6T00011X", registrationDate: "2023-06-02", declarations: { lawAbiding: true } })],
    });
    expect(v.failures.map((f) => f.field)).toEqual([
      "leadUnits.1.creditCode",
      "leadUnits.1.registrationDate",
      "leadUnits.1.declarations.industryScale",
      "leadUnits.1.declarations.soundManagement",
      "leadUnits.1.declarations.noViolations",
      "leadUnits.1.declarations.noPendingDisputes",
    ]);
    expect(v.failures[1]?.message).toBe("运营时间需1年及以上：成立日期2023-06-02，至2024-06-02方满1年（U1）");
  });

  it("B5 / B7 / U2: figures", () => {
    expect(check({ figures: { employed: 400, povertyAlleviated: 401, trained: 10, passed: 5 } }).failures).toEqual([
      { ruleId: "B5", field: "figures.employed", message: "带动就业创业人数需超过500人，当前为400人（新区级，B5）" },
      { ruleId: "B7", field: "figures.povertyAlleviated", message: "带动脱贫劳动力人数不能多于带动就业创业人数（B7）" },
      { ruleId: "U2", field: "figures.passed", message: "培训合格率需达到60%以上，当前为50.0%（U2）" },
    ]);
  });

  it("B3/U2-U4 declarations and narratives", () => {
    const v = check({ declarations: { ...application().declarations, safetyEducation: false }, narratives: { brandDescription: " " } });
    expect(v.failures).toEqual([
      { ruleId: "U4", field: "declarations.safetyEducation", message: "须承诺“从业人员输出后的职业安全教育及时高效”（U4）" },
      { ruleId: "B1", field: "narratives.brandDescription", message: "请填写品牌简介（B1）" },
      { ruleId: "B3", field: "narratives.businessDescription", message: "请填写经营项目说明（B3）" },
      { ruleId: "U2", field: "narratives.trainingDescription", message: "请填写培训工作情况（U2）" },
      { ruleId: "U3", field: "narratives.transferDescription", message: "请填写劳务输转情况（U3）" },
      { ruleId: "U4", field: "narratives.postPlacementDescription", message: "请填写输出后服务管理情况（U4）" },
    ]);
  });

  it("reports an invalid asOf once, at the top", () => {
    const v = check({ leadUnits: [leadUnit(), leadUnit({ creditCode: CODE_B, tradeName: "贴心" })] }, { asOf: "someday" });
    expect(v.failures).toEqual([{ ruleId: "U1", field: "asOf", message: "核对日期不是有效日期（U1）" }]);
  });
});

describe("E5/M3 inside the application", () => {
  const revocations = [{ creditCode: CODE_B, revokedOn: "2020-03-10", reason: "EVALUATION_FAILED" }];
  const twoUnits = { leadUnits: [leadUnit(), leadUnit({ creditCode: CODE_B, tradeName: "贴心" })] };

  it("refuses a banned lead unit at leadUnits.N.creditCode", () => {
    expect(check(twoUnits, { revocations }).failures).toEqual([
      {
        ruleId: "E5",
        field: "leadUnits.1.creditCode",
        message: "该单位于2020-03-10被取消创建引领单位资格，5年内不得再次申报，2025-03-10起方可申报（E5）",
      },
    ]);
    expect(check(twoUnits, { revocations, asOf: "2025-03-10" }).ok).toBe(true);
  });

  it("does not report a bad credit code twice, nor an unreadable asOf per unit", () => {
    expect(check({ leadUnits: [leadUnit({ creditCode: "bad" })] }, { revocations }).failures.map((f) => f.ruleId)).toEqual(["U5"]);
    expect(check(twoUnits, { revocations, asOf: "x" }).failures).toEqual([{ ruleId: "U1", field: "asOf", message: "核对日期不是有效日期（U1）" }]);
    expect(check({ leadUnits: [null] }, { revocations }).failures.filter((f) => f.ruleId === "E5")).toEqual([]);
  });

  it("refuses revocations that are not a list", () => {
    expect(check({}, { revocations: "none" }).failures).toEqual([
      { ruleId: "E5", field: "revocations", message: "缺少取消资格记录，无法核对5年内不得申报的限制（E5）" },
    ]);
  });
});

describe("checkApplicationEligibility: garbage in, findings out", () => {
  it.each([null, undefined, "application", 42, []])("%j gives one finding per missing part, never an exception", (input) => {
    const v = checkApplicationEligibility(input, { asOf });
    expect(v.ok).toBe(false);
    expect(new Set(v.failures.map((f) => f.ruleId))).toEqual(new Set(["C1", "F1", "B4", "B2", "B5", "B7", "U2", "B3", "U3", "U4", "B1"]));
    expect(v.failures.find((f) => f.ruleId === "B4")?.field).toBe("brandName");
  });

  it("follows the settings passed in", () => {
    const settings = { ...defaultEligibilitySettings, employmentThresholds: { DISTRICT: 1000, CITY: 3000, PROVINCE: 5000 } };
    expect(failureMessages(checkApplicationEligibility(application(), { asOf, settings }))).toEqual([
      "带动就业创业人数需超过1000人，当前为501人（新区级，B5）",
    ]);
  });
});

describe("B7 poverty-alleviated count", () => {
  it.each([
    [10, 10, true],
    [10, 11, false],
    [Number.NaN, 5, true], // the employed count's own problem is B5's finding
    ["5", 10, true],
    [undefined, 10, true],
  ])("employed %j, poverty-alleviated %j → %s", (employed, povertyAlleviated, ok) => {
    expect(checkPovertyAlleviated({ employed, povertyAlleviated }).ok).toBe(ok);
  });
  it("refuses a bad count", () => {
    expect(checkPovertyAlleviated({ employed: 10, povertyAlleviated: -1 }).failures).toEqual([
      { ruleId: "B7", field: "figures.povertyAlleviated", message: "带动脱贫劳动力人数不能为负数（B7）" },
    ]);
  });
});
