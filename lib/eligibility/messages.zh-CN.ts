// The Chinese catalogue of the eligibility module. Every message names its rule in （…） at the
// end, so an applicant, a new city and the bureau can all point at the same line of the rulebook.
import { CATEGORIES, EVALUATION_METHODS, NEW_CITIES, REVOCATION_REASONS, UNIT_TYPES } from "./constants";

const rule = (id: string) => `（${id}）`;
const labels = (list: readonly { label: string }[]) => list.map((e) => e.label).join("、");
/** Integer fen as yuan with two decimals, without floating point. */
export const formatFen = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;

export const messages = {
  // Generic input problems; `label` names the field, `id` the rule that needs it.
  missing: (label: string, id: string) => `${label}未填写${rule(id)}`,
  notText: (label: string, id: string) => `${label}必须是文字${rule(id)}`,
  notANumber: (label: string, id: string) => `${label}必须是数字${rule(id)}`,
  notAnInteger: (label: string, id: string) => `${label}必须是整数${rule(id)}`,
  negative: (label: string, id: string) => `${label}不能为负数${rule(id)}`,
  containsSpace: (label: string, id: string) => `${label}不能包含空格${rule(id)}`,
  dateInvalid: (label: string, id: string) => `${label}不是有效日期，请按YYYY-MM-DD填写${rule(id)}`,
  asOfInvalid: (id: string) => `核对日期不是有效日期${rule(id)}`,

  // U5: 统一社会信用代码 and resident ID.
  creditCodeLabel: "统一社会信用代码",
  creditCodeUnusedLetter: (position: number, c: string) =>
    `统一社会信用代码不使用字母I、O、Z、S、V，第${position}位为“${c}”，请核对${rule("U5")}`,
  creditCodeIllegalChar: (position: number, c: string) =>
    `统一社会信用代码只能由数字和大写字母组成，第${position}位“${c}”不合法${rule("U5")}`,
  creditCodeLength: (length: number) => `统一社会信用代码应为18位，当前为${length}位${rule("U5")}`,
  creditCodeDivision: `统一社会信用代码第3至8位（登记管理机关行政区划码）应为数字${rule("U5")}`,
  creditCodeCheckChar: `统一社会信用代码校验位不符，请逐位核对${rule("U5")}`,
  creditCodeAuthority: (c: string) => `统一社会信用代码第1位（登记管理部门码）“${c}”不在已知代码中，请核对${rule("U5")}`,
  creditCodeOrganisationType: (c: string) => `统一社会信用代码第2位（机构类别码）“${c}”不在已知代码中，请核对${rule("U5")}`,
  creditCodeOrganisationCode: `统一社会信用代码第9至17位（主体标识码）不符合组织机构代码校验规则，请核对${rule("U5")}`,
  residentIdLabel: "身份证号码",
  residentIdFormat: (id: string) => `身份证号码应为18位，前17位为数字，最后一位为数字或X${rule(id)}`,
  residentIdBirthDate: (digits: string, id: string) => `身份证号码中的出生日期“${digits}”无效${rule(id)}`,
  residentIdFutureBirth: (date: string, id: string) => `身份证号码中的出生日期${date}晚于核对日期${rule(id)}`,
  residentIdCheckChar: (id: string) => `身份证号码校验位不符，请逐位核对${rule(id)}`,

  // B2, B4-B8, C1, F1, F5.
  brandNameLabel: "品牌名称",
  tradeNameLabel: "字号",
  tradeNamesMissing: `未提供创建引领单位字号，无法核对品牌名称是否含单位关键词${rule("B4")}`,
  tradeNameBlank: (n: number) => `第${n}家创建引领单位未能确定字号，请填写字号以便核对品牌名称${rule("B4")}`,
  brandNameHasKeyword: (tradeName: string, run: string) =>
    `品牌名称不得含有创建引领单位名称中的关键词：与字号“${tradeName}”重复“${run}”${rule("B4")}`,
  brandNameNoPlace: (words: readonly string[]) => `品牌名称一般以地域开头（如${words.slice(0, 5).join("、")}）${rule("B4")}`,
  brandNameNoSuffix: (words: readonly string[]) => `品牌名称一般以工种结尾（如${words.slice(0, 5).join("、")}）${rule("B4")}`,
  brandNameTooLong: (max: number, length: number) => `品牌名称应简洁明了，建议不超过${max}个字，当前为${length}个字${rule("B4")}`,
  leadUnitsMissing: `至少需要1家创建引领单位${rule("B2")}`,
  leadUnitsTooMany: (max: number, count: number) => `创建引领单位不得超过${max}家，当前为${count}家${rule("B2")}`,
  leadUnitDuplicate: (first: number) => `与第${first}家创建引领单位的统一社会信用代码重复${rule("B2")}`,
  levelInvalid: `申报级别须为新区级、市级、省级或国家级${rule("F5")}`,
  nationalIchInvalid: `是否国家级非物质文化遗产类须选择“是”或“否”${rule("B6")}`,
  employedLabel: "带动就业创业人数",
  employmentThreshold: (threshold: number, value: number, level: string) =>
    `带动就业创业人数需超过${threshold}人，当前为${value}人（${level}，B5）`,
  ichThreshold: (minimum: number, value: number, level: string) =>
    `国家级非物质文化遗产类劳务品牌带动就业创业人数需达到${minimum}人以上，当前为${value}人（${level}，B6）`,
  povertyAlleviatedLabel: "带动脱贫劳动力人数",
  povertyAboveEmployed: `带动脱贫劳动力人数不能多于带动就业创业人数${rule("B7")}`,
  categoryInvalid: `品牌类别须为${labels(CATEGORIES)}之一${rule("C1")}`,
  newCityInvalid: `所在新城须为${labels(NEW_CITIES)}之一${rule("F1")}`,
  unitTypeInvalid: `单位类型须为${labels(UNIT_TYPES)}之一${rule("F1")}`,

  // U1-U4.
  unitNameLabel: "单位名称",
  registrationDateLabel: "成立日期",
  registrationInFuture: (asOf: string) => `成立日期不能晚于申报日期${asOf}${rule("U1")}`,
  operatingTooShort: (years: number, registered: string, reached: string) =>
    `运营时间需${years}年及以上：成立日期${registered}，至${reached}方满${years}年${rule("U1")}`,
  declarationMissing: (label: string, id: string) => `须承诺“${label}”${rule(id)}`,
  trainedLabel: "培训人数",
  passedLabel: "培训合格人数",
  trainedZero: `培训人数须大于0${rule("U2")}`,
  passedAboveTrained: `培训合格人数不能多于培训人数${rule("U2")}`,
  passRateTooLow: (minimum: number, rate: number) => `培训合格率需达到${minimum}%以上，当前为${rate.toFixed(1)}%${rule("U2")}`,
  narrativeMissing: (label: string, id: string) => `请填写${label}${rule(id)}`,

  // S1-S8.
  awardAmountLabel: "奖补金额",
  awardAboveCap: (amount: number, cap: number) => `奖补金额${amount}元超过上限${cap}元${rule("S1")}`,
  alreadyPaidLabel: "已发放奖补金额",
  alreadyPaidAboveCap: (paid: number, cap: number) => `已发放奖补金额${paid}元已超过上限${cap}元，请核对${rule("S4")}`,
  leadUnitCodesMissing: `未提供本品牌创建引领单位的统一社会信用代码，无法核对分配对象${rule("S3")}`,
  sharesMissing: `须将奖补金额分配给至少1家创建引领单位${rule("S2")}`,
  shareNotLeadUnit: (code: string) =>
    code === "" ? `分配对象未填写统一社会信用代码${rule("S3")}` : `“${code}”不是本品牌的创建引领单位${rule("S3")}`,
  shareDuplicate: (code: string) => `“${code}”重复分配，每家创建引领单位只能分配一次${rule("S3")}`,
  shareAmountLabel: "分配金额",
  sharesSumMismatch: (sum: number, total: number) => `各单位分配金额合计${sum}元，应等于奖补金额${total}元${rule("S3")}`,
  awardDateLabel: "奖补资金拨付日期",
  usageDateLabel: "资金使用日期",
  usageBeforeAward: (date: string, award: string) =>
    `资金使用日期${date}早于奖补资金拨付日期${award}，奖补资金使用不能向前追溯${rule("S6")}`,
  usageAfterReport: (date: string, asOf: string) => `资金使用日期${date}晚于报告日期${asOf}${rule("S8")}`,
  usagePurposeInvalid: (purposes: readonly string[]) => `资金用途须为${purposes.join("、")}之一${rule("S5")}`,
  usageCash: `奖补资金不能使用现金支付${rule("S7")}`,
  paymentMethodInvalid: `支付方式无效，请选择银行转账、公务卡等非现金方式${rule("S7")}`,
  usageAmountLabel: "使用金额（分）",
  usageAmountZero: `使用金额须大于0${rule("S8")}`,
  previouslySpentLabel: "此前已使用金额（分）",
  usageLinesMissing: `资金使用明细缺失${rule("S8")}`,
  usageAboveShare: (spentFen: number, shareFen: number) =>
    `累计使用金额${formatFen(spentFen)}元，超过分配的奖补金额${formatFen(shareFen)}元${rule("S8")}`,

  // E1-E5, M1-M3.
  recognizedOnLabel: "认定日期",
  recognizedInFuture: `认定日期不能晚于核对日期${rule("E1")}`,
  evaluatedCyclesInvalid: `已评估周期须为从1开始的整数列表${rule("E1")}`,
  cycleOverdue: (index: number) => `第${index}个绩效评估周期已结束但尚未评估${rule("E1")}`,
  evaluationMethodInvalid: `评估方式须为${labels(EVALUATION_METHODS)}之一${rule("E2")}`,
  evaluatedOnLabel: "评估日期",
  criterionUnscored: (criterion: string) => `评估表须填写${criterion}项是否合格${rule("E3")}`,
  criterionFailed: (criterion: string) => `${criterion}项评估不合格${rule("E3")}`,
  evaluationFailed: (mayApplyFrom: string) =>
    `绩效评估不合格：取消本级劳务品牌创建引领单位资格并收回牌匾，${mayApplyFrom}前不得再次申报${rule("E4")}`,
  revocationReasonInvalid: `取消资格的原因须为以下情形之一：${labels(REVOCATION_REASONS)}${rule("M1")}`,
  revokedOnLabel: "取消资格日期",
  severeInvalid: `是否造成严重恶劣社会影响须选择“是”或“否”${rule("M2")}`,
  revocationsMissing: `缺少取消资格记录，无法核对5年内不得申报的限制${rule("E5")}`,
  revocationDateUnreadable: `该单位有一条取消资格记录日期无效，无法核对5年内不得申报的限制${rule("E5")}`,
  banned: (revokedOn: string, years: number, mayApplyFrom: string, id: string) =>
    `该单位于${revokedOn}被取消创建引领单位资格，${years}年内不得再次申报，${mayApplyFrom}起方可申报${rule(id)}`,
};
