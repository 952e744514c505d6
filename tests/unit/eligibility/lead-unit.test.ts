import { describe, expect, it } from "vitest";
import {
  APPLICATION_DECLARATIONS,
  checkDeclarations,
  checkLeadUnit,
  checkOperatingTime,
  checkPassRate,
  defaultEligibilitySettings,
  effectiveTradeName,
  UNIT_DECLARATIONS,
} from "@/lib/eligibility";
import { allDeclared, failureMessages, leadUnit, makeCode } from "./helpers";

describe("U1 operating time ≥ 1 year (calendar years)", () => {
  it.each([
    // [registered, asOf, ok, days between]
    ["2023-01-10", "2024-01-09", false], // 364 days
    ["2023-01-10", "2024-01-10", true], // 365 days
    ["2023-06-01", "2024-05-31", false], // 365 days across Feb 29 2024: not yet a calendar year
    ["2023-06-01", "2024-06-01", true], // 366 days
    ["2024-02-29", "2025-02-27", false],
    ["2024-02-29", "2025-02-28", true], // no Feb 29 in 2025: month end (民法典 第二百零二条)
    ["2024-02-29", "2025-03-01", true],
    ["2023-03-10", "2023-03-10", false], // registered on the submission date
  ])("registered %s, submitted %s → %s", (registrationDate, asOf, ok) => {
    expect(checkOperatingTime({ registrationDate, asOf }).ok).toBe(ok);
  });

  it.each([
    // The other value of settings.periodCounting, 《民法典》第二百零一条: the year begins the day
    // after registration, so it has passed the day after the anniversary.
    ["2025-01-01", "2026-01-01", false], // 365 days
    ["2025-01-01", "2026-01-02", true],
    ["2024-02-29", "2025-02-28", false],
    ["2024-02-29", "2025-03-01", true],
  ])("day-after-anniversary: registered %s, submitted %s → %s", (registrationDate, asOf, ok) => {
    const settings = { ...defaultEligibilitySettings, periodCounting: "day-after-anniversary" as const };
    expect(checkOperatingTime({ registrationDate, asOf, settings }).ok).toBe(ok);
  });

  it("counts RULES.md's example the default way: registered 2025-01-01 → a year on 2026-01-01", () => {
    expect(checkOperatingTime({ registrationDate: "2025-01-01", asOf: "2025-12-31" }).ok).toBe(false); // 364 days
    expect(checkOperatingTime({ registrationDate: "2025-01-01", asOf: "2026-01-01" })).toMatchObject({ ok: true, reachedOn: "2026-01-01" });
  });

  it("says when the year is reached", () => {
    expect(checkOperatingTime({ registrationDate: "2023-06-01", asOf: "2024-05-31" })).toEqual({
      ok: false,
      failures: [
        { ruleId: "U1", field: "registrationDate", message: "运营时间需1年及以上：成立日期2023-06-01，至2024-06-01方满1年（U1）" },
      ],
      warnings: [],
      reachedOn: "2024-06-01",
    });
    expect(checkOperatingTime({ registrationDate: "2024-02-29", asOf: "2025-02-28" })).toEqual({
      ok: true,
      failures: [],
      warnings: [],
      reachedOn: "2025-02-28",
    });
  });

  it("accepts Date instants, read as Shanghai calendar dates", () => {
    // 2023-01-09T16:30Z is 2023-01-10 00:30 in Shanghai.
    expect(checkOperatingTime({ registrationDate: new Date("2023-01-09T16:30:00Z"), asOf: "2024-01-10" }).ok).toBe(true);
    expect(checkOperatingTime({ registrationDate: new Date("2023-01-10T16:30:00Z"), asOf: "2024-01-10" }).ok).toBe(false);
  });

  it("registered on the submission date: too short, not in the future", () => {
    expect(failureMessages(checkOperatingTime({ registrationDate: "2023-03-10", asOf: "2023-03-10" }))).toEqual([
      "运营时间需1年及以上：成立日期2023-03-10，至2024-03-10方满1年（U1）",
    ]);
  });

  it("refuses a registration date after the submission date", () => {
    expect(checkOperatingTime({ registrationDate: "2024-06-02", asOf: "2024-06-01" }).failures).toEqual([
      { ruleId: "U1", field: "registrationDate", message: "成立日期不能晚于申报日期2024-06-01（U1）" },
    ]);
  });

  it.each([
    [null, "成立日期未填写（U1）"],
    ["", "成立日期未填写（U1）"],
    ["2023-02-29", "成立日期不是有效日期，请按YYYY-MM-DD填写（U1）"],
    ["10/03/2023", "成立日期不是有效日期，请按YYYY-MM-DD填写（U1）"],
    [new Date(Number.NaN), "成立日期不是有效日期，请按YYYY-MM-DD填写（U1）"],
  ])("registration date %j → %s", (registrationDate, message) => {
    expect(checkOperatingTime({ registrationDate, asOf: "2024-01-01" }).failures).toEqual([
      { ruleId: "U1", field: "registrationDate", message },
    ]);
  });

  it("refuses an invalid asOf, together with an invalid registration date", () => {
    expect(checkOperatingTime({ registrationDate: "2020-01-01", asOf: "soon" }).failures).toEqual([
      { ruleId: "U1", field: "asOf", message: "核对日期不是有效日期（U1）" },
    ]);
    expect(checkOperatingTime({ registrationDate: "x", asOf: undefined }).failures.map((f) => f.field)).toEqual(["registrationDate", "asOf"]);
  });

  it("follows settings.minOperatingYears", () => {
    const settings = { ...defaultEligibilitySettings, minOperatingYears: 2 };
    expect(failureMessages(checkOperatingTime({ registrationDate: "2023-01-10", asOf: "2024-06-01", settings }))).toEqual([
      "运营时间需2年及以上：成立日期2023-01-10，至2025-01-10方满2年（U1）",
    ]);
  });
});

describe("U1 declarations of each lead unit", () => {
  it("passes when every box is exactly true", () => {
    expect(checkDeclarations({ declarations: allDeclared, list: UNIT_DECLARATIONS })).toEqual({ ok: true, failures: [], warnings: [] });
  });

  it("lists every box not ticked, and does not count 'yes' or 1 as ticked", () => {
    const v = checkDeclarations({
      declarations: { ...allDeclared, lawAbiding: false, noViolations: "yes", noPendingDisputes: 1 },
      list: UNIT_DECLARATIONS,
    });
    expect(v.failures).toEqual([
      { ruleId: "U1", field: "lawAbiding", message: "须承诺“遵守国家法律法规”（U1）" },
      { ruleId: "U1", field: "noViolations", message: "须承诺“无违法违纪行为”（U1）" },
      { ruleId: "U1", field: "noPendingDisputes", message: "须承诺“无未了结的法律、经济纠纷”（U1）" },
    ]);
  });

  it.each([null, undefined, "all", []])("refuses every box for %j", (declarations) => {
    expect(checkDeclarations({ declarations, list: UNIT_DECLARATIONS }).failures).toHaveLength(5);
  });
});

describe("U2/U3/U4 application declarations", () => {
  it("names each declaration's rule", () => {
    const v = checkDeclarations({ declarations: {}, list: APPLICATION_DECLARATIONS });
    expect(v.failures.map((f) => `${f.ruleId}:${f.field}`)).toEqual([
      "B3:industrialPolicy",
      "U2:regularTraining",
      "U2:trainingLedger",
      "U2:entrepreneurshipGuidance",
      "U3:stableTransferChannels",
      "U3:priorityPovertyAlleviated",
      "U3:employmentLedger",
      "U4:safetyEducation",
      "U4:rightsServices",
    ]);
    expect(failureMessages(v)).toContain("须承诺“优先吸纳脱贫劳动力”（U3）");
    expect(failureMessages(v)).toContain("须承诺“劳动维权等服务和管理及时高效”（U4）");
  });
});

describe("U2 training pass rate ≥ 60%", () => {
  it.each([
    [1000, 599, false, 59.9],
    [1000, 600, true, 60],
    [10000, 5999, false, 59.9], // 59.99% is shown rounded down, never as 60.0%
    [5, 3, true, 60],
    [3, 2, true, 66.6],
    [7, 7, true, 100],
    [7, 0, false, 0],
  ])("trained %i, passed %i → %s (%f%)", (trained, passed, ok, rate) => {
    const v = checkPassRate({ trained, passed });
    expect(v.ok).toBe(ok);
    expect(v.ratePercent).toBe(rate);
  });

  it("names the rate in the message", () => {
    expect(checkPassRate({ trained: 1000, passed: 599 }).failures).toEqual([
      { ruleId: "U2", field: "figures.passed", message: "培训合格率需达到60%以上，当前为59.9%（U2）" },
    ]);
    expect(failureMessages(checkPassRate({ trained: 7, passed: 0 }))).toEqual(["培训合格率需达到60%以上，当前为0.0%（U2）"]);
  });

  it("refuses no trainees and more passed than trained", () => {
    expect(checkPassRate({ trained: 0, passed: 0 })).toEqual({
      ok: false,
      failures: [{ ruleId: "U2", field: "figures.trained", message: "培训人数须大于0（U2）" }],
      warnings: [],
    });
    expect(checkPassRate({ trained: 10, passed: 11 }).failures).toEqual([
      { ruleId: "U2", field: "figures.passed", message: "培训合格人数不能多于培训人数（U2）" },
    ]);
  });

  it("refuses bad counts field by field", () => {
    expect(checkPassRate({ trained: -1, passed: 2.5 }).failures).toEqual([
      { ruleId: "U2", field: "figures.trained", message: "培训人数不能为负数（U2）" },
      { ruleId: "U2", field: "figures.passed", message: "培训合格人数必须是整数（U2）" },
    ]);
    expect(checkPassRate({ trained: 10, passed: undefined }).failures).toEqual([
      { ruleId: "U2", field: "figures.passed", message: "培训合格人数未填写（U2）" },
    ]);
  });

  it("follows settings.minPassRatePercent", () => {
    const settings = { ...defaultEligibilitySettings, minPassRatePercent: 70 };
    expect(failureMessages(checkPassRate({ trained: 10, passed: 6, settings }))).toEqual(["培训合格率需达到70%以上，当前为60.0%（U2）"]);
  });
});

describe("U1/U5/F1/B4 checkLeadUnit", () => {
  const asOf = "2024-06-01";

  it("passes a complete unit", () => {
    expect(checkLeadUnit({ unit: leadUnit(), asOf })).toEqual({ ok: true, failures: [], warnings: [] });
    expect(checkLeadUnit({ unit: leadUnit({ unitType: undefined, tradeName: null }), asOf }).ok).toBe(true);
  });

  it("reports every problem with a field path relative to the unit", () => {
    const v = checkLeadUnit({
      unit: leadUnit({
        name: " ",
        creditCode: "91611105MA6T0001",
        unitType: "COMPANY",
        tradeName: 7,
        registrationDate: "2024-01-01",
        declarations: { ...allDeclared, soundManagement: false },
      }),
      asOf,
    });
    expect(v.failures).toEqual([
      { ruleId: "U5", field: "name", message: "单位名称未填写（U5）" },
      { ruleId: "U5", field: "creditCode", message: "统一社会信用代码应为18位，当前为16位（U5）" },
      { ruleId: "F1", field: "unitType", message: "单位类型须为企业、事业单位、社会团体、行业协会、职业培训机构、人力资源服务机构、龙头企业、西咸集团/园办单位、技工院校之一（F1）" },
      { ruleId: "B4", field: "tradeName", message: "字号必须是文字（B4）" },
      { ruleId: "U1", field: "registrationDate", message: "运营时间需1年及以上：成立日期2024-01-01，至2025-01-01方满1年（U1）" },
      { ruleId: "U1", field: "declarations.soundManagement", message: "须承诺“具有规范的内部管理和财务管理制度”（U1）" },
    ]);
  });

  it("passes on the credit code's warnings under creditCode", () => {
    const v = checkLeadUnit({ unit: leadUnit({ creditCode: makeCode("MA6T0001", "B1611105") }), asOf });
    expect(v).toEqual({
      ok: true,
      failures: [],
      warnings: [
        { ruleId: "U5", field: "creditCode", message: "统一社会信用代码第1位（登记管理部门码）“B”不在已知代码中，请核对（U5）" },
      ],
    });
  });

  it("treats a non-object as an empty unit", () => {
    expect(checkLeadUnit({ unit: null, asOf }).failures.map((f) => f.field)).toEqual([
      "name",
      "creditCode",
      "registrationDate",
      "declarations.industryScale",
      "declarations.lawAbiding",
      "declarations.soundManagement",
      "declarations.noViolations",
      "declarations.noPendingDisputes",
    ]);
  });
});

describe("B4 effectiveTradeName", () => {
  it("uses the recorded 字号, else the suggestion from the name", () => {
    expect(effectiveTradeName({ unit: { name: "西安好帮手家政服务有限公司", tradeName: " 帮帮 " } })).toBe("帮帮");
    expect(effectiveTradeName({ unit: { name: "西安好帮手家政服务有限公司", tradeName: "" } })).toBe("好帮手");
    expect(effectiveTradeName({ unit: { name: "西安好帮手家政服务有限公司" } })).toBe("好帮手");
    expect(effectiveTradeName({ unit: null })).toBe("");
  });
});
