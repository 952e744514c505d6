// Brand conditions: B2 (lead units), B4 (name), B5/B6/B8 (employment thresholds), B7 (queue order).
import { isCodeOf, LEVELS, labelOf } from "./constants";
import type { LevelCode } from "./constants";
import { checkCreditCode } from "./identity";
import { messages as m } from "./messages.zh-CN";
import { defaultEligibilitySettings } from "./settings";
import type { EligibilitySettings } from "./settings";
import type { DateInput, RuleFinding, Verdict } from "./types";
import { readCount, readText, verdictOf } from "./verdict";

function longestFirst(words: readonly string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}

/**
 * B4: suggests a unit's 字号 (trade name) from its registered name by removing bracketed parts,
 * leading place words and trailing organisational-form and industry words, e.g.
 * 西安好帮手家政服务有限公司 → 好帮手. The unit confirms or corrects it; "" when nothing is left.
 */
export function suggestTradeName({
  unitName,
  settings = defaultEligibilitySettings,
}: {
  unitName: unknown;
  settings?: EligibilitySettings;
}): string {
  const text = readText(unitName);
  if (text === undefined) return "";
  const places = longestFirst(settings.tradeName.placeWords);
  const endings = [...longestFirst(settings.tradeName.organisationForms), ...longestFirst(settings.tradeName.industryWords)];
  // Bracketed parts are almost always a place or a branch: 好帮手(西安)家政服务有限公司.
  let rest = text.replace(/[(（][^)）]*[)）]/g, "").replace(/\s/g, "");
  let previous: string;
  do {
    previous = rest;
    const place = places.find((w) => rest.startsWith(w));
    if (place !== undefined) rest = rest.slice(place.length);
    const ending = endings.find((w) => rest.endsWith(w));
    if (ending !== undefined) rest = rest.slice(0, rest.length - ending.length);
  } while (rest !== previous);
  return rest;
}

/** Longest run of consecutive characters shared by a and b (code points, not UTF-16 units). */
export function longestCommonRun(a: string, b: string): string {
  const x = Array.from(a);
  const y = Array.from(b);
  let best = "";
  for (let i = 0; i < x.length; i++) {
    for (let j = 0; j < y.length; j++) {
      let k = 0;
      while (i + k < x.length && x[i + k] === y[j + k]) k++;
      if (k > Array.from(best).length) best = x.slice(i, i + k).join("");
    }
  }
  return best;
}

/**
 * B4: name pattern 地域 + 行业 + 工种 and no keyword of a lead unit. Blocking: the name is blank or
 * has a space, or shares a run of ≥ minKeywordRun characters with a lead unit's 字号. Warnings
 * (a reviewer may accept them with a reason): no place word at the start, no trade suffix at the
 * end, longer than maxLength.
 */
export function checkBrandName({
  name,
  leadUnitTradeNames,
  settings = defaultEligibilitySettings,
}: {
  name: unknown;
  leadUnitTradeNames: unknown;
  settings?: EligibilitySettings;
}): Verdict {
  const field = "brandName";
  if (name !== null && name !== undefined && typeof name !== "string") {
    return verdictOf([{ ruleId: "B4", field, message: m.notText(m.brandNameLabel, "B4") }]);
  }
  const text = readText(name);
  if (text === undefined) return verdictOf([{ ruleId: "B4", field, message: m.missing(m.brandNameLabel, "B4") }]);
  if (/\s/.test(text)) return verdictOf([{ ruleId: "B4", field, message: m.containsSpace(m.brandNameLabel, "B4") }]);

  const failures: RuleFinding[] = [];
  const warnings: RuleFinding[] = [];
  const rules = settings.brandName;
  if (!Array.isArray(leadUnitTradeNames)) {
    failures.push({ ruleId: "B4", field: "leadUnitTradeNames", message: m.tradeNamesMissing });
  } else {
    leadUnitTradeNames.forEach((raw: unknown, index) => {
      const tradeName = readText(raw)?.replace(/\s/g, "");
      if (tradeName === undefined) {
        warnings.push({ ruleId: "B4", field: `leadUnitTradeNames.${index}`, message: m.tradeNameBlank(index + 1) });
        return;
      }
      const run = longestCommonRun(text, tradeName);
      if (Array.from(run).length >= rules.minKeywordRun) {
        failures.push({ ruleId: "B4", field, message: m.brandNameHasKeyword(tradeName, run) });
      }
    });
  }
  if (!rules.placeWords.some((w) => text.startsWith(w))) {
    warnings.push({ ruleId: "B4", field, message: m.brandNameNoPlace(rules.placeWords) });
  }
  if (!rules.tradeSuffixes.some((w) => text.endsWith(w))) {
    warnings.push({ ruleId: "B4", field, message: m.brandNameNoSuffix(rules.tradeSuffixes) });
  }
  const length = Array.from(text).length;
  if (length > rules.maxLength) warnings.push({ ruleId: "B4", field, message: m.brandNameTooLong(rules.maxLength, length) });
  return verdictOf(failures, warnings);
}

/** B2: one to maxLeadUnits lead units, none twice (matched by normalised credit code). */
export function checkLeadUnitComposition({
  leadUnits,
  settings = defaultEligibilitySettings,
}: {
  leadUnits: unknown;
  settings?: EligibilitySettings;
}): Verdict {
  if (!Array.isArray(leadUnits) || leadUnits.length === 0) {
    return verdictOf([{ ruleId: "B2", field: "leadUnits", message: m.leadUnitsMissing }]);
  }
  const failures: RuleFinding[] = [];
  if (leadUnits.length > settings.maxLeadUnits) {
    failures.push({ ruleId: "B2", field: "leadUnits", message: m.leadUnitsTooMany(settings.maxLeadUnits, leadUnits.length) });
  }
  const seen = new Map<string, number>();
  leadUnits.forEach((unit: unknown, index) => {
    const code = checkCreditCode((unit as { creditCode?: unknown } | null)?.creditCode).normalized;
    if (code === undefined) return; // an invalid code is U5's finding, not a duplicate
    const first = seen.get(code);
    if (first === undefined) seen.set(code, index);
    else failures.push({ ruleId: "B2", field: `leadUnits.${index}.creditCode`, message: m.leadUnitDuplicate(first + 1) });
  });
  return verdictOf(failures);
}

/**
 * B2 in the form's shape: the applicant is lead unit no. 1 and `coLeadUnits` follow it. The same
 * findings as checkLeadUnitComposition, with fields under `coLeadUnits.N` (the applicant's own
 * entry cannot be edited in that step, so a duplicate is always reported on the co-lead unit).
 */
export function checkCoLeadUnits({
  applicant,
  coLeadUnits,
  settings = defaultEligibilitySettings,
}: {
  applicant: unknown;
  coLeadUnits: readonly unknown[];
  settings?: EligibilitySettings;
}): Verdict {
  const verdict = checkLeadUnitComposition({ leadUnits: [applicant, ...coLeadUnits], settings });
  const relative = (f: RuleFinding): RuleFinding => {
    const match = /^leadUnits\.(\d+)\.(.*)$/.exec(f.field ?? "");
    return match ? { ...f, field: `coLeadUnits.${Number(match[1]) - 1}.${match[2]}` } : { ...f, field: "coLeadUnits" };
  };
  return verdictOf(verdict.failures.map(relative), verdict.warnings.map(relative));
}

/**
 * B5 / B6 / B8: people employed or set up in business through the brand. B5: strictly more than
 * the level's figure (超过). B6 (national-ICH brands only): at least the figure (以上). B8: the plan
 * sets no figure for 国家级, so a national application passes without a numeric check.
 */
export function checkEmploymentThreshold({
  level,
  nationalIch,
  employed,
  settings = defaultEligibilitySettings,
}: {
  level: unknown;
  nationalIch?: unknown;
  employed: unknown;
  settings?: EligibilitySettings;
}): Verdict {
  const failures: RuleFinding[] = [];
  if (!isCodeOf(LEVELS, level)) failures.push({ ruleId: "F5", field: "level", message: m.levelInvalid });
  if (nationalIch !== undefined && typeof nationalIch !== "boolean") {
    failures.push({ ruleId: "B6", field: "nationalIch", message: m.nationalIchInvalid });
  }
  const isIch = nationalIch === true;
  const count = readCount(employed, { ruleId: isIch ? "B6" : "B5", field: "figures.employed", label: m.employedLabel });
  if (!count.ok) failures.push(count.finding);
  if (failures.length > 0 || !count.ok) return verdictOf(failures);
  const lvl = level as LevelCode;
  if (lvl === "NATIONAL") return verdictOf([]);
  const label = labelOf(LEVELS, lvl) ?? lvl;
  if (isIch) {
    const minimum = settings.ichEmploymentThresholds[lvl];
    return count.value >= minimum
      ? verdictOf([])
      : verdictOf([{ ruleId: "B6", field: "figures.employed", message: m.ichThreshold(minimum, count.value, label) }]);
  }
  const threshold = settings.employmentThresholds[lvl];
  return count.value > threshold
    ? verdictOf([])
    : verdictOf([{ ruleId: "B5", field: "figures.employed", message: m.employmentThreshold(threshold, count.value, label) }]);
}

/** B7: what a review queue needs of an application to order it. */
export type ReviewQueueItem = {
  povertyAlleviated: unknown;
  employed: unknown;
  submittedAt: DateInput | unknown;
  id?: string;
};

/**
 * B7: the review order, once. The comparator below and the database's ORDER BY (reviewOrderBy)
 * are both derived from this list, so the queue on screen and a sorted array agree. Each key is
 * a ReviewQueueItem field with its column; `missingLast` marks values that may be absent (they
 * sort last whatever the direction, so a broken or incomplete record never jumps the queue).
 * 1) more poverty-alleviated labour (脱贫劳动力) first; 2) more people employed first; 3) earlier
 * submission first; 4) id, so the order is total and stable across reloads.
 */
export const REVIEW_ORDER = [
  { key: "povertyAlleviated", column: "povertyAlleviatedCount", direction: "desc", missingLast: true },
  { key: "employed", column: "employedCount", direction: "desc", missingLast: true },
  { key: "submittedAt", column: "submittedAt", direction: "asc", missingLast: true },
  { key: "id", column: "id", direction: "asc", missingLast: false },
] as const;

type ReviewOrderEntry = (typeof REVIEW_ORDER)[number];
type OrderByOf<E> = E extends { column: infer C extends string; direction: infer D; missingLast: true }
  ? { [P in C]: { sort: D; nulls: "last" } }
  : E extends { column: infer C extends string; direction: infer D }
    ? { [P in C]: D }
    : never;
/** One `orderBy` entry per REVIEW_ORDER key, in Prisma's plain-object shape (no Prisma import). */
export type ReviewOrderBy = OrderByOf<ReviewOrderEntry>[];

/** B7 as the database's ORDER BY for the review queue (list-applications). */
export function reviewOrderBy(): ReviewOrderBy {
  return REVIEW_ORDER.map((e) => (e.missingLast ? { [e.column]: { sort: e.direction, nulls: "last" } } : { [e.column]: e.direction })) as ReviewOrderBy;
}

// A value to order by, or null when it is missing or unusable (sorted last).
function orderValue(item: ReviewQueueItem, key: ReviewOrderEntry["key"]): number | string | null {
  if (key === "id") return item.id ?? "";
  if (key === "submittedAt") {
    const v = item.submittedAt;
    const ms = v instanceof Date ? v.getTime() : typeof v === "string" ? Date.parse(v) : NaN;
    return Number.isNaN(ms) ? null : ms;
  }
  const count = item[key];
  return Number.isFinite(count) && (count as number) >= 0 ? (count as number) : null;
}

/**
 * B7 comparator for review queues (use with Array.prototype.sort), following REVIEW_ORDER. Ids
 * compare by code unit, not localeCompare, so the queue sorts the same on every machine. It
 * orders only; it never lowers a threshold.
 */
export function compareForReview(a: ReviewQueueItem, b: ReviewQueueItem): number {
  for (const entry of REVIEW_ORDER) {
    const x = orderValue(a, entry.key);
    const y = orderValue(b, entry.key);
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    const ascending = x < y ? -1 : 1;
    return entry.direction === "asc" ? ascending : -ascending;
  }
  return 0;
}

/** B7: a sorted copy of a review queue. */
export function sortForReview<T extends ReviewQueueItem>(items: readonly T[]): T[] {
  return [...items].sort(compareForReview);
}
