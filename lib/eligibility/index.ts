/**
 * lib/eligibility: every rule of /work/shared/policy/RULES.md (西咸新区劳务品牌培育工程实施方案,
 * 2024-04-19) as a pure function or constant. No I/O, no Prisma, no Next.js or React: the same
 * verdict runs in the browser (live form checks) and on the server (services, review screens).
 * Policy figures and the readings of ambiguous text live in ONE object, `defaultEligibilitySettings`.
 *
 * Rule ID → function / constant (✗ = not machine-checkable: a reviewer judges it):
 *   F1  NEW_CITIES, UNIT_TYPES; checkApplicationEligibility (newCity), checkLeadUnit (unitType).
 *       Routing through the new city is the workflow's job.
 *   F2  ✗ workflow (new city recommends or returns; sees only its own new city)
 *   F3  ✗ workflow (the bureau recognises district brands)
 *   F4  ✗ workflow (pushes to city / province / nation and their outcomes)
 *   F5  LEVELS, levelRank, nextLevel
 *   C1  CATEGORIES; checkApplicationEligibility (category)
 *   B1  ✗ qualitative; only the description's presence (APPLICATION_NARRATIVES)
 *   B2  checkLeadUnitComposition, checkCoLeadUnits (settings.maxLeadUnits)
 *   B3  ✗ qualitative; declaration + narrative presence (APPLICATION_DECLARATIONS, APPLICATION_NARRATIVES)
 *   B4  checkBrandName, suggestTradeName, longestCommonRun, effectiveTradeName (settings.brandName, settings.tradeName)
 *   B5  checkEmploymentThreshold (settings.employmentThresholds, strictly greater)
 *   B6  checkEmploymentThreshold with nationalIch (settings.ichEmploymentThresholds, at least)
 *   B7  REVIEW_ORDER, compareForReview, reviewOrderBy, sortForReview, checkPovertyAlleviated
 *   B8  checkEmploymentThreshold (NATIONAL: no numeric check)
 *   U1  checkOperatingTime, checkLeadUnit, UNIT_DECLARATIONS (settings.minOperatingYears,
 *       settings.periodCounting: periodPassedOn)
 *   U2  checkPassRate (settings.minPassRatePercent), APPLICATION_DECLARATIONS, checkResidentId (ledgers)
 *   U3  APPLICATION_DECLARATIONS, checkDeclarations, checkResidentId (ledgers)
 *   U4  APPLICATION_DECLARATIONS, checkDeclarations
 *   U5  checkCreditCode, creditCodeCheckChar, organisationCodeCheckChar
 *   S1  subsidyForLevel (settings.subsidyAmounts, settings.subsidyCap)
 *   S2  checkSubsidySplit (one amount per brand)
 *   S3  checkSubsidySplit (integer shares adding up exactly)
 *   S4  subsidyDue (settings.subsidyUpgradePolicy, settings.subsidyCap)
 *   S5  USAGE_PURPOSES, checkUsageLine
 *   S6  checkUsageLine (not before the award date)
 *   S7  PAYMENT_METHODS, checkUsageLine (no CASH)
 *   S8  checkUsageReport (spent ≤ share), usageReportSchedule (settings.usageReportIntervalMonths)
 *   E1  evaluationCycles, evaluationStanding (settings.evaluationCycle)
 *   E2  EVALUATION_METHODS, evaluationOutcome
 *   E3  EVALUATION_CRITERIA, evaluationOutcome
 *   E4  evaluationOutcome
 *   E5  mayApply, banOf (settings.banYears, settings.periodCounting: periodPassedOn)
 *   M1  REVOCATION_REASONS, revocationEffect
 *   M2  revocationEffect (severe)
 *   M3  mayApply, revocationEffect, periodPassedOn
 *   T1  ✗ target (qualitative: "a batch")
 *   T2  DEFAULT_TARGETS (a default; the dashboard keeps targets per year as data)
 *   P1  ✗ publicity (showcase content); settings.publicityDays holds the notice period
 *   W1  ✗ new cities' surveys and ledgers
 */
import type { RuleId } from "./types";

export * from "./types";
export * from "./constants";
export * from "./settings";
export {
  addDays,
  addYears,
  calendarDateOf,
  compareDates,
  formatDate,
  formatShanghaiDateTime,
  parseCalendarDate,
  parseShanghaiDateTime,
  PERIOD_COUNTINGS,
  periodPassedOn,
  shanghaiMidnight,
  startOfMinute,
  todayInShanghai,
} from "./dates";
export type { CalendarDate, DateParse, PeriodCounting } from "./dates";
export { messages as eligibilityMessages, formatFen } from "./messages.zh-CN";
export {
  CREDIT_CODE_CHARSET,
  checkCreditCode,
  checkResidentId,
  creditCodeCheckChar,
  normalizeCode,
  organisationCodeCheckChar,
  residentIdCheckChar,
} from "./identity";
export type { CreditCodeParts, CreditCodeVerdict, ResidentIdVerdict } from "./identity";
export {
  checkBrandName,
  checkCoLeadUnits,
  checkEmploymentThreshold,
  checkLeadUnitComposition,
  compareForReview,
  longestCommonRun,
  REVIEW_ORDER,
  reviewOrderBy,
  sortForReview,
  suggestTradeName,
} from "./brand";
export type { ReviewOrderBy, ReviewQueueItem } from "./brand";
export {
  APPLICATION_DECLARATIONS,
  UNIT_DECLARATIONS,
  checkDeclarations,
  checkLeadUnit,
  checkOperatingTime,
  checkPassRate,
  effectiveTradeName,
} from "./lead-unit";
export type { ApplicationDeclarationKey, UnitDeclarationKey } from "./lead-unit";
export { APPLICATION_NARRATIVES, checkApplicationEligibility, checkPovertyAlleviated } from "./application";
export type { ApplicationInput, LeadUnitInput, NarrativeKey } from "./application";
export { addMonths, checkSubsidySplit, checkUsageLine, checkUsageReport, subsidyDue, subsidyForLevel, usageReportSchedule } from "./subsidy";
export type { SubsidyVerdict, UsageLine, UsageReportSchedule } from "./subsidy";
export {
  checkObjectionReceivedAt,
  mayRecognise,
  mayRejectAfterPublicity,
  objectionWindow,
  publicityPeriod,
  publicityPhase,
} from "./publicity";
export type { ObjectionState, PublicityPhase, PublicityRefusal, PublicityVerdict, PublicityWindow } from "./publicity";
export { banOf, evaluationCycles, evaluationOutcome, evaluationStanding, mayApply, revocationEffect } from "./evaluation";
export type { Ban, EvaluationCycle, EvaluationCyclesResult, EvaluationOutcome, EvaluationStanding, RevocationEffect, RevocationRecord } from "./evaluation";

export type RuleIndexEntry = { functions: readonly string[]; machineCheckable: boolean };

/** Rule ID → the exported names implementing it; the same table as the header comment. */
export const RULE_INDEX: Record<RuleId, RuleIndexEntry> = {
  F1: { functions: ["NEW_CITIES", "UNIT_TYPES", "checkApplicationEligibility", "checkLeadUnit"], machineCheckable: true },
  F2: { functions: [], machineCheckable: false },
  F3: { functions: [], machineCheckable: false },
  F4: { functions: [], machineCheckable: false },
  F5: { functions: ["LEVELS", "levelRank", "nextLevel"], machineCheckable: true },
  C1: { functions: ["CATEGORIES", "checkApplicationEligibility"], machineCheckable: true },
  B1: { functions: ["APPLICATION_NARRATIVES"], machineCheckable: false },
  B2: { functions: ["checkLeadUnitComposition", "checkCoLeadUnits"], machineCheckable: true },
  B3: { functions: ["APPLICATION_DECLARATIONS", "APPLICATION_NARRATIVES"], machineCheckable: false },
  B4: { functions: ["checkBrandName", "suggestTradeName", "longestCommonRun", "effectiveTradeName"], machineCheckable: true },
  B5: { functions: ["checkEmploymentThreshold"], machineCheckable: true },
  B6: { functions: ["checkEmploymentThreshold"], machineCheckable: true },
  B7: { functions: ["REVIEW_ORDER", "compareForReview", "reviewOrderBy", "sortForReview", "checkPovertyAlleviated"], machineCheckable: true },
  B8: { functions: ["checkEmploymentThreshold"], machineCheckable: true },
  U1: { functions: ["checkOperatingTime", "checkLeadUnit", "UNIT_DECLARATIONS", "periodPassedOn"], machineCheckable: true },
  U2: { functions: ["checkPassRate", "APPLICATION_DECLARATIONS", "checkResidentId"], machineCheckable: true },
  U3: { functions: ["APPLICATION_DECLARATIONS", "checkDeclarations", "checkResidentId"], machineCheckable: true },
  U4: { functions: ["APPLICATION_DECLARATIONS", "checkDeclarations"], machineCheckable: true },
  U5: { functions: ["checkCreditCode", "creditCodeCheckChar", "organisationCodeCheckChar"], machineCheckable: true },
  S1: { functions: ["subsidyForLevel"], machineCheckable: true },
  S2: { functions: ["checkSubsidySplit"], machineCheckable: true },
  S3: { functions: ["checkSubsidySplit"], machineCheckable: true },
  S4: { functions: ["subsidyDue"], machineCheckable: true },
  S5: { functions: ["USAGE_PURPOSES", "checkUsageLine"], machineCheckable: true },
  S6: { functions: ["checkUsageLine"], machineCheckable: true },
  S7: { functions: ["PAYMENT_METHODS", "checkUsageLine"], machineCheckable: true },
  S8: { functions: ["checkUsageReport", "usageReportSchedule"], machineCheckable: true },
  E1: { functions: ["evaluationCycles", "evaluationStanding"], machineCheckable: true },
  E2: { functions: ["EVALUATION_METHODS", "evaluationOutcome"], machineCheckable: true },
  E3: { functions: ["EVALUATION_CRITERIA", "evaluationOutcome"], machineCheckable: true },
  E4: { functions: ["evaluationOutcome"], machineCheckable: true },
  E5: { functions: ["mayApply", "banOf", "periodPassedOn"], machineCheckable: true },
  M1: { functions: ["REVOCATION_REASONS", "revocationEffect"], machineCheckable: true },
  M2: { functions: ["revocationEffect"], machineCheckable: true },
  M3: { functions: ["mayApply", "revocationEffect", "periodPassedOn"], machineCheckable: true },
  T1: { functions: [], machineCheckable: false },
  T2: { functions: ["DEFAULT_TARGETS"], machineCheckable: true },
  P1: { functions: [], machineCheckable: false },
  W1: { functions: [], machineCheckable: false },
};
