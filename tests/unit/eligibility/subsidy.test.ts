import { describe, expect, it } from "vitest";
import {
  addMonths,
  nextLevel,
  usageReportSchedule,
  checkSubsidySplit, checkUsageLine, checkUsageReport, defaultEligibilitySettings, formatFen, subsidyDue, subsidyForLevel } from "@/lib/eligibility";
import { CODE_A, CODE_B, CODE_C, failureMessages } from "./helpers";

const noneSettings = { ...defaultEligibilitySettings, subsidyUpgradePolicy: "none" as const };

describe("S1 subsidy per level (integer yuan, cap 300000)", () => {
  it.each([
    ["DISTRICT", 100000],
    ["CITY", 200000],
    ["PROVINCE", 250000],
    ["NATIONAL", 300000],
  ])("%s → %i", (level, amount) => {
    expect(subsidyForLevel({ level })).toEqual({ ok: true, failures: [], warnings: [], amount });
  });

  it("never exceeds the cap even if an amount is set above it", () => {
    const settings = { ...defaultEligibilitySettings, subsidyAmounts: { ...defaultEligibilitySettings.subsidyAmounts, NATIONAL: 400000 } };
    expect(subsidyForLevel({ level: "NATIONAL", settings }).amount).toBe(300000);
  });

  it.each(["COUNTY", null, 3])("refuses level %j with amount 0", (level) => {
    expect(subsidyForLevel({ level })).toEqual({
      ok: false,
      failures: [{ ruleId: "F5", field: "level", message: "申报级别须为新区级、市级、省级或国家级（F5）" }],
      warnings: [],
      amount: 0,
    });
  });
});

describe("S4 amount due on recognition (top-up: 就高补差)", () => {
  it.each([
    ["DISTRICT", 0, 100000],
    ["CITY", 100000, 100000],
    ["PROVINCE", 200000, 50000],
    ["NATIONAL", 250000, 50000],
    ["NATIONAL", 100000, 200000],
    ["DISTRICT", 200000, 0], // a lower level after a higher one pays nothing, never negative
    ["NATIONAL", 300000, 0],
  ])("%s after %i paid → %i", (level, alreadyPaid, amount) => {
    expect(subsidyDue({ level, alreadyPaid })).toEqual({ ok: true, failures: [], warnings: [], amount });
  });
});

describe("S4 amount due with policy none", () => {
  it.each([
    ["CITY", 0, 200000],
    ["NATIONAL", 100000, 0],
    ["NATIONAL", 1, 0],
  ])("%s after %i paid → %i", (level, alreadyPaid, amount) => {
    expect(subsidyDue({ level, alreadyPaid, settings: noneSettings }).amount).toBe(amount);
  });
});

describe("S4 bad input", () => {
  it("refuses what was already paid above the cap", () => {
    expect(subsidyDue({ level: "NATIONAL", alreadyPaid: 300001 })).toEqual({
      ok: false,
      failures: [{ ruleId: "S4", field: "alreadyPaid", message: "已发放奖补金额300001元已超过上限300000元，请核对（S4）" }],
      warnings: [],
      amount: 0,
    });
  });

  it.each([
    [-1, "已发放奖补金额不能为负数（S4）"],
    [0.5, "已发放奖补金额必须是整数（S4）"],
    [undefined, "已发放奖补金额未填写（S4）"],
  ])("alreadyPaid %j → %s", (alreadyPaid, message) => {
    expect(subsidyDue({ level: "CITY", alreadyPaid })).toEqual({
      ok: false,
      failures: [{ ruleId: "S4", field: "alreadyPaid", message }],
      warnings: [],
      amount: 0,
    });
  });

  it("reports a bad level and a bad payment together", () => {
    expect(subsidyDue({ level: "X", alreadyPaid: -1 }).failures.map((f) => f.ruleId)).toEqual(["F5", "S4"]);
    expect(subsidyDue({ level: "X", alreadyPaid: 0 })).toMatchObject({ ok: false, amount: 0 });
  });
});

describe("S2/S3 split among lead units", () => {
  const leadUnitCreditCodes = [CODE_A, CODE_B];
  const split = (shares: unknown, amount: unknown = 100000) => checkSubsidySplit({ amount, leadUnitCreditCodes, shares });

  it("accepts shares that add up exactly, including a 0 share and a unit left out", () => {
    expect(split([{ creditCode: CODE_A, amount: 60000 }, { creditCode: CODE_B, amount: 40000 }])).toEqual({ ok: true, failures: [], warnings: [] });
    expect(split([{ creditCode: CODE_A, amount: 100000 }, { creditCode: CODE_B, amount: 0 }]).ok).toBe(true);
    expect(split([{ creditCode: CODE_A.toLowerCase(), amount: 100000 }]).ok).toBe(true);
  });

  it.each([
    [59999, "各单位分配金额合计99999元，应等于奖补金额100000元（S3）"],
    [60001, "各单位分配金额合计100001元，应等于奖补金额100000元（S3）"],
  ])("refuses a split off by one yuan (%i)", (first, message) => {
    expect(split([{ creditCode: CODE_A, amount: first }, { creditCode: CODE_B, amount: 40000 }]).failures).toEqual([
      { ruleId: "S3", field: "shares", message },
    ]);
  });

  it("refuses a negative or fractional share, and does not also complain about the sum", () => {
    expect(split([{ creditCode: CODE_A, amount: 100001 }, { creditCode: CODE_B, amount: -1 }]).failures).toEqual([
      { ruleId: "S3", field: "shares.1.amount", message: "分配金额不能为负数（S3）" },
    ]);
    expect(failureMessages(split([{ creditCode: CODE_A, amount: 99999.5 }, { creditCode: CODE_B, amount: 0.5 }]))).toEqual([
      "分配金额必须是整数（S3）",
      "分配金额必须是整数（S3）",
    ]);
  });

  it("refuses a unit that is not a lead unit, a unit twice and a share without a code", () => {
    expect(split([{ creditCode: CODE_C, amount: 100000 }]).failures).toEqual([
      { ruleId: "S3", field: "shares.0.creditCode", message: `“${CODE_C}”不是本品牌的创建引领单位（S3）` },
    ]);
    expect(split([{ creditCode: CODE_A, amount: 50000 }, { creditCode: CODE_A, amount: 50000 }]).failures).toEqual([
      { ruleId: "S3", field: "shares.1.creditCode", message: `“${CODE_A}”重复分配，每家创建引领单位只能分配一次（S3）` },
    ]);
    expect(split([{ amount: 100000 }]).failures).toEqual([
      { ruleId: "S3", field: "shares.0.creditCode", message: "分配对象未填写统一社会信用代码（S3）" },
    ]);
    expect(split([null]).failures.map((f) => f.field)).toEqual(["shares.0.creditCode", "shares.0.amount"]);
  });

  it("refuses no shares, a bad amount, and an amount above the cap", () => {
    expect(split([])).toEqual({
      ok: false,
      failures: [{ ruleId: "S2", field: "shares", message: "须将奖补金额分配给至少1家创建引领单位（S2）" }],
      warnings: [],
    });
    expect(split(undefined).ok).toBe(false);
    expect(split([{ creditCode: CODE_A, amount: 1 }], -1).failures).toEqual([
      { ruleId: "S2", field: "amount", message: "奖补金额不能为负数（S2）" },
    ]);
    expect(split([{ creditCode: CODE_A, amount: 300001 }], 300001).failures).toEqual([
      { ruleId: "S1", field: "amount", message: "奖补金额300001元超过上限300000元（S1）" },
    ]);
    expect(split([{ creditCode: CODE_A, amount: 300000 }], 300000).ok).toBe(true);
  });

  it("refuses a missing list of lead units", () => {
    expect(checkSubsidySplit({ amount: 1, leadUnitCreditCodes: null, shares: [{ creditCode: CODE_A, amount: 1 }] })).toEqual({
      ok: false,
      failures: [
        { ruleId: "S3", field: "leadUnitCreditCodes", message: "未提供本品牌创建引领单位的统一社会信用代码，无法核对分配对象（S3）" },
      ],
      warnings: [],
    });
    expect(checkSubsidySplit({ amount: 1, leadUnitCreditCodes: undefined, shares: [] }).failures.map((f) => f.ruleId)).toEqual(["S3", "S2"]);
    expect(checkSubsidySplit({ amount: 1, leadUnitCreditCodes: [42, CODE_A], shares: [{ creditCode: CODE_A, amount: 1 }] }).ok).toBe(true);
  });
});

const goodLine = { date: "2024-05-10", purpose: "PROMOTION", paymentMethod: "BANK_TRANSFER", amountFen: 1234567 };

describe("S5-S7 usage line", () => {
  it("accepts a line on the award date", () => {
    expect(checkUsageLine({ line: goodLine, awardDate: "2024-05-10" })).toEqual({ ok: true, failures: [], warnings: [], amountFen: 1234567 });
  });

  it("S6 refuses a line one day before the award (no retroactive use)", () => {
    expect(checkUsageLine({ line: { ...goodLine, date: "2024-05-09" }, awardDate: "2024-05-10" }).failures).toEqual([
      {
        ruleId: "S6",
        field: "date",
        message: "资金使用日期2024-05-09早于奖补资金拨付日期2024-05-10，奖补资金使用不能向前追溯（S6）",
      },
    ]);
  });

  it("S7 refuses cash and an unknown payment method", () => {
    expect(checkUsageLine({ line: { ...goodLine, paymentMethod: "CASH" }, awardDate: "2024-05-10" }).failures).toEqual([
      { ruleId: "S7", field: "paymentMethod", message: "奖补资金不能使用现金支付（S7）" },
    ]);
    expect(checkUsageLine({ line: { ...goodLine, paymentMethod: "现金" }, awardDate: "2024-05-10" }).failures).toEqual([
      { ruleId: "S7", field: "paymentMethod", message: "支付方式无效，请选择银行转账、公务卡等非现金方式（S7）" },
    ]);
  });

  it("S5 refuses a purpose outside the list", () => {
    expect(checkUsageLine({ line: { ...goodLine, purpose: "SALARIES" }, awardDate: "2024-05-10" }).failures).toEqual([
      { ruleId: "S5", field: "purpose", message: "资金用途须为劳务品牌培育发展、劳务品牌壮大提升、宣传推介、交流展示之一（S5）" },
    ]);
  });

  it("S8 refuses a zero or bad amount and a line after the report date", () => {
    expect(checkUsageLine({ line: { ...goodLine, amountFen: 0 }, awardDate: "2024-05-10" }).failures).toEqual([
      { ruleId: "S8", field: "amountFen", message: "使用金额须大于0（S8）" },
    ]);
    expect(checkUsageLine({ line: { ...goodLine, amountFen: 12.5 }, awardDate: "2024-05-10" })).toEqual({
      ok: false,
      failures: [{ ruleId: "S8", field: "amountFen", message: "使用金额（分）必须是整数（S8）" }],
      warnings: [],
    });
    expect(checkUsageLine({ line: goodLine, awardDate: "2024-05-10", asOf: "2024-05-09" }).failures).toEqual([
      { ruleId: "S8", field: "date", message: "资金使用日期2024-05-10晚于报告日期2024-05-09（S8）" },
    ]);
    expect(checkUsageLine({ line: goodLine, awardDate: "2024-05-10", asOf: "2024-05-10" }).ok).toBe(true);
  });

  it("refuses bad dates and a non-object line", () => {
    expect(checkUsageLine({ line: { ...goodLine, date: "2024-5-10" }, awardDate: "nope", asOf: "later" }).failures).toEqual([
      { ruleId: "S6", field: "awardDate", message: "奖补资金拨付日期不是有效日期，请按YYYY-MM-DD填写（S6）" },
      { ruleId: "S8", field: "asOf", message: "核对日期不是有效日期（S8）" },
      { ruleId: "S6", field: "date", message: "资金使用日期不是有效日期，请按YYYY-MM-DD填写（S6）" },
    ]);
    expect(checkUsageLine({ line: "x", awardDate: "2024-05-10" }).failures.map((f) => f.field)).toEqual([
      "date",
      "purpose",
      "paymentMethod",
      "amountFen",
    ]);
    // A good date against a bad award date is not compared, nor reported twice.
    expect(checkUsageLine({ line: goodLine, awardDate: null }).failures.map((f) => f.field)).toEqual(["awardDate"]);
  });
});

describe("S8 usage report", () => {
  const report = (lines: unknown, share: unknown = 50000, extra: Record<string, unknown> = {}) =>
    checkUsageReport({ lines, awardDate: "2024-05-10", share, ...extra });

  it("accepts spending up to the share and reports what remains", () => {
    expect(report([goodLine, { ...goodLine, amountFen: 3765433 }])).toEqual({
      ok: true,
      failures: [],
      warnings: [],
      spentFen: 5000000,
      remainingFen: 0,
    });
    expect(report([], 10)).toEqual({ ok: true, failures: [], warnings: [], spentFen: 0, remainingFen: 1000 });
    expect(report([goodLine], 50000, { previouslySpentFen: 100 }).spentFen).toBe(1234667);
  });

  it("refuses spending one fen above the share, counting earlier reports", () => {
    expect(report([goodLine], 50000, { previouslySpentFen: 3765434 }).failures).toEqual([
      { ruleId: "S8", field: "lines", message: "累计使用金额50000.01元，超过分配的奖补金额50000.00元（S8）" },
    ]);
  });

  it("puts line findings under lines.N and report-level findings once", () => {
    const v = report([goodLine, { ...goodLine, paymentMethod: "CASH", date: "2024-05-01" }], 50000, { asOf: "bad" });
    expect(v.failures).toEqual([
      { ruleId: "S6", field: "lines.1.date", message: "资金使用日期2024-05-01早于奖补资金拨付日期2024-05-10，奖补资金使用不能向前追溯（S6）" },
      { ruleId: "S7", field: "lines.1.paymentMethod", message: "奖补资金不能使用现金支付（S7）" },
      { ruleId: "S8", field: "asOf", message: "核对日期不是有效日期（S8）" },
    ]);
    expect(checkUsageReport({ lines: [goodLine, goodLine], awardDate: "x", share: 50000 }).failures).toEqual([
      { ruleId: "S6", field: "awardDate", message: "奖补资金拨付日期不是有效日期，请按YYYY-MM-DD填写（S6）" },
    ]);
  });

  it("refuses bad report-level input", () => {
    expect(report("lines")).toEqual({
      ok: false,
      failures: [{ ruleId: "S8", field: "lines", message: "资金使用明细缺失（S8）" }],
      warnings: [],
      spentFen: 0,
    });
    expect(report([goodLine], -5)).toEqual({
      ok: false,
      failures: [{ ruleId: "S8", field: "share", message: "分配金额不能为负数（S8）" }],
      warnings: [],
      spentFen: 1234567,
    });
    expect(report([goodLine], 50000, { previouslySpentFen: Number.NaN }).failures).toEqual([
      { ruleId: "S8", field: "previouslySpentFen", message: "此前已使用金额（分）必须是数字（S8）" },
    ]);
    expect(report([{ ...goodLine, amountFen: -1 }]).spentFen).toBe(0);
  });

  it("formats fen as yuan without floating point", () => {
    expect(formatFen(5)).toBe("0.05");
    expect(formatFen(123456)).toBe("1234.56");
    expect(formatFen(100)).toBe("1.00");
  });
});

describe("S8 usageReportSchedule: every six months from the first payment, until fully used", () => {
  const d = (year: number, month: number, day: number) => ({ year, month, day });
  const base = { firstPaidOn: d(2026, 3, 10), reportsFiled: 0, receivedFen: 6_000_000, reportedFen: 0, fullyPaid: true };

  it("adds months keeping the day, or the month's last day (民法典 第二百零二条)", () => {
    expect(addMonths(d(2026, 3, 10), 6)).toEqual(d(2026, 9, 10));
    expect(addMonths(d(2026, 8, 31), 6)).toEqual(d(2027, 2, 28));
    expect(addMonths(d(2027, 8, 31), 6)).toEqual(d(2028, 2, 29));
    expect(addMonths(d(2026, 11, 30), 14)).toEqual(d(2028, 1, 30));
  });

  it("nothing is due before any payment", () => {
    expect(usageReportSchedule({ ...base, firstPaidOn: null, receivedFen: 0, today: d(2027, 1, 1) })).toEqual({ due: false });
  });

  it.each([
    [d(2026, 9, 10), false],
    [d(2026, 9, 11), true],
  ])("the first report falls due on 2026-09-10; on %o overdue = %s", (today, overdue) => {
    expect(usageReportSchedule({ ...base, today })).toEqual({ due: true, dueOn: d(2026, 9, 10), sequence: 1, overdue });
  });

  it("the next one follows the reports already filed", () => {
    expect(usageReportSchedule({ ...base, reportsFiled: 2, reportedFen: 1_000_000, today: d(2027, 3, 1) })).toEqual({ due: true, dueOn: d(2027, 9, 10), sequence: 3, overdue: false });
  });

  it("nothing is due once every yuan of a fully paid share is reported; a partly paid share stays due", () => {
    expect(usageReportSchedule({ ...base, reportsFiled: 1, reportedFen: 6_000_000, today: d(2030, 1, 1) })).toEqual({ due: false });
    expect(usageReportSchedule({ ...base, reportsFiled: 1, reportedFen: 6_000_000, fullyPaid: false, today: d(2027, 3, 11) })).toMatchObject({ due: true, sequence: 2, overdue: true });
  });

  it("the interval is a setting", () => {
    const settings = { ...defaultEligibilitySettings, usageReportIntervalMonths: 3 };
    expect(usageReportSchedule({ ...base, today: d(2026, 6, 1), settings })).toMatchObject({ dueOn: d(2026, 6, 10) });
  });
});

describe("F5 nextLevel: one level up, none above national", () => {
  it.each([
    ["DISTRICT", "CITY"],
    ["CITY", "PROVINCE"],
    ["PROVINCE", "NATIONAL"],
    ["NATIONAL", null],
  ] as const)("%s → %s", (from, to) => {
    expect(nextLevel(from)).toBe(to);
  });
});
