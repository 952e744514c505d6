// Lead-unit conditions (创建引领单位基本条件): U1 operating time and declarations, U2 pass rate,
// U3/U4 declarations, U5 identity (see identity.ts).
import { suggestTradeName } from "./brand";
import { isCodeOf, UNIT_TYPES } from "./constants";
import { compareDates, formatDate, parseCalendarDate, periodPassedOn } from "./dates";
import { checkCreditCode } from "./identity";
import { messages as m } from "./messages.zh-CN";
import { defaultEligibilitySettings } from "./settings";
import type { EligibilitySettings } from "./settings";
import type { RuleFinding, RuleId, Verdict } from "./types";
import { isRecord, readCount, readText, underField, verdictOf } from "./verdict";

/** U1: what each lead unit declares (承诺); each must be ticked and becomes part of the 承诺书. */
export const UNIT_DECLARATIONS = [
  { key: "industryScale", ruleId: "U1", label: "在行业内具有一定规模" },
  { key: "lawAbiding", ruleId: "U1", label: "遵守国家法律法规" },
  { key: "soundManagement", ruleId: "U1", label: "具有规范的内部管理和财务管理制度" },
  { key: "noViolations", ruleId: "U1", label: "无违法违纪行为" },
  { key: "noPendingDisputes", ruleId: "U1", label: "无未了结的法律、经济纠纷" },
] as const;
export type UnitDeclarationKey = (typeof UNIT_DECLARATIONS)[number]["key"];

/** B3, U2, U3, U4: what the application as a whole declares. */
export const APPLICATION_DECLARATIONS = [
  { key: "industrialPolicy", ruleId: "B3", label: "劳务品牌经营项目符合国家产业政策" },
  { key: "regularTraining", ruleId: "U2", label: "定期开展技能培训、实训工作" },
  { key: "trainingLedger", ruleId: "U2", label: "从业人员培训台账健全" },
  { key: "entrepreneurshipGuidance", ruleId: "U2", label: "对自主创业、自谋职业人员进行指导服务" },
  { key: "stableTransferChannels", ruleId: "U3", label: "有稳定的劳务输转渠道" },
  { key: "priorityPovertyAlleviated", ruleId: "U3", label: "优先吸纳脱贫劳动力" },
  { key: "employmentLedger", ruleId: "U3", label: "就业创业台账健全" },
  { key: "safetyEducation", ruleId: "U4", label: "从业人员输出后的职业安全教育及时高效" },
  { key: "rightsServices", ruleId: "U4", label: "劳动维权等服务和管理及时高效" },
] as const;
export type ApplicationDeclarationKey = (typeof APPLICATION_DECLARATIONS)[number]["key"];

type DeclarationSpec = { readonly key: string; readonly ruleId: RuleId; readonly label: string };

/** Every listed declaration must be exactly `true`; "yes", 1 or a missing box are not a commitment. */
export function checkDeclarations({
  declarations,
  list,
}: {
  declarations: unknown;
  list: readonly DeclarationSpec[];
}): Verdict {
  const given = isRecord(declarations) ? declarations : {};
  return verdictOf(
    list
      .filter((d) => given[d.key] !== true)
      .map((d) => ({ ruleId: d.ruleId, field: d.key, message: m.declarationMissing(d.label, d.ruleId) })),
  );
}

/**
 * U1: operating ≥ minOperatingYears from the registration date (成立日期) to `asOf` (the
 * submission date), on the calendar and counted like the E5 ban (settings.periodCounting): by
 * default registered 2023-03-10 → reached on 2024-03-10, whatever the number of days in between;
 * registered 2024-02-29 → reached on 2025-02-28 (see addYears).
 */
export function checkOperatingTime({
  registrationDate,
  asOf,
  settings = defaultEligibilitySettings,
}: {
  registrationDate: unknown;
  asOf: unknown;
  settings?: EligibilitySettings;
}): Verdict & { reachedOn?: string } {
  const failures: RuleFinding[] = [];
  const registered = parseCalendarDate(registrationDate);
  if (!registered.ok) {
    const message = registered.reason === "missing" ? m.missing(m.registrationDateLabel, "U1") : m.dateInvalid(m.registrationDateLabel, "U1");
    failures.push({ ruleId: "U1", field: "registrationDate", message });
  }
  const today = parseCalendarDate(asOf);
  if (!today.ok) failures.push({ ruleId: "U1", field: "asOf", message: m.asOfInvalid("U1") });
  if (!registered.ok || !today.ok) return verdictOf(failures);
  if (compareDates(registered.date, today.date) > 0) {
    return verdictOf([{ ruleId: "U1", field: "registrationDate", message: m.registrationInFuture(formatDate(today.date)) }]);
  }
  const reached = periodPassedOn({ from: registered.date, years: settings.minOperatingYears, counting: settings.periodCounting });
  const reachedOn = formatDate(reached);
  if (compareDates(reached, today.date) > 0) {
    const message = m.operatingTooShort(settings.minOperatingYears, formatDate(registered.date), reachedOn);
    return { ...verdictOf([{ ruleId: "U1", field: "registrationDate", message }]), reachedOn };
  }
  return { ...verdictOf([]), reachedOn };
}

/**
 * U2: training pass rate = passed / trained ≥ minPassRatePercent, computed in integers
 * (passed × 100 ≥ trained × percent) so 60.0% passes and 59.9% fails without rounding error.
 */
export function checkPassRate({
  trained,
  passed,
  settings = defaultEligibilitySettings,
}: {
  trained: unknown;
  passed: unknown;
  settings?: EligibilitySettings;
}): Verdict & { ratePercent?: number } {
  const t = readCount(trained, { ruleId: "U2", field: "figures.trained", label: m.trainedLabel });
  const p = readCount(passed, { ruleId: "U2", field: "figures.passed", label: m.passedLabel });
  const failures = [t, p].flatMap((r) => (r.ok ? [] : [r.finding]));
  if (!t.ok || !p.ok) return verdictOf(failures);
  if (t.value === 0) return verdictOf([{ ruleId: "U2", field: "figures.trained", message: m.trainedZero }]);
  if (p.value > t.value) return verdictOf([{ ruleId: "U2", field: "figures.passed", message: m.passedAboveTrained }]);
  // Rounded down to one decimal, so a failing rate is never displayed as 60.0%.
  const ratePercent = Math.floor((p.value * 1000) / t.value) / 10;
  if (p.value * 100 < t.value * settings.minPassRatePercent) {
    return {
      ...verdictOf([{ ruleId: "U2", field: "figures.passed", message: m.passRateTooLow(settings.minPassRatePercent, ratePercent) }]),
      ratePercent,
    };
  }
  return { ...verdictOf([]), ratePercent };
}

/**
 * One lead unit: name and credit code (U5), unit type if given (F1), operating time and
 * declarations (U1), trade name (B4: blank falls back to the suggestion, non-text is refused).
 * Field paths are relative to the unit (`creditCode`, `declarations.lawAbiding` …).
 */
export function checkLeadUnit({
  unit,
  asOf,
  settings = defaultEligibilitySettings,
}: {
  unit: unknown;
  asOf: unknown;
  settings?: EligibilitySettings;
}): Verdict {
  const u = isRecord(unit) ? unit : {};
  const failures: RuleFinding[] = [];
  const warnings: RuleFinding[] = [];
  if (readText(u.name) === undefined) failures.push({ ruleId: "U5", field: "name", message: m.missing(m.unitNameLabel, "U5") });
  const code = checkCreditCode(u.creditCode);
  const codeVerdict = underField(code, "creditCode");
  failures.push(...codeVerdict.failures);
  warnings.push(...codeVerdict.warnings);
  if (u.unitType !== undefined && !isCodeOf(UNIT_TYPES, u.unitType)) {
    failures.push({ ruleId: "F1", field: "unitType", message: m.unitTypeInvalid });
  }
  if (u.tradeName !== undefined && u.tradeName !== null && typeof u.tradeName !== "string") {
    failures.push({ ruleId: "B4", field: "tradeName", message: m.notText(m.tradeNameLabel, "B4") });
  }
  const operating = checkOperatingTime({ registrationDate: u.registrationDate, asOf, settings });
  failures.push(...operating.failures);
  const declared = underField(checkDeclarations({ declarations: u.declarations, list: UNIT_DECLARATIONS }), "declarations");
  failures.push(...declared.failures);
  return verdictOf(failures, warnings);
}

/** B4: the 字号 used for the keyword check: the one the unit recorded, else the suggestion. */
export function effectiveTradeName({
  unit,
  settings = defaultEligibilitySettings,
}: {
  unit: unknown;
  settings?: EligibilitySettings;
}): string {
  const u = isRecord(unit) ? unit : {};
  return readText(u.tradeName) ?? suggestTradeName({ unitName: u.name, settings });
}
