import { describe, expect, it } from "vitest";
import {
  checkBrandName,
  checkEmploymentThreshold,
  checkLeadUnitComposition,
  compareForReview,
  defaultEligibilitySettings,
  longestCommonRun,
  sortForReview,
  suggestTradeName,
} from "@/lib/eligibility";
import { CODE_A, CODE_B, CODE_C, CODE_D, failureMessages } from "./helpers";

describe("B4 suggestTradeName: strips places, industry and organisational-form words", () => {
  it.each([
    ["西安好帮手家政服务有限公司", "好帮手"],
    ["西安市好帮手家政服务有限责任公司", "好帮手"],
    ["好帮手（西安）家政服务有限公司", "好帮手"],
    ["好帮手(西安)家政服务有限公司", "好帮手"],
    ["  西安 好帮手 家政服务有限公司 ", "好帮手"],
    ["陕西秦味餐饮管理有限责任公司", "秦味"],
    ["西咸新区沣西新城巧手家政服务中心", "巧手"],
    ["西安金牌月嫂职业技能培训学校", "金牌月嫂"],
    ["秦汉陶艺专业合作社", "陶艺"],
    ["陕西华秦股份有限公司", "华秦"],
    ["陕西省家政服务协会", ""],
    ["", ""],
  ])("%s → %j", (unitName, expected) => {
    expect(suggestTradeName({ unitName })).toBe(expected);
  });

  it.each([null, undefined, 42, {}])("returns an empty suggestion for %j", (unitName) => {
    expect(suggestTradeName({ unitName })).toBe("");
  });

  it("strips the longest word first, whatever the order of the lists", () => {
    const settings = {
      ...defaultEligibilitySettings,
      tradeName: { placeWords: ["西安", "西安市"], organisationForms: ["公司", "有限公司"], industryWords: ["服务", "家政服务"] },
    };
    expect(suggestTradeName({ unitName: "西安市好帮手家政服务有限公司", settings })).toBe("好帮手");
  });

  it("follows the word lists of the settings", () => {
    const settings = {
      ...defaultEligibilitySettings,
      tradeName: { placeWords: ["杨凌"], organisationForms: ["站"], industryWords: ["农技"] },
    };
    expect(suggestTradeName({ unitName: "杨凌丰收农技站", settings })).toBe("丰收");
    expect(suggestTradeName({ unitName: "西安丰收家政有限公司", settings })).toBe("西安丰收家政有限公司");
  });
});

describe("B4 longestCommonRun", () => {
  it.each([
    ["好帮手家政师", "好帮手", "好帮手"],
    ["帮手月嫂", "好帮手", "帮手"],
    ["沣西家政师", "好帮手", ""],
    ["abcXYZ", "XYZabc", "abc"],
    ["𠀀𠀂师", "𠀀𠀁", "𠀀"],
    ["沣西家政师", "家政师", "家政师"],
    ["家政师", "沣西家政师", "家政师"],
    ["好", "好", "好"],
    ["ab中cd", "ab文cd", "ab"], // of equal runs, the first found wins
  ])("%s × %s → %j", (a, b, run) => {
    expect(longestCommonRun(a, b)).toBe(run);
  });
});

describe("B4 checkBrandName: blocking on a lead unit's 字号", () => {
  it.each([
    ["好帮手家政师", "好帮手"],
    ["帮手月嫂", "帮手"],
    ["沣西好帮家政师", "好帮"],
  ])("%s is blocked (shares %s with 好帮手)", (name, run) => {
    const v = checkBrandName({ name, leadUnitTradeNames: ["好帮手"] });
    expect(v.ok).toBe(false);
    expect(v.failures).toContainEqual({
      ruleId: "B4",
      field: "brandName",
      message: `品牌名称不得含有创建引领单位名称中的关键词：与字号“好帮手”重复“${run}”（B4）`,
    });
  });

  it("沣西家政师 passes with no warnings; a single shared character is allowed", () => {
    expect(checkBrandName({ name: "沣西家政师", leadUnitTradeNames: ["好帮手"] })).toEqual({ ok: true, failures: [], warnings: [] });
    expect(checkBrandName({ name: "沣西好家政师", leadUnitTradeNames: ["好帮手"] }).ok).toBe(true);
    expect(checkBrandName({ name: "𠀀𠀂家政师", leadUnitTradeNames: ["𠀀𠀁"] }).failures).toEqual([]);
  });

  it("checks every lead unit and honours minKeywordRun", () => {
    const v = checkBrandName({ name: "秦汉陶艺匠", leadUnitTradeNames: ["好帮手", "陶艺"] });
    expect(failureMessages(v)).toEqual(["品牌名称不得含有创建引领单位名称中的关键词：与字号“陶艺”重复“陶艺”（B4）"]);
    const settings = { ...defaultEligibilitySettings, brandName: { ...defaultEligibilitySettings.brandName, minKeywordRun: 3 } };
    expect(checkBrandName({ name: "帮手月嫂", leadUnitTradeNames: ["好帮手"], settings }).ok).toBe(true);
    expect(checkBrandName({ name: "好帮手月嫂", leadUnitTradeNames: ["好帮手"], settings }).ok).toBe(false);
  });

  it("warns for a blank trade name and normalises trade names", () => {
    const v = checkBrandName({ name: "沣西家政师", leadUnitTradeNames: ["好帮手", "  ", null] });
    expect(v.ok).toBe(true);
    expect(v.warnings).toEqual([
      { ruleId: "B4", field: "leadUnitTradeNames.1", message: "第2家创建引领单位未能确定字号，请填写字号以便核对品牌名称（B4）" },
      { ruleId: "B4", field: "leadUnitTradeNames.2", message: "第3家创建引领单位未能确定字号，请填写字号以便核对品牌名称（B4）" },
    ]);
    expect(checkBrandName({ name: "沣西家政师", leadUnitTradeNames: [" 家 政 "] }).ok).toBe(false);
  });

  it("refuses a missing list of trade names rather than passing silently", () => {
    expect(checkBrandName({ name: "沣西家政师", leadUnitTradeNames: undefined }).failures).toEqual([
      {
        ruleId: "B4",
        field: "leadUnitTradeNames",
        message: "未提供创建引领单位字号，无法核对品牌名称是否含单位关键词（B4）",
      },
    ]);
  });
});

describe("B4 checkBrandName: bad names", () => {
  it.each([
    [null, "品牌名称未填写（B4）"],
    [undefined, "品牌名称未填写（B4）"],
    ["", "品牌名称未填写（B4）"],
    ["\u3000 ", "品牌名称未填写（B4）"],
    [42, "品牌名称必须是文字（B4）"],
    ["沣西 家政师", "品牌名称不能包含空格（B4）"],
  ])("%j → %s", (name, message) => {
    expect(checkBrandName({ name, leadUnitTradeNames: [] })).toEqual({
      ok: false,
      failures: [{ ruleId: "B4", field: "brandName", message }],
      warnings: [],
    });
  });

  it("trims and converts full-width text before checking", () => {
    expect(checkBrandName({ name: " 沣西家政师\u3000", leadUnitTradeNames: [] })).toEqual({ ok: true, failures: [], warnings: [] });
  });
});

describe("B4 checkBrandName: warnings a reviewer may accept", () => {
  it("warns when there is no place word at the start", () => {
    expect(checkBrandName({ name: "家政师", leadUnitTradeNames: [] }).warnings).toEqual([
      { ruleId: "B4", field: "brandName", message: "品牌名称一般以地域开头（如陕西、西安、西咸、沣东、沣西）（B4）" },
    ]);
  });
  it("warns when there is no trade suffix at the end", () => {
    expect(checkBrandName({ name: "沣西家政", leadUnitTradeNames: [] }).warnings).toEqual([
      { ruleId: "B4", field: "brandName", message: "品牌名称一般以工种结尾（如师、工、匠、嫂、姐）（B4）" },
    ]);
  });
  it("warns above 10 characters, not at 10", () => {
    expect(checkBrandName({ name: "沣西家政服务金牌技能师", leadUnitTradeNames: [] }).warnings).toEqual([
      { ruleId: "B4", field: "brandName", message: "品牌名称应简洁明了，建议不超过10个字，当前为11个字（B4）" },
    ]);
    expect(checkBrandName({ name: "沣西家政服务金牌技师", leadUnitTradeNames: [] }).warnings).toEqual([]);
    expect(checkBrandName({ name: "沣西𠀀𠀀𠀀𠀀𠀀𠀀𠀀师", leadUnitTradeNames: [] }).warnings).toEqual([]);
  });
  it.each(["秦汉陶艺匠", "西安月嫂", "关中面点厨", "泾河果农", "空港电工"])("%s gets no warning", (name) => {
    expect(checkBrandName({ name, leadUnitTradeNames: [] }).warnings).toEqual([]);
  });
});

describe("B2 checkLeadUnitComposition: at most 3 lead units, none twice", () => {
  it("accepts one to three distinct units", () => {
    expect(checkLeadUnitComposition({ leadUnits: [{ creditCode: CODE_A }] })).toEqual({ ok: true, failures: [], warnings: [] });
    expect(checkLeadUnitComposition({ leadUnits: [CODE_A, CODE_B, CODE_C].map((creditCode) => ({ creditCode })) }).ok).toBe(true);
  });

  it("refuses a fourth lead unit", () => {
    const v = checkLeadUnitComposition({ leadUnits: [CODE_A, CODE_B, CODE_C, CODE_D].map((creditCode) => ({ creditCode })) });
    expect(v.failures).toEqual([{ ruleId: "B2", field: "leadUnits", message: "创建引领单位不得超过3家，当前为4家（B2）" }]);
  });

  it.each([[[]], [null], [undefined], ["x"]])("refuses %j as no lead unit", (leadUnits) => {
    expect(checkLeadUnitComposition({ leadUnits }).failures).toEqual([
      { ruleId: "B2", field: "leadUnits", message: "至少需要1家创建引领单位（B2）" },
    ]);
  });

  it("refuses the same unit twice, matched by normalised credit code", () => {
    const v = checkLeadUnitComposition({
      leadUnits: [{ creditCode: CODE_A }, { creditCode: CODE_B }, { creditCode: CODE_A.toLowerCase() }],
    });
    expect(v.failures).toEqual([{ ruleId: "B2", field: "leadUnits.2.creditCode", message: "与第1家创建引领单位的统一社会信用代码重复（B2）" }]);
    const w = checkLeadUnitComposition({ leadUnits: [{ creditCode: CODE_B }, { creditCode: CODE_A }, { creditCode: CODE_A }] });
    expect(failureMessages(w)).toEqual(["与第2家创建引领单位的统一社会信用代码重复（B2）"]);
  });

  it("leaves invalid or missing codes to U5 instead of calling them duplicates", () => {
    expect(checkLeadUnitComposition({ leadUnits: [{ creditCode: "bad" }, { creditCode: "bad" }, null] }).ok).toBe(true);
  });

  it("follows settings.maxLeadUnits", () => {
    const settings = { ...defaultEligibilitySettings, maxLeadUnits: 2 };
    expect(failureMessages(checkLeadUnitComposition({ leadUnits: [{ creditCode: CODE_A }, { creditCode: CODE_B }, { creditCode: CODE_C }], settings }))).toEqual([
      "创建引领单位不得超过2家，当前为3家（B2）",
    ]);
  });
});

describe("B5 employment threshold: strictly greater than 500 / 3000 / 5000", () => {
  it.each([
    ["DISTRICT", 500, "新区级"],
    ["CITY", 3000, "市级"],
    ["PROVINCE", 5000, "省级"],
  ])("%s: %i fails, %i + 1 passes", (level, threshold, label) => {
    expect(checkEmploymentThreshold({ level, employed: threshold })).toEqual({
      ok: false,
      failures: [
        { ruleId: "B5", field: "figures.employed", message: `带动就业创业人数需超过${threshold}人，当前为${threshold}人（${label}，B5）` },
      ],
      warnings: [],
    });
    expect(checkEmploymentThreshold({ level, employed: threshold + 1 })).toEqual({ ok: true, failures: [], warnings: [] });
    expect(checkEmploymentThreshold({ level, employed: threshold + 1, nationalIch: false }).ok).toBe(true);
  });

  it("follows the thresholds of the settings", () => {
    const settings = { ...defaultEligibilitySettings, employmentThresholds: { DISTRICT: 10, CITY: 20, PROVINCE: 30 } };
    expect(checkEmploymentThreshold({ level: "DISTRICT", employed: 11, settings }).ok).toBe(true);
  });
});

describe("B6 national-ICH brands: at least 200 / 500 / 1000", () => {
  it.each([
    ["DISTRICT", 200, "新区级"],
    ["CITY", 500, "市级"],
    ["PROVINCE", 1000, "省级"],
  ])("%s: %i − 1 fails, %i passes", (level, minimum, label) => {
    expect(checkEmploymentThreshold({ level, employed: minimum - 1, nationalIch: true }).failures).toEqual([
      {
        ruleId: "B6",
        field: "figures.employed",
        message: `国家级非物质文化遗产类劳务品牌带动就业创业人数需达到${minimum}人以上，当前为${minimum - 1}人（${label}，B6）`,
      },
    ]);
    expect(checkEmploymentThreshold({ level, employed: minimum, nationalIch: true })).toEqual({ ok: true, failures: [], warnings: [] });
  });

  it("refuses a flag that is not a boolean", () => {
    expect(checkEmploymentThreshold({ level: "DISTRICT", employed: 600, nationalIch: "yes" }).failures).toEqual([
      { ruleId: "B6", field: "nationalIch", message: "是否国家级非物质文化遗产类须选择“是”或“否”（B6）" },
    ]);
  });
});

describe("B8 national level: no numeric threshold", () => {
  it.each([[0, false], [0, true], [1, undefined]])("employed %i (ICH %s) passes", (employed, nationalIch) => {
    expect(checkEmploymentThreshold({ level: "NATIONAL", employed, nationalIch })).toEqual({ ok: true, failures: [], warnings: [] });
  });
  it("still refuses an unreadable count", () => {
    expect(checkEmploymentThreshold({ level: "NATIONAL", employed: -1 }).ok).toBe(false);
  });
});

describe("B5/F5 bad input", () => {
  it.each([
    [null, "带动就业创业人数未填写（B5）"],
    ["", "带动就业创业人数未填写（B5）"],
    ["501", "带动就业创业人数必须是数字（B5）"],
    [Number.NaN, "带动就业创业人数必须是数字（B5）"],
    [Number.POSITIVE_INFINITY, "带动就业创业人数必须是数字（B5）"],
    [500.5, "带动就业创业人数必须是整数（B5）"],
    [-1, "带动就业创业人数不能为负数（B5）"],
  ])("employed %j → %s", (employed, message) => {
    expect(checkEmploymentThreshold({ level: "DISTRICT", employed }).failures).toEqual([{ ruleId: "B5", field: "figures.employed", message }]);
  });

  it("names B6 for a bad count of an ICH brand", () => {
    expect(failureMessages(checkEmploymentThreshold({ level: "DISTRICT", employed: -5, nationalIch: true }))).toEqual([
      "带动就业创业人数不能为负数（B6）",
    ]);
  });

  it("refuses an unknown level, together with a bad count", () => {
    expect(checkEmploymentThreshold({ level: "COUNTY", employed: 10000 }).failures).toEqual([
      { ruleId: "F5", field: "level", message: "申报级别须为新区级、市级、省级或国家级（F5）" },
    ]);
    expect(checkEmploymentThreshold({ level: undefined, employed: null }).failures.map((f) => f.ruleId)).toEqual(["F5", "B5"]);
  });
});

describe("B7 review queue order", () => {
  const item = (id: string, povertyAlleviated: unknown, employed: unknown, submittedAt: unknown) => ({ id, povertyAlleviated, employed, submittedAt });

  it("sorts by poverty-alleviated desc, then employed desc, then submission asc, then id", () => {
    const queue = [
      item("e", 10, 900, "2024-05-02T09:00:00+08:00"),
      item("a", 50, 600, "2024-05-03T09:00:00+08:00"),
      item("d", 10, 900, "2024-05-01T09:00:00+08:00"),
      item("b", 10, 1000, "2024-05-01T08:00:00+08:00"),
      item("g", 10, 900, new Date("2024-05-01T01:00:00Z")),
      item("f", 10, 900, new Date("2024-05-01T01:00:00Z")),
    ];
    expect(sortForReview(queue).map((i) => i.id)).toEqual(["a", "b", "d", "f", "g", "e"]);
    expect(queue.map((i) => i.id)).toEqual(["e", "a", "d", "b", "g", "f"]); // a copy, not in place
  });

  it("puts broken figures and dates last, never first", () => {
    const queue = [
      item("bad-count", Number.NaN, 100, "2024-05-01"),
      item("negative", -3, 100, "2024-05-01"),
      item("ok", 0, 100, "2024-05-01"),
      item("bad-date", 0, 100, "not a date"),
      item("no-date", 0, 100, 42),
      item("string-count", "99", 100, "2024-05-01"),
    ];
    expect(sortForReview(queue).map((i) => i.id).slice(0, 3)).toEqual(["ok", "bad-date", "no-date"]);
    expect(compareForReview(item("x", 0, Number.POSITIVE_INFINITY, "2024-05-01"), item("y", 0, 5, "2024-05-01"))).toBeGreaterThan(0);
    // All broken counts are equal (−1), so the id decides, not how negative a figure is.
    expect(sortForReview([item("b-nan", Number.NaN, 1, "2024-05-01"), item("a-negative", -3, 1, "2024-05-01")]).map((i) => i.id)).toEqual([
      "a-negative",
      "b-nan",
    ]);
  });

  it("is 0 for identical items and total on ids", () => {
    const a = item("a", 1, 1, "2024-05-01");
    expect(compareForReview(a, { ...a })).toBe(0);
    expect(compareForReview(a, { ...a, id: "b" })).toBe(-1);
    expect(compareForReview({ ...a, id: "b" }, a)).toBe(1);
    expect(compareForReview({ ...a, id: undefined }, a)).toBe(-1);
    expect(compareForReview(a, { ...a, id: undefined })).toBe(1);
    expect(compareForReview({ ...a, id: undefined }, { ...a, id: "A" })).toBe(-1);
    expect(compareForReview({ ...a, id: "A" }, { ...a, id: undefined })).toBe(1);
    expect(compareForReview(item("x", 1, 1, "bad"), item("y", 1, 1, "bad"))).toBe(-1);
  });
});
