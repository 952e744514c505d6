import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as eligibility from "@/lib/eligibility";
import {
  addDays,
  addYears,
  CATEGORIES,
  compareDates,
  DEFAULT_TARGETS,
  defaultEligibilitySettings,
  EVALUATION_METHODS,
  formatDate,
  isCodeOf,
  labelOf,
  LEVELS,
  levelRank,
  NEW_CITIES,
  parseCalendarDate,
  PAYMENT_METHODS,
  REVOCATION_REASONS,
  RULE_INDEX,
  todayInShanghai,
  UNIT_TYPES,
  USAGE_PURPOSES,
} from "@/lib/eligibility";

describe("dates: Shanghai calendar dates, never the machine's zone", () => {
  it.each([
    ["2024-02-29", "2024-02-29"],
    [" 2024-03-10 ", "2024-03-10"],
    [new Date("2024-03-09T16:00:00Z"), "2024-03-10"], // midnight in Shanghai
    [new Date("2024-03-09T15:59:59Z"), "2024-03-09"],
    ["2024-03-09T16:00:00Z", "2024-03-10"],
    ["2024-03-10T07:59:59.999+08:00", "2024-03-10"],
    ["2024-03-10T23:30-05:00", "2024-03-11"],
  ])("%j → %s", (input, expected) => {
    const parsed = parseCalendarDate(input);
    expect(parsed.ok && formatDate(parsed.date)).toBe(expected);
  });

  it.each([
    [null, "missing"],
    [undefined, "missing"],
    ["", "missing"],
    ["  ", "missing"],
    ["2023-02-29", "invalid"],
    ["2024-00-10", "invalid"],
    ["2024-13-10", "invalid"],
    ["2024-04-31", "invalid"],
    ["2024-04-00", "invalid"],
    ["2024-4-1", "invalid"],
    ["x2024-04-01", "invalid"],
    ["2024-04-01x", "invalid"],
    ["2024-03-10T10:00:00", "invalid"], // an instant without an offset is ambiguous
    ["2024-03-10T25:00:00Z", "invalid"],
    ["+002024-03-10T10:00:00Z", "invalid"],
    [new Date(Number.NaN), "invalid"],
    [20240310, "invalid"],
    [{}, "invalid"],
  ])("%j → %s", (input, reason) => {
    expect(parseCalendarDate(input)).toEqual({ ok: false, reason });
  });

  it("adds years with Feb 29 → Feb 28, and days across months", () => {
    const d = { year: 2024, month: 2, day: 29 };
    expect(addYears(d, 1)).toEqual({ year: 2025, month: 2, day: 28 });
    expect(addYears(d, 4)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(addYears({ year: 2023, month: 12, day: 31 }, 1)).toEqual({ year: 2024, month: 12, day: 31 });
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addDays({ year: 2024, month: 3, day: 1 }, -1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(compareDates({ year: 2024, month: 3, day: 1 }, { year: 2024, month: 2, day: 29 })).toBe(1);
    expect(formatDate({ year: 987, month: 1, day: 2 })).toBe("0987-01-02");
  });

  it("today in Shanghai is a real date", () => {
    const today = todayInShanghai();
    expect(parseCalendarDate(formatDate(today))).toEqual({ ok: true, date: today });
    const shanghaiNow = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
    expect([shanghaiNow, formatDate(todayInShanghai())]).toContain(formatDate(today));
  });
});

describe("F1/C1/F5/M1/E2/S5/S7 code lists", () => {
  it("F1: the five new cities", () => {
    expect(NEW_CITIES.map((c) => `${c.code}:${c.label}`)).toEqual([
      "FENGDONG:沣东新城",
      "FENGXI:沣西新城",
      "QINHAN:秦汉新城",
      "KONGGANG:空港新城",
      "JINGHE:泾河新城",
    ]);
    expect(UNIT_TYPES.map((t) => t.code)).toEqual([
      "ENTERPRISE",
      "PUBLIC_INSTITUTION",
      "SOCIAL_ORGANIZATION",
      "INDUSTRY_ASSOCIATION",
      "VOCATIONAL_TRAINING_INSTITUTION",
      "HR_SERVICE_AGENCY",
      "LEADING_ENTERPRISE",
      "XIXIAN_GROUP_OR_PARK_UNIT",
      "TECHNICAL_SCHOOL",
    ]);
  });

  it("C1: four categories; F5: levels low to high", () => {
    expect(CATEGORIES.map((c) => `${c.code}:${c.label}`)).toEqual([
      "HIGH_QUALITY_SERVICE:高品质服务型",
      "MID_HIGH_SKILL:中高端技能型",
      "CULTURE_TOURISM:文化和旅游类",
      "LIVELIHOOD_SECURITY:民生保障型",
    ]);
    expect(LEVELS.map((l) => `${l.code}:${l.label}`)).toEqual(["DISTRICT:新区级", "CITY:市级", "PROVINCE:省级", "NATIONAL:国家级"]);
    expect(LEVELS.map((l) => levelRank(l.code))).toEqual([0, 1, 2, 3]);
  });

  it("M1 reasons, E2 methods, S5 purposes, S7 payment methods (CASH included)", () => {
    expect(REVOCATION_REASONS.map((r) => r.code)).toEqual([
      "EVALUATION_FAILED",
      "ILLEGAL_OPERATION",
      "DISSOLVED_OR_LICENCE_REVOKED",
      "IMPROPER_RECOGNITION",
      "FORGERY",
      "REFUSED_RECTIFICATION",
      "FALSE_PUBLICITY_OR_DAMAGE",
      "OTHER_VIOLATION",
    ]);
    expect(EVALUATION_METHODS.map((m) => m.code)).toEqual(["ON_SITE_INSPECTION", "DEFENCE_REVIEW", "THIRD_PARTY"]);
    expect(USAGE_PURPOSES.map((p) => p.code)).toEqual(["CULTIVATION", "GROWTH", "PROMOTION", "EXCHANGE_EXHIBITION"]);
    expect(labelOf(PAYMENT_METHODS, "CASH")).toBe("现金");
    expect(PAYMENT_METHODS.map((p) => `${p.code}:${p.label}`)).toEqual([
      "BANK_TRANSFER:银行转账",
      "OFFICIAL_CARD:公务卡",
      "CHEQUE:支票",
      "ONLINE_PAYMENT:网上支付",
      "CASH:现金",
    ]);
  });

  it("labelOf / isCodeOf handle unknown codes", () => {
    expect(labelOf(LEVELS, "CITY")).toBe("市级");
    expect(labelOf(LEVELS, "TOWN")).toBeUndefined();
    expect(isCodeOf(LEVELS, "CITY")).toBe(true);
    expect(isCodeOf(LEVELS, null)).toBe(false);
  });

  it("T2: default targets to the end of 2025", () => {
    expect(DEFAULT_TARGETS).toEqual({ byYearEnd: 2025, districtBrands: 3, cityOrProvinceBrands: 2, nationalRecommendations: 1 });
  });
});

describe("settings: the default word lists (B4) are policy, pinned here", () => {
  it("keeps the brand-name lists", () => {
    expect(defaultEligibilitySettings.brandName.tradeSuffixes).toEqual(["师", "工", "匠", "嫂", "姐", "哥", "厨", "员", "农", "娘", "妹", "手"]);
    expect(defaultEligibilitySettings.brandName.placeWords).toEqual([
      "陕西", "西安", "西咸", "沣东", "沣西", "秦汉", "空港", "泾河", "秦", "关中", "咸阳", "长安", "三秦",
    ]);
  });
  it("keeps the trade-name stripping lists", () => {
    expect(defaultEligibilitySettings.tradeName).toEqual({
      placeWords: [
        "中国", "陕西省", "陕西", "西安市", "西安", "咸阳市", "咸阳", "西咸新区", "西咸", "沣东新城", "沣东", "沣西新城", "沣西",
        "秦汉新城", "秦汉", "空港新城", "空港", "泾河新城", "泾河", "关中", "三秦", "长安区", "长安", "泾阳县", "泾阳", "新区", "新城",
      ],
      organisationForms: [
        "股份有限公司", "有限责任公司", "有限公司", "股份", "集团", "公司", "行业协会", "协会", "商会", "学会", "联合会", "技工学校",
        "职业学校", "学校", "职业技术学院", "学院", "中心", "专业合作社", "合作社", "研究院", "研究所", "工作室", "事务所",
      ],
      industryWords: [
        "家政服务", "家政", "人力资源服务", "人力资源", "劳务派遣", "劳务", "职业技能培训", "技能培训", "职业培训", "培训", "教育科技",
        "教育", "信息技术", "科技", "技术", "餐饮管理", "餐饮", "物业管理", "物业", "企业管理", "管理", "文化传播", "文化传媒", "文化",
        "旅游", "农业", "种植", "养殖", "建筑工程", "建筑", "工程", "商贸", "贸易", "实业", "发展", "咨询", "服务", "职业技能", "职业",
      ],
    });
  });
});

describe("settings: one object holds every policy figure", () => {
  it("has the readings of RULES.md", () => {
    const s = defaultEligibilitySettings;
    expect(s.maxLeadUnits).toBe(3);
    expect(s.employmentThresholds).toEqual({ DISTRICT: 500, CITY: 3000, PROVINCE: 5000 });
    expect(s.ichEmploymentThresholds).toEqual({ DISTRICT: 200, CITY: 500, PROVINCE: 1000 });
    expect(s.subsidyAmounts).toEqual({ DISTRICT: 100000, CITY: 200000, PROVINCE: 250000, NATIONAL: 300000 });
    expect(s.subsidyCap).toBe(300000);
    expect(s.subsidyUpgradePolicy).toBe("top-up");
    expect(s.evaluationCycle).toEqual({ startOffsetYears: 1, lengthYears: 3, dueWindowDays: 90 });
    expect(s.banYears).toBe(5);
    expect(s.brandName.maxLength).toBe(10);
    expect(s.brandName.minKeywordRun).toBe(2);
    expect(s.publicityDays).toBe(7);
    expect(s.minPassRatePercent).toBe(60);
    expect(s.minOperatingYears).toBe(1);
    for (const w of ["师", "工", "匠", "嫂", "姐", "哥", "厨", "员", "农"]) expect(s.brandName.tradeSuffixes).toContain(w);
    for (const w of ["陕西", "西安", "西咸", "沣东", "沣西", "秦汉", "空港", "泾河", "秦", "关中"]) expect(s.brandName.placeWords).toContain(w);
    for (const w of ["有限公司", "有限责任公司", "股份", "集团", "公司", "协会", "学校", "学院", "中心", "合作社"]) {
      expect(s.tradeName.organisationForms).toContain(w);
    }
  });
});

describe("RULE_INDEX: every rule ID, every named function exported", () => {
  const ids = ["F1", "F2", "F3", "F4", "F5", "C1", "B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "U1", "U2", "U3", "U4", "U5", "S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "E1", "E2", "E3", "E4", "E5", "M1", "M2", "M3", "T1", "T2", "P1", "W1"];

  it("lists exactly the rulebook's IDs", () => {
    expect(Object.keys(RULE_INDEX)).toEqual(ids);
  });

  it.each(ids)("%s names only exported members", (id) => {
    for (const name of RULE_INDEX[id as keyof typeof RULE_INDEX].functions) {
      expect(eligibility).toHaveProperty(name);
    }
  });

  // The header comment of index.ts and RULE_INDEX are two views of one table; keep them in step.
  const header = readFileSync(new URL("../../../lib/eligibility/index.ts", import.meta.url), "utf8").split("*/")[0] ?? "";
  const headerLines = new Map<string, string>();
  let current = "";
  for (const line of header.split("\n")) {
    const match = /^ \*   ([A-Z]\d) (.*)$/.exec(line);
    if (match) {
      current = match[1] ?? "";
      headerLines.set(current, match[2] ?? "");
    } else if (current && /^ \*       /.test(line)) {
      headerLines.set(current, `${headerLines.get(current)} ${line}`);
    }
  }

  it.each(ids)("%s matches the header comment of index.ts", (id) => {
    const text = headerLines.get(id) ?? "";
    const named = [...new Set(text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [])].filter((w) => w in eligibility && w !== "settings");
    expect([...RULE_INDEX[id as keyof typeof RULE_INDEX].functions].sort()).toEqual(named.sort());
    expect(RULE_INDEX[id as keyof typeof RULE_INDEX].machineCheckable).toBe(!text.includes("✗"));
  });

  it("marks the qualitative rules as not machine-checkable", () => {
    const manual = Object.entries(RULE_INDEX).filter(([, e]) => !e.machineCheckable).map(([id]) => id);
    expect(manual).toEqual(["F2", "F3", "F4", "B1", "B3", "T1", "P1", "W1"]);
  });
});
