import { describe, expect, it } from "vitest";
import { banOf, defaultEligibilitySettings, evaluationCycles, evaluationOutcome, evaluationStanding, mayApply, revocationEffect } from "@/lib/eligibility";
import { CODE_A, CODE_B, failureMessages } from "./helpers";

describe("E1 evaluation cycles: [D+1y, D+4y), [D+4y, D+7y) …", () => {
  const recognizedOn = "2020-03-10";

  it("before the first cycle: one upcoming cycle, no current one", () => {
    expect(evaluationCycles({ recognizedOn, asOf: "2021-03-09" })).toEqual({
      ok: true,
      failures: [],
      warnings: [],
      cycles: [
        {
          index: 1,
          start: "2021-03-10",
          end: "2024-03-10",
          windowStart: "2023-12-11",
          dueDate: "2024-03-09",
          status: "upcoming",
          evaluated: false,
          overdue: false,
        },
      ],
      current: null,
      overdue: [],
    });
  });

  it.each([
    // [asOf, current, status of cycle 1, cycles returned]
    ["2020-03-10", null, "upcoming", 1],
    ["2021-03-10", 1, "running", 2], // first day of cycle 1
    ["2023-12-10", 1, "running", 2], // day before the 90-day window
    ["2023-12-11", 1, "in-window", 2], // first day of the window
    ["2024-03-09", 1, "in-window", 2], // last day of cycle 1 (due date)
    ["2024-03-10", 2, "ended", 3], // first day of cycle 2
    ["2027-03-09", 2, "ended", 3], // last day of cycle 2
    ["2027-03-10", 3, "ended", 4], // first day of cycle 3
  ])("as of %s: current %s, cycle 1 %s, %i cycles", (asOf, current, status, count) => {
    const r = evaluationCycles({ recognizedOn, asOf });
    expect(r.current).toBe(current);
    expect(r.cycles[0]?.status).toBe(status);
    expect(r.cycles).toHaveLength(count);
    expect(r.cycles.at(-1)?.status).toBe("upcoming");
  });

  it("lists cycle boundaries from D itself and flags overdue cycles", () => {
    const r = evaluationCycles({ recognizedOn, asOf: "2027-03-10", evaluatedCycles: [2] });
    expect(r.cycles.map((c) => [c.index, c.start, c.end, c.windowStart, c.dueDate, c.status, c.evaluated, c.overdue])).toEqual([
      [1, "2021-03-10", "2024-03-10", "2023-12-11", "2024-03-09", "ended", false, true],
      [2, "2024-03-10", "2027-03-10", "2026-12-10", "2027-03-09", "ended", true, false],
      [3, "2027-03-10", "2030-03-10", "2029-12-10", "2030-03-09", "running", false, false],
      [4, "2030-03-10", "2033-03-10", "2032-12-10", "2033-03-09", "upcoming", false, false],
    ]);
    expect(r.overdue).toEqual([1]);
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([{ ruleId: "E1", field: "evaluatedCycles", message: "第1个绩效评估周期已结束但尚未评估（E1）" }]);
  });

  it("keeps Feb 29 recognitions on Feb 29 in leap years", () => {
    const r = evaluationCycles({ recognizedOn: "2024-02-29", asOf: "2028-03-01" });
    expect(r.cycles.map((c) => [c.start, c.end])).toEqual([
      ["2025-02-28", "2028-02-29"],
      ["2028-02-29", "2031-02-28"],
      ["2031-02-28", "2034-02-28"],
    ]);
    expect(r.current).toBe(2);
  });

  it("follows settings.evaluationCycle", () => {
    const settings = { ...defaultEligibilitySettings, evaluationCycle: { startOffsetYears: 0, lengthYears: 2, dueWindowDays: 30 } };
    const r = evaluationCycles({ recognizedOn, asOf: "2020-03-10", settings });
    expect(r.cycles[0]).toMatchObject({ start: "2020-03-10", end: "2022-03-10", windowStart: "2022-02-08", status: "running" });
    expect(r.current).toBe(1);
  });

  it.each([
    [{ recognizedOn: "x", asOf: "2024-01-01" }, [{ ruleId: "E1", field: "recognizedOn", message: "认定日期不是有效日期，请按YYYY-MM-DD填写（E1）" }]],
    [{ recognizedOn, asOf: null }, [{ ruleId: "E1", field: "asOf", message: "核对日期不是有效日期（E1）" }]],
    [{ recognizedOn, asOf: "2024-01-01", evaluatedCycles: [0] }, [{ ruleId: "E1", field: "evaluatedCycles", message: "已评估周期须为从1开始的整数列表（E1）" }]],
    [{ recognizedOn, asOf: "2024-01-01", evaluatedCycles: [1.5] }, [{ ruleId: "E1", field: "evaluatedCycles", message: "已评估周期须为从1开始的整数列表（E1）" }]],
    [{ recognizedOn, asOf: "2024-01-01", evaluatedCycles: "1" }, [{ ruleId: "E1", field: "evaluatedCycles", message: "已评估周期须为从1开始的整数列表（E1）" }]],
    [{ recognizedOn: "2024-01-02", asOf: "2024-01-01" }, [{ ruleId: "E1", field: "recognizedOn", message: "认定日期不能晚于核对日期（E1）" }]],
  ])("refuses %j", (input, failures) => {
    expect(evaluationCycles(input)).toEqual({ ok: false, failures, warnings: [], cycles: [], current: null, overdue: [] });
  });

  it("accepts evaluatedCycles 1 as the smallest index", () => {
    expect(evaluationCycles({ recognizedOn, asOf: "2024-03-10", evaluatedCycles: [1] })).toMatchObject({ ok: true, overdue: [], warnings: [] });
    expect(evaluationCycles({ recognizedOn, asOf: "2020-03-10" }).ok).toBe(true);
  });
});

const allPass = { U1: true, U2: true, U3: true, U4: true };

describe("E2-E4 evaluation outcome", () => {
  it("a pass keeps the level's status", () => {
    expect(evaluationOutcome({ method: "ON_SITE_INSPECTION", evaluatedOn: "2024-03-01", criteria: allPass })).toEqual({
      ok: true,
      failures: [],
      warnings: [],
      outcome: { result: "PASS", status: "RETAINED", plaqueReclaimed: false },
    });
  });

  it("E4: a fail revokes the status, reclaims the plaque and starts the 5-year ban", () => {
    const r = evaluationOutcome({ method: "THIRD_PARTY", evaluatedOn: "2024-03-01", criteria: { ...allPass, U2: false, U4: false } });
    expect(r.ok).toBe(false);
    expect(r.failures).toEqual([
      { ruleId: "E3", field: "criteria.U2", message: "U2项评估不合格（E3）" },
      { ruleId: "E3", field: "criteria.U4", message: "U4项评估不合格（E3）" },
      { ruleId: "E4", message: "绩效评估不合格：取消本级劳务品牌创建引领单位资格并收回牌匾，2029-03-01前不得再次申报（E4）" },
    ]);
    expect(r.outcome).toEqual({
      result: "FAIL",
      status: "REVOKED",
      plaqueReclaimed: true,
      revocationReason: "EVALUATION_FAILED",
      revokedOn: "2024-03-01",
      banLastDay: "2029-02-28",
      mayApplyFrom: "2029-03-01",
    });
  });

  it("E2/E3: an incomplete record gives failures and no outcome", () => {
    const r = evaluationOutcome({ method: "PHONE_CALL", evaluatedOn: "2024-02-30", criteria: { U1: true, U2: "yes", U3: false } });
    expect(r).toEqual({
      ok: false,
      failures: [
        { ruleId: "E2", field: "method", message: "评估方式须为实地考察、答辩评估、委托第三方评估之一（E2）" },
        { ruleId: "E4", field: "evaluatedOn", message: "评估日期不是有效日期，请按YYYY-MM-DD填写（E4）" },
        { ruleId: "E3", field: "criteria.U2", message: "评估表须填写U2项是否合格（E3）" },
        { ruleId: "E3", field: "criteria.U4", message: "评估表须填写U4项是否合格（E3）" },
      ],
      warnings: [],
    });
    expect(evaluationOutcome({ method: "DEFENCE_REVIEW", evaluatedOn: "2024-01-01", criteria: null }).failures).toHaveLength(4);
    expect(evaluationOutcome({ method: "PHONE_CALL", evaluatedOn: "2024-01-01", criteria: allPass })).toEqual({
      ok: false,
      failures: [{ ruleId: "E2", field: "method", message: "评估方式须为实地考察、答辩评估、委托第三方评估之一（E2）" }],
      warnings: [],
    });
    expect(evaluationOutcome({ method: "DEFENCE_REVIEW", evaluatedOn: undefined, criteria: allPass }).outcome).toBeUndefined();
  });
});

describe("E5 ban: 5 years from the revocation date", () => {
  const revocations = [{ creditCode: CODE_A, revokedOn: "2020-03-10", reason: "EVALUATION_FAILED" }];

  // RULES.md's reading (settings.periodCounting "on-anniversary"): the 5 years have passed on
  // 2025-03-10. Before this change the ban ran through 2025-03-10 (the civil-code reading below).
  it("bans through 2025-03-09 (the last day) and allows 2025-03-10", () => {
    expect(mayApply({ creditCode: CODE_A, asOf: "2025-03-09", revocations })).toEqual({
      ok: false,
      failures: [
        { ruleId: "E5", field: "creditCode", message: "该单位于2020-03-10被取消创建引领单位资格，5年内不得再次申报，2025-03-10起方可申报（E5）" },
      ],
      warnings: [],
      bannedThrough: "2025-03-09",
      mayApplyFrom: "2025-03-10",
    });
    expect(mayApply({ creditCode: CODE_A, asOf: "2025-03-10", revocations })).toEqual({ ok: true, failures: [], warnings: [] });
    expect(mayApply({ creditCode: CODE_A, asOf: "2020-03-10", revocations }).ok).toBe(false);
  });

  const civilCode = { ...defaultEligibilitySettings, periodCounting: "day-after-anniversary" as const };

  it.each([
    // [counting, revokedOn, asOf, may apply]
    ["on-anniversary", "2020-03-10", "2025-03-09", false],
    ["on-anniversary", "2020-03-10", "2025-03-10", true],
    ["day-after-anniversary", "2020-03-10", "2025-03-10", false],
    ["day-after-anniversary", "2020-03-10", "2025-03-11", true],
    // Feb 29 has no counterpart in 2029: the anniversary is Feb 28.
    ["on-anniversary", "2024-02-29", "2029-02-27", false],
    ["on-anniversary", "2024-02-29", "2029-02-28", true],
    ["day-after-anniversary", "2024-02-29", "2029-02-28", false],
    ["day-after-anniversary", "2024-02-29", "2029-03-01", true],
  ] as const)("%s: revoked %s, applying on %s → may apply %s", (counting, revokedOn, asOf, ok) => {
    const settings = { ...defaultEligibilitySettings, periodCounting: counting };
    expect(mayApply({ creditCode: CODE_A, asOf, revocations: [{ creditCode: CODE_A, revokedOn }], settings }).ok).toBe(ok);
  });

  it("the civil-code reading bans through the anniversary itself", () => {
    expect(mayApply({ creditCode: CODE_A, asOf: "2025-03-10", revocations, settings: civilCode })).toMatchObject({
      bannedThrough: "2025-03-10",
      mayApplyFrom: "2025-03-11",
    });
  });

  it("banOf: Feb 29 revocations reach their anniversary on Feb 28", () => {
    expect(banOf({ revokedOn: { year: 2024, month: 2, day: 29 } })).toEqual({
      revokedOn: "2024-02-29",
      banLastDay: "2029-02-27",
      mayApplyFrom: "2029-02-28",
    });
    expect(banOf({ revokedOn: { year: 2024, month: 2, day: 29 }, settings: civilCode })).toEqual({
      revokedOn: "2024-02-29",
      banLastDay: "2029-02-28",
      mayApplyFrom: "2029-03-01",
    });
  });

  it("matches by normalised credit code and ignores other units", () => {
    expect(mayApply({ creditCode: CODE_A.toLowerCase(), asOf: "2024-01-01", revocations }).ok).toBe(false);
    expect(mayApply({ creditCode: CODE_A, asOf: "2024-01-01", revocations: [{ ...revocations[0], creditCode: ` ${CODE_A.toLowerCase()}` }] }).ok).toBe(false);
    expect(mayApply({ creditCode: CODE_B, asOf: "2024-01-01", revocations })).toEqual({ ok: true, failures: [], warnings: [] });
    expect(mayApply({ creditCode: CODE_A, asOf: "2024-01-01", revocations: [null, { creditCode: 1 }] }).ok).toBe(true);
  });

  it("uses the latest ban when there are several", () => {
    const r = mayApply({
      creditCode: CODE_A,
      asOf: "2024-01-01",
      revocations: [
        { creditCode: CODE_A, revokedOn: "2021-06-01" },
        { creditCode: CODE_A, revokedOn: "2022-06-01", reason: "FORGERY" },
        { creditCode: CODE_A, revokedOn: "2020-06-01" },
        { creditCode: CODE_A, revokedOn: "2010-06-01" },
      ],
    });
    expect(r.bannedThrough).toBe("2027-05-31");
    expect(r.failures).toEqual([
      { ruleId: "M3", field: "creditCode", message: "该单位于2022-06-01被取消创建引领单位资格，5年内不得再次申报，2027-06-01起方可申报（M3）" },
    ]);
  });

  it("a revocation without a reason is read as a failed evaluation (E5)", () => {
    expect(mayApply({ creditCode: CODE_A, asOf: "2021-01-01", revocations: [{ creditCode: CODE_A, revokedOn: "2020-03-10" }] }).failures[0]?.ruleId).toBe("E5");
  });

  it("of two bans ending the same day (Feb 28/29), the first on record is named", () => {
    const r = mayApply({
      creditCode: CODE_A,
      asOf: "2025-01-01",
      revocations: [
        { creditCode: CODE_A, revokedOn: "2024-02-29", reason: "EVALUATION_FAILED" },
        { creditCode: CODE_A, revokedOn: "2024-02-28", reason: "FORGERY" },
      ],
    });
    expect(r.failures).toEqual([
      { ruleId: "E5", field: "creditCode", message: "该单位于2024-02-29被取消创建引领单位资格，5年内不得再次申报，2029-02-28起方可申报（E5）" },
    ]);
  });

  it("M3: a revocation under M1 bans the same way, and names M3", () => {
    const r = mayApply({ creditCode: CODE_A, asOf: "2021-01-01", revocations: [{ creditCode: CODE_A, revokedOn: "2020-03-10", reason: "FALSE_PUBLICITY_OR_DAMAGE" }] });
    expect(r.failures[0]?.ruleId).toBe("M3");
    expect(r.mayApplyFrom).toBe("2025-03-10");
  });

  it("refuses rather than passes when a revocation's date cannot be read", () => {
    expect(mayApply({ creditCode: CODE_A, asOf: "2030-01-01", revocations: [{ creditCode: CODE_A, revokedOn: "unknown" }] }).failures).toEqual([
      { ruleId: "E5", field: "creditCode", message: "该单位有一条取消资格记录日期无效，无法核对5年内不得申报的限制（E5）" },
    ]);
  });

  it("refuses bad input", () => {
    expect(mayApply({ creditCode: "x", asOf: "nope", revocations: "none" }).failures).toEqual([
      { ruleId: "U5", field: "creditCode", message: "统一社会信用代码应为18位，当前为1位（U5）" },
      { ruleId: "E5", field: "asOf", message: "核对日期不是有效日期（E5）" },
      { ruleId: "E5", field: "revocations", message: "缺少取消资格记录，无法核对5年内不得申报的限制（E5）" },
    ]);
    expect(mayApply({ creditCode: CODE_A, asOf: "2024-01-01", revocations: [] }).ok).toBe(true);
    // Each problem alone is reported and stops the comparison (no exception).
    expect(failureMessages(mayApply({ creditCode: "x", asOf: "2024-01-01", revocations }))).toEqual(["统一社会信用代码应为18位，当前为1位（U5）"]);
    expect(failureMessages(mayApply({ creditCode: CODE_A, asOf: "nope", revocations }))).toEqual(["核对日期不是有效日期（E5）"]);
    expect(failureMessages(mayApply({ creditCode: CODE_A, asOf: "2024-01-01", revocations: undefined }))).toEqual([
      "缺少取消资格记录，无法核对5年内不得申报的限制（E5）",
    ]);
  });

  it("follows settings.banYears", () => {
    const settings = { ...defaultEligibilitySettings, banYears: 3 };
    expect(failureMessages(mayApply({ creditCode: CODE_A, asOf: "2023-03-09", revocations, settings }))).toEqual([
      "该单位于2020-03-10被取消创建引领单位资格，3年内不得再次申报，2023-03-10起方可申报（E5）",
    ]);
    expect(mayApply({ creditCode: CODE_A, asOf: "2023-03-10", revocations, settings }).ok).toBe(true);
  });
});

describe("M1-M3 revocation effect", () => {
  it("M1: revokes the title and reclaims the unit's plaque", () => {
    expect(revocationEffect({ reason: "FORGERY", revokedOn: "2024-05-01" })).toEqual({
      ok: true,
      failures: [],
      warnings: [],
      effect: {
        reason: "FORGERY",
        leadUnitTitleRevoked: true,
        leadUnitPlaqueReclaimed: true,
        brandPlaqueReclaimed: false,
        leavesShowcase: false,
        revokedOn: "2024-05-01",
        banLastDay: "2029-04-30",
        mayApplyFrom: "2029-05-01",
      },
    });
  });

  it("M2: severe impact also reclaims the brand's plaque and leaves the showcase", () => {
    expect(revocationEffect({ reason: "ILLEGAL_OPERATION", revokedOn: "2024-05-01", severe: true }).effect).toMatchObject({
      brandPlaqueReclaimed: true,
      leavesShowcase: true,
    });
  });

  it("refuses an unknown reason, a bad date and a non-boolean severity", () => {
    expect(revocationEffect({ reason: "BAD_LUCK", revokedOn: "2024-13-01", severe: "very" })).toEqual({
      ok: false,
      failures: [
        {
          ruleId: "M1",
          field: "reason",
          message:
            "取消资格的原因须为以下情形之一：绩效评估不合格、违法违规经营，造成不良社会影响、清算、解散、注销、吊销营业执照、以欺骗行为或其他不正当手段通过品牌认定、伪造劳务品牌相关文件、荣誉证书、奖牌、奖章、牌匾、拒不整改或整改期满后仍未达标、虚假宣传或恶意损毁劳务品牌形象、其他违法违规或违反劳务品牌相关规定行为（M1）",
        },
        { ruleId: "M3", field: "revokedOn", message: "取消资格日期不是有效日期，请按YYYY-MM-DD填写（M3）" },
        { ruleId: "M2", field: "severe", message: "是否造成严重恶劣社会影响须选择“是”或“否”（M2）" },
      ],
      warnings: [],
    });
    expect(revocationEffect({ reason: "FORGERY", revokedOn: null }).effect).toBeUndefined();
    const badReason = revocationEffect({ reason: "BAD_LUCK", revokedOn: "2024-05-01" });
    expect(badReason.ok).toBe(false);
    expect(badReason.effect).toBeUndefined();
    expect(revocationEffect({ reason: "FORGERY", revokedOn: "2024-05-01", severe: 1 }).effect).toBeUndefined();
  });
});

describe("E1 evaluationStanding: the bureau's queue", () => {
  // Recognised 2022-12-10: cycle 1 is [2023-12-10, 2026-12-10), its window opens 2026-09-11.
  const at = (asOf: string, evaluatedCycles: number[] = []) => evaluationStanding({ recognizedOn: "2022-12-10", asOf, evaluatedCycles });

  it("before the first cycle nothing is due", () => {
    const s = at("2023-06-01");
    expect([s.standing, s.cycle?.index]).toEqual(["not-started", 1]);
  });

  it("a cycle is later, then upcoming 90 days before its window, then due in its window", () => {
    expect(at("2026-06-12").standing).toBe("later");
    expect(at("2026-06-13").standing).toBe("upcoming"); // window opens in exactly 90 days
    expect(at("2026-09-10").standing).toBe("upcoming");
    const due = at("2026-09-11");
    expect([due.standing, due.cycle?.index, due.cycle?.dueDate]).toEqual(["due", 1, "2026-12-09"]);
    expect(at("2026-12-09").standing).toBe("due");
  });

  it("the day after the due date the cycle is overdue, and stays first until evaluated", () => {
    const s = at("2026-12-10");
    expect([s.standing, s.cycle?.index, s.overdue]).toEqual(["overdue", 1, [1]]);
    expect(at("2029-12-10").overdue).toEqual([1, 2]);
    expect(at("2029-12-10").cycle?.index).toBe(1);
  });

  it("an evaluated cycle moves the queue on to the next one", () => {
    const s = at("2026-12-10", [1]);
    expect([s.standing, s.cycle?.index, s.cycle?.start]).toEqual(["later", 2, "2026-12-10"]);
    expect(at("2026-10-01", [1]).standing).toBe("later");
    expect(at("2029-09-11", [1]).standing).toBe("due");
  });

  it("bad input gives the failures and no cycle", () => {
    const s = evaluationStanding({ recognizedOn: "2022-02-30", asOf: "2026-01-01" });
    expect(s.ok).toBe(false);
    expect(s.cycle).toBeNull();
  });
});
