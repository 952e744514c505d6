// Performance evaluation (E1-E4) and revocations with their ban (E5, M1-M3).
import { EVALUATION_CRITERIA, EVALUATION_METHODS, isCodeOf, REVOCATION_REASONS } from "./constants";
import type { EvaluationCriterion, RevocationReasonCode } from "./constants";
import { addDays, addYears, compareDates, formatDate, parseCalendarDate, periodPassedOn, toEpochDay } from "./dates";
import type { CalendarDate } from "./dates";
import { checkCreditCode, normalizeCode } from "./identity";
import { messages as m } from "./messages.zh-CN";
import { defaultEligibilitySettings } from "./settings";
import type { EligibilitySettings } from "./settings";
import type { RuleFinding, Verdict } from "./types";
import { isRecord, verdictOf } from "./verdict";

/**
 * One evaluation cycle (绩效评估周期). Dates are ISO strings. The cycle is [start, end): `end` is
 * the next cycle's start; `dueDate` is the cycle's last day (end − 1 day); the evaluation may be
 * held from `windowStart` (end − dueWindowDays) to `dueDate`, i.e. in the cycle's last 90 days.
 */
export type EvaluationCycle = {
  /** 1-based. */
  index: number;
  start: string;
  end: string;
  windowStart: string;
  dueDate: string;
  /** upcoming: not started; running: before the window; in-window: may be evaluated now; ended. */
  status: "upcoming" | "running" | "in-window" | "ended";
  evaluated: boolean;
  /** Ended and not evaluated. */
  overdue: boolean;
};

export type EvaluationCyclesResult = Verdict & {
  cycles: EvaluationCycle[];
  /** Index of the cycle containing asOf, or null before the first cycle starts. */
  current: number | null;
  /** Indices of ended cycles without an evaluation. */
  overdue: number[];
};

/**
 * E1: the cycles of a lead unit recognised on `recognizedOn`, as of `asOf`: cycle k is
 * [D + (offset + (k−1)·length) years, D + (offset + k·length) years), i.e. [D+1y, D+4y),
 * [D+4y, D+7y) … with the default reading. Returns every cycle that has started plus the next one.
 * `evaluatedCycles` lists the 1-based indices already evaluated.
 */
export function evaluationCycles({
  recognizedOn,
  asOf,
  evaluatedCycles = [],
  settings = defaultEligibilitySettings,
}: {
  recognizedOn: unknown;
  asOf: unknown;
  evaluatedCycles?: unknown;
  settings?: EligibilitySettings;
}): EvaluationCyclesResult {
  const empty = { cycles: [], current: null, overdue: [] };
  const failures: RuleFinding[] = [];
  const recognized = parseCalendarDate(recognizedOn);
  if (!recognized.ok) failures.push({ ruleId: "E1", field: "recognizedOn", message: m.dateInvalid(m.recognizedOnLabel, "E1") });
  const today = parseCalendarDate(asOf);
  if (!today.ok) failures.push({ ruleId: "E1", field: "asOf", message: m.asOfInvalid("E1") });
  const evaluatedOk = Array.isArray(evaluatedCycles) && evaluatedCycles.every((n) => Number.isInteger(n) && n >= 1);
  if (!evaluatedOk) failures.push({ ruleId: "E1", field: "evaluatedCycles", message: m.evaluatedCyclesInvalid });
  if (!recognized.ok || !today.ok || !evaluatedOk) return { ...verdictOf(failures), ...empty };
  const evaluated = evaluatedCycles as number[];
  if (compareDates(recognized.date, today.date) > 0) {
    return { ...verdictOf([{ ruleId: "E1", field: "recognizedOn", message: m.recognizedInFuture }]), ...empty };
  }
  const { startOffsetYears, lengthYears, dueWindowDays } = settings.evaluationCycle;
  const cycles: EvaluationCycle[] = [];
  let current: number | null = null;
  for (let index = 1; ; index++) {
    // Each boundary is computed from D itself, so a Feb 29 recognition does not drift to Feb 28.
    const start = addYears(recognized.date, startOffsetYears + (index - 1) * lengthYears);
    const end = addYears(recognized.date, startOffsetYears + index * lengthYears);
    const windowStart = addDays(end, -dueWindowDays);
    const started = compareDates(start, today.date) <= 0;
    const ended = compareDates(end, today.date) <= 0;
    const isEvaluated = evaluated.includes(index);
    const status = !started ? "upcoming" : ended ? "ended" : compareDates(windowStart, today.date) <= 0 ? "in-window" : "running";
    if (started && !ended) current = index;
    cycles.push({
      index,
      start: formatDate(start),
      end: formatDate(end),
      windowStart: formatDate(windowStart),
      dueDate: formatDate(addDays(end, -1)),
      status,
      evaluated: isEvaluated,
      overdue: ended && !isEvaluated,
    });
    if (!started) break;
  }
  const overdue = cycles.filter((c) => c.overdue).map((c) => c.index);
  const warnings = overdue.map((index) => ({ ruleId: "E1" as const, field: "evaluatedCycles", message: m.cycleOverdue(index) }));
  return { ...verdictOf([], warnings), cycles, current, overdue };
}

/** When a revoked unit may apply again (E5/M3): banned through `banLastDay` inclusive. */
export type Ban = { revokedOn: string; banLastDay: string; mayApplyFrom: string };

function banDates({ revokedOn, settings }: { revokedOn: CalendarDate; settings: EligibilitySettings }): { lastDay: CalendarDate; mayApplyFrom: CalendarDate } {
  const mayApplyFrom = periodPassedOn({ from: revokedOn, years: settings.banYears, counting: settings.periodCounting });
  return { lastDay: addDays(mayApplyFrom, -1), mayApplyFrom };
}

/**
 * E5/M3: "5年内不得再次申报" is a period of banYears from the revocation date, counted like U1's
 * operating time (settings.periodCounting). By default (RULES.md) the 5 years have passed on the
 * same calendar day 5 years later: a revocation on 2025-03-10 bans through 2030-03-09 and the unit
 * may apply on 2030-03-10. With "day-after-anniversary" (《民法典》第二百零一条) it bans through
 * 2030-03-10 and the unit may apply on 2030-03-11.
 */
export function banOf({ revokedOn, settings = defaultEligibilitySettings }: { revokedOn: CalendarDate; settings?: EligibilitySettings }): Ban {
  const { lastDay, mayApplyFrom } = banDates({ revokedOn, settings });
  return { revokedOn: formatDate(revokedOn), banLastDay: formatDate(lastDay), mayApplyFrom: formatDate(mayApplyFrom) };
}

export type EvaluationOutcome =
  | { result: "PASS"; status: "RETAINED"; plaqueReclaimed: false }
  | ({ result: "FAIL"; status: "REVOKED"; plaqueReclaimed: true; revocationReason: "EVALUATION_FAILED" } & Ban);

/**
 * E2-E4: an evaluation record (method, date, a pass/fail for each of U1-U4) and its effect.
 * `ok` is true when the unit passed; a failed evaluation lists the failed criteria (E3) and the
 * revocation (E4: status revoked, plaque reclaimed, and the E5 ban). An incomplete record gives
 * failures and no `outcome`.
 */
export function evaluationOutcome({
  method,
  evaluatedOn,
  criteria,
  settings = defaultEligibilitySettings,
}: {
  method: unknown;
  evaluatedOn: unknown;
  criteria: unknown;
  settings?: EligibilitySettings;
}): Verdict & { outcome?: EvaluationOutcome } {
  const failures: RuleFinding[] = [];
  if (!isCodeOf(EVALUATION_METHODS, method)) failures.push({ ruleId: "E2", field: "method", message: m.evaluationMethodInvalid });
  const date = parseCalendarDate(evaluatedOn);
  if (!date.ok) failures.push({ ruleId: "E4", field: "evaluatedOn", message: m.dateInvalid(m.evaluatedOnLabel, "E4") });
  const given = isRecord(criteria) ? criteria : {};
  const unscored = EVALUATION_CRITERIA.filter((c) => typeof given[c] !== "boolean");
  for (const c of unscored) failures.push({ ruleId: "E3", field: `criteria.${c}`, message: m.criterionUnscored(c) });
  if (failures.length > 0 || !date.ok) return verdictOf(failures);
  const failed: EvaluationCriterion[] = EVALUATION_CRITERIA.filter((c) => given[c] === false);
  if (failed.length === 0) return { ...verdictOf([]), outcome: { result: "PASS", status: "RETAINED", plaqueReclaimed: false } };
  const ban = banOf({ revokedOn: date.date, settings });
  return {
    ...verdictOf([
      ...failed.map((c) => ({ ruleId: "E3" as const, field: `criteria.${c}`, message: m.criterionFailed(c) })),
      { ruleId: "E4", message: m.evaluationFailed(ban.mayApplyFrom) },
    ]),
    outcome: { result: "FAIL", status: "REVOKED", plaqueReclaimed: true, revocationReason: "EVALUATION_FAILED", ...ban },
  };
}

export type RevocationEffect = Ban & {
  reason: RevocationReasonCode;
  leadUnitTitleRevoked: true;
  leadUnitPlaqueReclaimed: true;
  /** M2: severe impact also reclaims the brand's plaque and takes the brand off the showcase. */
  brandPlaqueReclaimed: boolean;
  leavesShowcase: boolean;
};

/** M1-M3: a revocation record (reason from the M1 list, date, severity) and what follows from it. */
export function revocationEffect({
  reason,
  revokedOn,
  severe = false,
  settings = defaultEligibilitySettings,
}: {
  reason: unknown;
  revokedOn: unknown;
  severe?: unknown;
  settings?: EligibilitySettings;
}): Verdict & { effect?: RevocationEffect } {
  const failures: RuleFinding[] = [];
  if (!isCodeOf(REVOCATION_REASONS, reason)) failures.push({ ruleId: "M1", field: "reason", message: m.revocationReasonInvalid });
  const date = parseCalendarDate(revokedOn);
  if (!date.ok) failures.push({ ruleId: "M3", field: "revokedOn", message: m.dateInvalid(m.revokedOnLabel, "M3") });
  if (typeof severe !== "boolean") failures.push({ ruleId: "M2", field: "severe", message: m.severeInvalid });
  if (failures.length > 0 || !date.ok) return verdictOf(failures);
  return {
    ...verdictOf([]),
    effect: {
      reason: reason as RevocationReasonCode,
      leadUnitTitleRevoked: true,
      leadUnitPlaqueReclaimed: true,
      brandPlaqueReclaimed: severe === true,
      leavesShowcase: severe === true,
      ...banOf({ revokedOn: date.date, settings }),
    },
  };
}

/** A past revocation of some unit, as stored (matched to applicants by credit code). */
export type RevocationRecord = { creditCode: unknown; revokedOn: unknown; reason?: unknown };

/**
 * E5/M3: whether the unit with `creditCode` may apply on `asOf`, given all revocations on record.
 * A revocation whose date cannot be read blocks with its own message, since silently ignoring it
 * could let a banned unit through.
 */
export function mayApply({
  creditCode,
  asOf,
  revocations,
  settings = defaultEligibilitySettings,
}: {
  creditCode: unknown;
  asOf: unknown;
  revocations: unknown;
  settings?: EligibilitySettings;
}): Verdict & { bannedThrough?: string; mayApplyFrom?: string } {
  const failures: RuleFinding[] = [];
  const code = checkCreditCode(creditCode);
  failures.push(...code.failures.map((f) => ({ ...f, field: "creditCode" })));
  const today = parseCalendarDate(asOf);
  if (!today.ok) failures.push({ ruleId: "E5", field: "asOf", message: m.asOfInvalid("E5") });
  if (!Array.isArray(revocations)) failures.push({ ruleId: "E5", field: "revocations", message: m.revocationsMissing });
  // Exactly the three problems reported above; any of them means there is nothing to compare.
  if (!today.ok || code.normalized === undefined || !Array.isArray(revocations)) return verdictOf(failures);
  let latest: { lastDay: CalendarDate; revokedOn: CalendarDate; byEvaluation: boolean } | undefined;
  for (const raw of revocations) {
    const r = isRecord(raw) ? raw : {};
    if (typeof r.creditCode !== "string" || normalizeCode(r.creditCode) !== code.normalized) continue;
    const revoked = parseCalendarDate(r.revokedOn);
    if (!revoked.ok) {
      failures.push({ ruleId: "E5", field: "creditCode", message: m.revocationDateUnreadable });
      continue;
    }
    const { lastDay } = banDates({ revokedOn: revoked.date, settings });
    if (compareDates(lastDay, today.date) >= 0 && (latest === undefined || compareDates(lastDay, latest.lastDay) > 0)) {
      // M3: a revocation under M1/M2 bans like a failed evaluation (E5) does; name the rule that applied.
      latest = { lastDay, revokedOn: revoked.date, byEvaluation: r.reason === undefined || r.reason === "EVALUATION_FAILED" };
    }
  }
  if (latest !== undefined) {
    const ban = banOf({ revokedOn: latest.revokedOn, settings });
    const ruleId = latest.byEvaluation ? "E5" : "M3";
    failures.push({ ruleId, field: "creditCode", message: m.banned(ban.revokedOn, settings.banYears, ban.mayApplyFrom, ruleId) });
    return { ...verdictOf(failures), bannedThrough: ban.banLastDay, mayApplyFrom: ban.mayApplyFrom };
  }
  return verdictOf(failures);
}

/** Where a lead unit's recognition stands for E1 on one day, as the bureau's queue sorts it. */
export type EvaluationStanding = {
  /** overdue: an ended cycle was never evaluated; due: the current cycle is in its window and not
   * evaluated; upcoming: the window opens within `upcomingDays`; later: nothing to do soon;
   * not-started: before the first cycle (the second year after recognition). */
  standing: "overdue" | "due" | "upcoming" | "later" | "not-started";
  /** The cycle to evaluate next: the earliest overdue one, else the current one, else the next. */
  cycle: EvaluationCycle | null;
  overdue: number[];
};

/**
 * E1 as a to-do: for a lead unit recognised on `recognizedOn` with `evaluatedCycles` recorded,
 * what stands on `asOf`. An overdue cycle comes first (it must still be evaluated); then a current
 * cycle in its last `dueWindowDays`; then one whose window opens within `upcomingDays` (90 by
 * default, the queue's horizon). Invalid input gives the failures of evaluationCycles.
 */
export function evaluationStanding({
  recognizedOn,
  asOf,
  evaluatedCycles = [],
  upcomingDays = 90,
  settings = defaultEligibilitySettings,
}: {
  recognizedOn: unknown;
  asOf: unknown;
  evaluatedCycles?: unknown;
  upcomingDays?: number;
  settings?: EligibilitySettings;
}): Verdict & EvaluationStanding {
  const result = evaluationCycles({ recognizedOn, asOf, evaluatedCycles, settings });
  if (!result.ok && result.cycles.length === 0) return { ...result, standing: "not-started", cycle: null, overdue: [] };
  const verdict = { ok: result.ok, failures: result.failures, warnings: result.warnings };
  const firstOverdue = result.cycles.find((c) => c.overdue);
  if (firstOverdue) return { ...verdict, standing: "overdue", cycle: firstOverdue, overdue: result.overdue };
  const today = parseCalendarDate(asOf);
  const current = result.cycles.find((c) => c.index === result.current) ?? null;
  if (current && !current.evaluated && current.status === "in-window") return { ...verdict, standing: "due", cycle: current, overdue: [] };
  // The next cycle whose evaluation is still to come: the current one (not yet in its window), or
  // the one after it when the current one is evaluated or none has started.
  const next = result.cycles.find((c) => !c.evaluated && c.status !== "ended") ?? null;
  if (!next || !today.ok) return { ...verdict, standing: result.current === null ? "not-started" : "later", cycle: next, overdue: [] };
  const opensIn = toEpochDayOf(next.windowStart) - toEpochDay(today.date);
  const standing = opensIn <= upcomingDays ? "upcoming" : result.current === null ? "not-started" : "later";
  return { ...verdict, standing, cycle: next, overdue: [] };
}

function toEpochDayOf(iso: string): number {
  const parsed = parseCalendarDate(iso);
  return parsed.ok ? toEpochDay(parsed.date) : Number.NaN;
}
