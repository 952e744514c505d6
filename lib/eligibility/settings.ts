// Every figure and every reading of an ambiguous sentence in the plan lives in this ONE object,
// so that when the bureau changes its policy it is one edit here (or one override passed in).
import type { LevelCode } from "./constants";
import type { PeriodCounting } from "./dates";

export type SubsidyUpgradePolicy = "top-up" | "none";

export type EligibilitySettings = {
  /** B2: at most this many lead units (创建引领单位) per brand. */
  maxLeadUnits: number;
  /** B5: people employed must be STRICTLY GREATER than this (超过). National (B8): none. */
  employmentThresholds: Record<Exclude<LevelCode, "NATIONAL">, number>;
  /** B6: national-ICH brands need AT LEAST this many (以上 includes the figure). */
  ichEmploymentThresholds: Record<Exclude<LevelCode, "NATIONAL">, number>;
  /** S1: one-time subsidy per brand and level, integer yuan. */
  subsidyAmounts: Record<LevelCode, number>;
  /** S1/S4: the most ever paid for one brand, integer yuan. */
  subsidyCap: number;
  /** S4: "top-up" pays the difference on a rise in level (就高补差); "none" pays only the first award. */
  subsidyUpgradePolicy: SubsidyUpgradePolicy;
  /**
   * S8 (按时报告): a lead unit reports the use of its share every N months from its first payment,
   * until the money it received is fully accounted for. The plan names no interval; six months is
   * the reading, kept here so the bureau can change it.
   */
  usageReportIntervalMonths: number;
  /** E1: first cycle starts this many years after recognition (第2年开始 read as D + 1 year). */
  evaluationCycle: {
    startOffsetYears: number;
    lengthYears: number;
    /** The evaluation may be held in the last N days of a cycle. */
    dueWindowDays: number;
  };
  /** E5/M3: years a revoked unit may not apply (5年内不得再次申报). */
  banYears: number;
  /**
   * U1 and E5/M3: how a period of N years from a date is counted (see PeriodCounting in dates.ts).
   * "on-anniversary" (the default, RULES.md): passed on D + N years; "day-after-anniversary"
   * (《民法典》第二百零一条): passed the day after.
   */
  periodCounting: PeriodCounting;
  /** B4: brand-name check. */
  brandName: {
    /** Warning above this many characters (简洁明了). */
    maxLength: number;
    /** Blocking: a run of this many consecutive characters of a lead unit's 字号 in the brand name. */
    minKeywordRun: number;
    /** Warning when the name ends with none of these (工种: 师、工、匠 …). */
    tradeSuffixes: readonly string[];
    /** Warning when the name starts with none of these (地域). */
    placeWords: readonly string[];
  };
  /** B4: words stripped from a unit's registered name to suggest its 字号 (trade name). */
  tradeName: {
    /** Stripped from the start of the name (longest first). */
    placeWords: readonly string[];
    /** Stripped from the end: organisational-form words (有限公司, 协会 …). */
    organisationForms: readonly string[];
    /** Stripped from the end after the form words: industry words (家政服务, 培训 …). */
    industryWords: readonly string[];
  };
  /** Public notice period before recognition (公示), in days. */
  publicityDays: number;
  /** U2: minimum training pass rate in percent; the figure itself passes (60.0% is enough). */
  minPassRatePercent: number;
  /** U1: minimum operating time in years, from registration date (成立日期) to submission date. */
  minOperatingYears: number;
};

export const defaultEligibilitySettings: EligibilitySettings = {
  maxLeadUnits: 3,
  employmentThresholds: { DISTRICT: 500, CITY: 3000, PROVINCE: 5000 },
  ichEmploymentThresholds: { DISTRICT: 200, CITY: 500, PROVINCE: 1000 },
  subsidyAmounts: { DISTRICT: 100000, CITY: 200000, PROVINCE: 250000, NATIONAL: 300000 },
  subsidyCap: 300000,
  subsidyUpgradePolicy: "top-up",
  usageReportIntervalMonths: 6,
  evaluationCycle: { startOffsetYears: 1, lengthYears: 3, dueWindowDays: 90 },
  banYears: 5,
  periodCounting: "on-anniversary",
  brandName: {
    maxLength: 10,
    minKeywordRun: 2,
    tradeSuffixes: ["师", "工", "匠", "嫂", "姐", "哥", "厨", "员", "农", "娘", "妹", "手"],
    placeWords: ["陕西", "西安", "西咸", "沣东", "沣西", "秦汉", "空港", "泾河", "秦", "关中", "咸阳", "长安", "三秦"],
  },
  tradeName: {
    placeWords: [
      "中国",
      "陕西省",
      "陕西",
      "西安市",
      "西安",
      "咸阳市",
      "咸阳",
      "西咸新区",
      "西咸",
      "沣东新城",
      "沣东",
      "沣西新城",
      "沣西",
      "秦汉新城",
      "秦汉",
      "空港新城",
      "空港",
      "泾河新城",
      "泾河",
      "关中",
      "三秦",
      "长安区",
      "长安",
      "泾阳县",
      "泾阳",
      "新区",
      "新城",
    ],
    organisationForms: [
      "股份有限公司",
      "有限责任公司",
      "有限公司",
      "股份",
      "集团",
      "公司",
      "行业协会",
      "协会",
      "商会",
      "学会",
      "联合会",
      "技工学校",
      "职业学校",
      "学校",
      "职业技术学院",
      "学院",
      "中心",
      "专业合作社",
      "合作社",
      "研究院",
      "研究所",
      "工作室",
      "事务所",
    ],
    industryWords: [
      "家政服务",
      "家政",
      "人力资源服务",
      "人力资源",
      "劳务派遣",
      "劳务",
      "职业技能培训",
      "技能培训",
      "职业培训",
      "培训",
      "教育科技",
      "教育",
      "信息技术",
      "科技",
      "技术",
      "餐饮管理",
      "餐饮",
      "物业管理",
      "物业",
      "企业管理",
      "管理",
      "文化传播",
      "文化传媒",
      "文化",
      "旅游",
      "农业",
      "种植",
      "养殖",
      "建筑工程",
      "建筑",
      "工程",
      "商贸",
      "贸易",
      "实业",
      "发展",
      "咨询",
      "服务",
      "职业技能",
      "职业",
    ],
  },
  publicityDays: 7,
  minPassRatePercent: 60,
  minOperatingYears: 1,
};
