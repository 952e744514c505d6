// Subsidies (奖补): S1 amounts, S2/S3 split among lead units, S4 upgrades, S5-S8 usage.
// Award amounts are integer yuan (S1); usage lines are integer fen (分) because receipts carry
// cents, and integers keep every sum exact.
import { isCodeOf, LEVELS, PAYMENT_METHODS, USAGE_PURPOSES } from "./constants";
import type { LevelCode } from "./constants";
import { compareDates, daysInMonth, formatDate, parseCalendarDate } from "./dates";
import type { CalendarDate } from "./dates";
import { normalizeCode } from "./identity";
import { messages as m } from "./messages.zh-CN";
import { defaultEligibilitySettings } from "./settings";
import type { EligibilitySettings } from "./settings";
import type { RuleFinding, Verdict } from "./types";
import { isRecord, readCount, underField, verdictOf } from "./verdict";

export type SubsidyVerdict = Verdict & { amount: number };

/** S1: the one-time subsidy for a level, in yuan, never above the cap. */
export function subsidyForLevel({
  level,
  settings = defaultEligibilitySettings,
}: {
  level: unknown;
  settings?: EligibilitySettings;
}): SubsidyVerdict {
  if (!isCodeOf(LEVELS, level)) return { ...verdictOf([{ ruleId: "F5", field: "level", message: m.levelInvalid }]), amount: 0 };
  return { ...verdictOf([]), amount: Math.min(settings.subsidyAmounts[level as LevelCode], settings.subsidyCap) };
}

/**
 * S4: what to pay when a brand is recognised at `level`, given what was already paid for it.
 * "top-up" (就高补差): the new level's amount minus what was paid, never negative, never making
 * the total exceed the cap. "none": only the first award is paid.
 */
export function subsidyDue({
  level,
  alreadyPaid,
  settings = defaultEligibilitySettings,
}: {
  level: unknown;
  alreadyPaid: unknown;
  settings?: EligibilitySettings;
}): SubsidyVerdict {
  const base = subsidyForLevel({ level, settings });
  const paid = readCount(alreadyPaid, { ruleId: "S4", field: "alreadyPaid", label: m.alreadyPaidLabel });
  const failures = [...base.failures, ...(paid.ok ? [] : [paid.finding])];
  if (!paid.ok || failures.length > 0) return { ...verdictOf(failures), amount: 0 };
  if (paid.value > settings.subsidyCap) {
    return { ...verdictOf([{ ruleId: "S4", field: "alreadyPaid", message: m.alreadyPaidAboveCap(paid.value, settings.subsidyCap) }]), amount: 0 };
  }
  if (settings.subsidyUpgradePolicy === "none" && paid.value > 0) return { ...verdictOf([]), amount: 0 };
  return { ...verdictOf([]), amount: Math.max(0, base.amount - paid.value) };
}

/**
 * S2/S3: the brand's one amount split among its lead units: integer yuan, none negative, only the
 * brand's lead units, each at most once, adding up exactly to the amount. A unit left out gets 0.
 */
export function checkSubsidySplit({
  amount,
  leadUnitCreditCodes,
  shares,
  settings = defaultEligibilitySettings,
}: {
  amount: unknown;
  leadUnitCreditCodes: unknown;
  shares: unknown;
  settings?: EligibilitySettings;
}): Verdict {
  const failures: RuleFinding[] = [];
  const total = readCount(amount, { ruleId: "S2", field: "amount", label: m.awardAmountLabel });
  if (!total.ok) failures.push(total.finding);
  else if (total.value > settings.subsidyCap) {
    failures.push({ ruleId: "S1", field: "amount", message: m.awardAboveCap(total.value, settings.subsidyCap) });
  }
  if (!Array.isArray(leadUnitCreditCodes)) {
    failures.push({ ruleId: "S3", field: "leadUnitCreditCodes", message: m.leadUnitCodesMissing });
  }
  if (!Array.isArray(shares) || shares.length === 0) {
    failures.push({ ruleId: "S2", field: "shares", message: m.sharesMissing });
  }
  if (!Array.isArray(leadUnitCreditCodes) || !Array.isArray(shares) || shares.length === 0) return verdictOf(failures);
  const units = leadUnitCreditCodes.filter((c): c is string => typeof c === "string").map(normalizeCode);
  let sum = 0;
  let allRead = total.ok;
  const seen = new Set<string>();
  shares.forEach((raw: unknown, index) => {
    const share = isRecord(raw) ? raw : {};
    const field = `shares.${index}`;
    const code = typeof share.creditCode === "string" ? normalizeCode(share.creditCode) : "";
    if (!units.includes(code)) {
      failures.push({ ruleId: "S3", field: `${field}.creditCode`, message: m.shareNotLeadUnit(code) });
    } else if (seen.has(code)) {
      failures.push({ ruleId: "S3", field: `${field}.creditCode`, message: m.shareDuplicate(code) });
    }
    seen.add(code);
    const value = readCount(share.amount, { ruleId: "S3", field: `${field}.amount`, label: m.shareAmountLabel });
    if (value.ok) sum += value.value;
    else {
      failures.push(value.finding);
      allRead = false;
    }
  });
  // The sum is only meaningful when every figure could be read.
  if (allRead && total.ok && sum !== total.value) {
    failures.push({ ruleId: "S3", field: "shares", message: m.sharesSumMismatch(sum, total.value) });
  }
  return verdictOf(failures);
}

/** S5-S8: one line of a usage report (资金使用明细). */
export type UsageLine = {
  date: unknown;
  purpose: unknown;
  paymentMethod: unknown;
  /** Integer fen (分). */
  amountFen: unknown;
  description?: unknown;
};

function readDate(value: unknown): CalendarDate | undefined {
  const parsed = parseCalendarDate(value);
  return parsed.ok ? parsed.date : undefined;
}

/**
 * S5-S7 (and S8's truthfulness): purpose from the list, no cash, not dated before the award
 * (no retroactive use), not dated after `asOf` when given, a positive integer amount in fen.
 */
export function checkUsageLine({
  line,
  awardDate,
  asOf,
}: {
  line: unknown;
  awardDate: unknown;
  asOf?: unknown;
}): Verdict & { amountFen?: number } {
  const l = isRecord(line) ? line : {};
  const failures: RuleFinding[] = [];
  const award = readDate(awardDate);
  if (award === undefined) failures.push({ ruleId: "S6", field: "awardDate", message: m.dateInvalid(m.awardDateLabel, "S6") });
  const report = readDate(asOf);
  if (asOf !== undefined && report === undefined) failures.push({ ruleId: "S8", field: "asOf", message: m.asOfInvalid("S8") });
  const spent = readDate(l.date);
  if (spent === undefined) {
    failures.push({ ruleId: "S6", field: "date", message: m.dateInvalid(m.usageDateLabel, "S6") });
  } else {
    if (award !== undefined && compareDates(spent, award) < 0) {
      failures.push({ ruleId: "S6", field: "date", message: m.usageBeforeAward(formatDate(spent), formatDate(award)) });
    }
    if (report !== undefined && compareDates(spent, report) > 0) {
      failures.push({ ruleId: "S8", field: "date", message: m.usageAfterReport(formatDate(spent), formatDate(report)) });
    }
  }
  if (!isCodeOf(USAGE_PURPOSES, l.purpose)) {
    failures.push({ ruleId: "S5", field: "purpose", message: m.usagePurposeInvalid(USAGE_PURPOSES.map((p) => p.label)) });
  }
  if (l.paymentMethod === "CASH") failures.push({ ruleId: "S7", field: "paymentMethod", message: m.usageCash });
  else if (!isCodeOf(PAYMENT_METHODS, l.paymentMethod)) {
    failures.push({ ruleId: "S7", field: "paymentMethod", message: m.paymentMethodInvalid });
  }
  const amount = readCount(l.amountFen, { ruleId: "S8", field: "amountFen", label: m.usageAmountLabel });
  if (!amount.ok) failures.push(amount.finding);
  else if (amount.value === 0) failures.push({ ruleId: "S8", field: "amountFen", message: m.usageAmountZero });
  return amount.ok ? { ...verdictOf(failures), amountFen: amount.value } : verdictOf(failures);
}

/**
 * S8: a usage report of one lead unit: every line valid (fields `lines.N.…`), and the total spent
 * (plus what earlier reports spent) not above the unit's share of the award (integer yuan).
 */
export function checkUsageReport({
  lines,
  awardDate,
  share,
  previouslySpentFen = 0,
  asOf,
}: {
  lines: unknown;
  awardDate: unknown;
  share: unknown;
  previouslySpentFen?: unknown;
  asOf?: unknown;
}): Verdict & { spentFen: number; remainingFen?: number } {
  const failures: RuleFinding[] = [];
  const shareRead = readCount(share, { ruleId: "S8", field: "share", label: m.shareAmountLabel });
  if (!shareRead.ok) failures.push(shareRead.finding);
  const before = readCount(previouslySpentFen, { ruleId: "S8", field: "previouslySpentFen", label: m.previouslySpentLabel });
  if (!before.ok) failures.push(before.finding);
  if (!Array.isArray(lines)) {
    failures.push({ ruleId: "S8", field: "lines", message: m.usageLinesMissing });
    return { ...verdictOf(failures), spentFen: 0 };
  }
  let spentFen = before.ok ? before.value : 0;
  lines.forEach((line: unknown, index) => {
    const checked = checkUsageLine({ line, awardDate, asOf });
    // Report-level inputs (awardDate, asOf) are reported once below, not once per line.
    const own = checked.failures.filter((f) => f.field !== "awardDate" && f.field !== "asOf");
    failures.push(...underField(verdictOf(own), `lines.${index}`).failures);
    spentFen += checked.amountFen ?? 0;
  });
  const probe = checkUsageLine({ line: {}, awardDate, asOf });
  failures.push(...probe.failures.filter((f) => f.field === "awardDate" || f.field === "asOf"));
  if (!shareRead.ok) return { ...verdictOf(failures), spentFen };
  const shareFen = shareRead.value * 100;
  if (spentFen > shareFen) {
    failures.push({ ruleId: "S8", field: "lines", message: m.usageAboveShare(spentFen, shareFen) });
  }
  return { ...verdictOf(failures), spentFen, remainingFen: Math.max(0, shareFen - spentFen) };
}

/**
 * Same day, `months` later; a day the later month lacks becomes its last day (2026-08-31 + 6
 * months → 2027-02-28), as 《民法典》第二百零二条 counts periods.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export type UsageReportSchedule =
  /** Nothing is due: no payment yet, or every yuan received is accounted for. */
  | { due: false }
  /** The next report falls due on `dueOn`; overdue once `today` is after it. */
  | { due: true; dueOn: CalendarDate; sequence: number; overdue: boolean };

/**
 * S8 (按时报告): report k (1, 2, …) falls due k × N months after the first payment (N =
 * settings.usageReportIntervalMonths). The next one due is the one after those already filed
 * (a returned report counts as filed: it is being corrected). Nothing is due once the money
 * received is fully reported (receivedFen ≤ reportedFen, with something received).
 */
export function usageReportSchedule({
  firstPaidOn,
  reportsFiled,
  receivedFen,
  reportedFen,
  fullyPaid,
  today,
  settings = defaultEligibilitySettings,
}: {
  firstPaidOn: CalendarDate | null;
  reportsFiled: number;
  receivedFen: number;
  reportedFen: number;
  /** Every yuan of the share has been paid: once it is all reported, nothing more is due. */
  fullyPaid: boolean;
  today: CalendarDate;
  settings?: EligibilitySettings;
}): UsageReportSchedule {
  if (!firstPaidOn || receivedFen <= 0) return { due: false };
  if (fullyPaid && reportedFen >= receivedFen) return { due: false };
  const sequence = Math.max(0, Math.floor(reportsFiled)) + 1;
  const dueOn = addMonths(firstPaidOn, sequence * settings.usageReportIntervalMonths);
  return { due: true, dueOn, sequence, overdue: compareDates(today, dueOn) > 0 };
}
