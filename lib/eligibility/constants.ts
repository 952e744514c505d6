// Code lists of the plan, each with a stable English code (stored in the database and URLs)
// and the Chinese label the portal shows. Codes never change; labels may be reworded.

/** F1: the five new cities (新城) of Xixian through which every application is filed. */
export const NEW_CITIES = [
  { code: "FENGDONG", label: "沣东新城" },
  { code: "FENGXI", label: "沣西新城" },
  { code: "QINHAN", label: "秦汉新城" },
  { code: "KONGGANG", label: "空港新城" },
  { code: "JINGHE", label: "泾河新城" },
] as const;
export type NewCityCode = (typeof NEW_CITIES)[number]["code"];

/** F1 / B2: kinds of applicant (创建引领单位) named by the notice and the plan. */
export const UNIT_TYPES = [
  { code: "ENTERPRISE", label: "企业" },
  { code: "PUBLIC_INSTITUTION", label: "事业单位" },
  { code: "SOCIAL_ORGANIZATION", label: "社会团体" },
  { code: "INDUSTRY_ASSOCIATION", label: "行业协会" },
  { code: "VOCATIONAL_TRAINING_INSTITUTION", label: "职业培训机构" },
  { code: "HR_SERVICE_AGENCY", label: "人力资源服务机构" },
  { code: "LEADING_ENTERPRISE", label: "龙头企业" },
  { code: "XIXIAN_GROUP_OR_PARK_UNIT", label: "西咸集团/园办单位" },
  { code: "TECHNICAL_SCHOOL", label: "技工院校" },
] as const;
export type UnitTypeCode = (typeof UNIT_TYPES)[number]["code"];

/** C1: the four brand categories (品牌类别). */
export const CATEGORIES = [
  { code: "HIGH_QUALITY_SERVICE", label: "高品质服务型" },
  { code: "MID_HIGH_SKILL", label: "中高端技能型" },
  { code: "CULTURE_TOURISM", label: "文化和旅游类" },
  { code: "LIVELIHOOD_SECURITY", label: "民生保障型" },
] as const;
export type CategoryCode = (typeof CATEGORIES)[number]["code"];

/** F5: levels from low to high; the array order IS the order (index = rank). */
export const LEVELS = [
  { code: "DISTRICT", label: "新区级" },
  { code: "CITY", label: "市级" },
  { code: "PROVINCE", label: "省级" },
  { code: "NATIONAL", label: "国家级" },
] as const;
export type LevelCode = (typeof LEVELS)[number]["code"];

/** M1 (and E4): why a lead unit's title was revoked (取消创建引领单位称号的情形). */
export const REVOCATION_REASONS = [
  { code: "EVALUATION_FAILED", label: "绩效评估不合格" },
  { code: "ILLEGAL_OPERATION", label: "违法违规经营，造成不良社会影响" },
  { code: "DISSOLVED_OR_LICENCE_REVOKED", label: "清算、解散、注销、吊销营业执照" },
  { code: "IMPROPER_RECOGNITION", label: "以欺骗行为或其他不正当手段通过品牌认定" },
  { code: "FORGERY", label: "伪造劳务品牌相关文件、荣誉证书、奖牌、奖章、牌匾" },
  { code: "REFUSED_RECTIFICATION", label: "拒不整改或整改期满后仍未达标" },
  { code: "FALSE_PUBLICITY_OR_DAMAGE", label: "虚假宣传或恶意损毁劳务品牌形象" },
  { code: "OTHER_VIOLATION", label: "其他违法违规或违反劳务品牌相关规定行为" },
] as const;
export type RevocationReasonCode = (typeof REVOCATION_REASONS)[number]["code"];

/** E2: evaluation methods (绩效评估方式). */
export const EVALUATION_METHODS = [
  { code: "ON_SITE_INSPECTION", label: "实地考察" },
  { code: "DEFENCE_REVIEW", label: "答辩评估" },
  { code: "THIRD_PARTY", label: "委托第三方评估" },
] as const;
export type EvaluationMethodCode = (typeof EVALUATION_METHODS)[number]["code"];

/** S5: what the subsidy may be spent on (奖补资金主要用途). */
export const USAGE_PURPOSES = [
  { code: "CULTIVATION", label: "劳务品牌培育发展" },
  { code: "GROWTH", label: "劳务品牌壮大提升" },
  { code: "PROMOTION", label: "宣传推介" },
  { code: "EXCHANGE_EXHIBITION", label: "交流展示" },
] as const;
export type UsagePurposeCode = (typeof USAGE_PURPOSES)[number]["code"];

/** S7: payment methods of a usage line; CASH exists so that it can be recorded and refused. */
export const PAYMENT_METHODS = [
  { code: "BANK_TRANSFER", label: "银行转账" },
  { code: "OFFICIAL_CARD", label: "公务卡" },
  { code: "CHEQUE", label: "支票" },
  { code: "ONLINE_PAYMENT", label: "网上支付" },
  { code: "CASH", label: "现金" },
] as const;
export type PaymentMethodCode = (typeof PAYMENT_METHODS)[number]["code"];

/** E3: the lead-unit conditions an evaluation scores one by one. */
export const EVALUATION_CRITERIA = ["U1", "U2", "U3", "U4"] as const;
export type EvaluationCriterion = (typeof EVALUATION_CRITERIA)[number];

/** T2: targets to the end of 2025; a default only, the dashboard keeps editable targets per year. */
export const DEFAULT_TARGETS = {
  byYearEnd: 2025,
  districtBrands: 3,
  cityOrProvinceBrands: 2,
  nationalRecommendations: 1,
} as const;
export type Targets = {
  byYearEnd: number;
  districtBrands: number;
  cityOrProvinceBrands: number;
  nationalRecommendations: number;
};

type Coded = { readonly code: string; readonly label: string };

/** Chinese label of a code from one of the lists above, or undefined for an unknown code. */
export function labelOf(list: readonly Coded[], code: unknown): string | undefined {
  return list.find((entry) => entry.code === code)?.label;
}

/** Whether `value` is one of the codes of `list` (narrows untrusted input). */
export function isCodeOf<T extends Coded>(list: readonly T[], value: unknown): value is T["code"] {
  return list.some((entry) => entry.code === value);
}

/** Rank of a level, low to high (DISTRICT 0 … NATIONAL 3). */
export function levelRank(level: LevelCode): number {
  return LEVELS.findIndex((entry) => entry.code === level);
}

/** F4: the level a push from `level` aims at (新区级 → 市级 → 省级 → 国家级); null at the top. */
export function nextLevel(level: LevelCode): LevelCode | null {
  return LEVELS[levelRank(level) + 1]?.code ?? null;
}
