// U5: 统一社会信用代码 (GB 32100-2015) of every unit, and the resident ID number (GB 11643-1999)
// of the people in the training and employment ledgers (U2, U3).
import { compareDates, formatDate, parseCalendarDate, todayInShanghai } from "./dates";
import type { CalendarDate } from "./dates";
import { messages as m } from "./messages.zh-CN";
import type { DateInput, RuleFinding, RuleId, Verdict } from "./types";
import { toHalfWidth, verdictOf } from "./verdict";

/** The 31 characters of GB 32100-2015; the letters I, O, Z, S, V are never used. */
export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** Registration authorities (登记管理部门码) known to be in use; others are only a warning. */
const KNOWN_REGISTRATION_AUTHORITIES = "123456789ANY";
const ORGANISATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export type CreditCodeParts = {
  /** Position 1: 登记管理部门码 (9 = market regulation, 5 = civil affairs, 1 = institutional staffing …). */
  registrationAuthority: string;
  /** Position 2: 机构类别码 (e.g. 1 = enterprise under authority 9). */
  organisationType: string;
  /** Positions 3-8: 登记管理机关行政区划码 (GB/T 2260). */
  divisionCode: string;
  /** Positions 9-17: 主体标识码 (GB 11714 organisation code, its own check char last). */
  organisationCode: string;
  /** Position 18. */
  checkChar: string;
};

export type CreditCodeVerdict = Verdict & { normalized?: string; parts?: CreditCodeParts };
export type ResidentIdVerdict = Verdict & { normalized?: string; birthDate?: string };

/** Check character of the first 17 characters (all from the charset): 31 − (Σ mod 31), 31 → 0. */
export function creditCodeCheckChar(first17: string): string {
  const sum = CREDIT_CODE_WEIGHTS.reduce((acc, w, i) => acc + CREDIT_CODE_CHARSET.indexOf(first17.charAt(i)) * w, 0);
  return CREDIT_CODE_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** GB 11714 check char of an 8-character organisation code body: 11 − (Σ mod 11); 10 → X, 11 → 0. */
export function organisationCodeCheckChar(body8: string): string {
  const sum = ORGANISATION_CODE_WEIGHTS.reduce((acc, w, i) => acc + parseInt(body8.charAt(i), 36) * w, 0);
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : String(c % 11);
}

/** Trim, full-width → half-width, uppercase: what a careful clerk would do before reading a code. */
export function normalizeCode(input: string): string {
  return toHalfWidth(input).trim().toUpperCase();
}

function readCodeText(input: unknown, ruleId: RuleId, label: string): { text: string } | { finding: RuleFinding } {
  if (input === null || input === undefined) return { finding: { ruleId, message: m.missing(label, ruleId) } };
  if (typeof input !== "string") return { finding: { ruleId, message: m.notText(label, ruleId) } };
  const text = normalizeCode(input);
  if (text === "") return { finding: { ruleId, message: m.missing(label, ruleId) } };
  if (/\s/.test(text)) return { finding: { ruleId, message: m.containsSpace(label, ruleId) } };
  return { text };
}

/**
 * U5. Validates a 统一社会信用代码 and returns its normalised form. Only the national check
 * character (position 18), the charset, the length and the numeric division code block the
 * verdict. The GB 11714 check of positions 9-17 and the known codes of positions 1-2 give
 * WARNINGS only: the position-18 check already catches any single-character typo, and codes
 * issued before the organisation-code system was fully aligned (and authorities added after 2015)
 * must not lock a real unit out of the portal.
 */
export function checkCreditCode(input: unknown): CreditCodeVerdict {
  const read = readCodeText(input, "U5", m.creditCodeLabel);
  if ("finding" in read) return verdictOf([read.finding]);
  const code = read.text;
  const chars = Array.from(code);
  const failures: RuleFinding[] = [];
  const illegalAt = chars.findIndex((c) => !CREDIT_CODE_CHARSET.includes(c));
  if (illegalAt >= 0) {
    const c = chars[illegalAt] as string;
    failures.push({
      ruleId: "U5",
      message: "IOZSV".includes(c) ? m.creditCodeUnusedLetter(illegalAt + 1, c) : m.creditCodeIllegalChar(illegalAt + 1, c),
    });
  }
  if (chars.length !== 18) failures.push({ ruleId: "U5", message: m.creditCodeLength(chars.length) });
  if (failures.length > 0) return verdictOf(failures);

  const parts: CreditCodeParts = {
    registrationAuthority: code.charAt(0),
    organisationType: code.charAt(1),
    divisionCode: code.slice(2, 8),
    organisationCode: code.slice(8, 17),
    checkChar: code.charAt(17),
  };
  if (!/^\d+$/.test(parts.divisionCode)) return verdictOf([{ ruleId: "U5", message: m.creditCodeDivision }]);
  if (creditCodeCheckChar(code) !== parts.checkChar) return verdictOf([{ ruleId: "U5", message: m.creditCodeCheckChar }]);

  const warnings: RuleFinding[] = [];
  if (!KNOWN_REGISTRATION_AUTHORITIES.includes(parts.registrationAuthority)) {
    warnings.push({ ruleId: "U5", message: m.creditCodeAuthority(parts.registrationAuthority) });
  }
  if (!"123456789".includes(parts.organisationType)) {
    warnings.push({ ruleId: "U5", message: m.creditCodeOrganisationType(parts.organisationType) });
  }
  if (organisationCodeCheckChar(parts.organisationCode) !== parts.organisationCode.charAt(8)) {
    warnings.push({ ruleId: "U5", message: m.creditCodeOrganisationCode });
  }
  return { ...verdictOf([], warnings), normalized: code, parts };
}

const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** ISO 7064 MOD 11-2 check digit of the first 17 digits: (12 − Σ mod 11) mod 11; 10 → X. */
export function residentIdCheckChar(first17: string): string {
  const sum = RESIDENT_ID_WEIGHTS.reduce((acc, w, i) => acc + Number(first17.charAt(i)) * w, 0);
  const c = (12 - (sum % 11)) % 11;
  return c === 10 ? "X" : String(c);
}

/**
 * Resident ID (居民身份证号码, GB 11643-1999) of a trainee or worker in a ledger. The birth date
 * may not be after `asOf` (default: today in Shanghai). `ruleId` names the ledger's rule.
 */
export function checkResidentId(
  input: unknown,
  options: { asOf?: DateInput; ruleId?: "U2" | "U3" } = {},
): ResidentIdVerdict {
  const ruleId = options.ruleId ?? "U2";
  const read = readCodeText(input, ruleId, m.residentIdLabel);
  if ("finding" in read) return verdictOf([read.finding]);
  const id = read.text;
  if (!/^\d{17}[\dX]$/.test(id)) return verdictOf([{ ruleId, message: m.residentIdFormat(ruleId) }]);
  const birth = parseCalendarDate(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`);
  if (!birth.ok) return verdictOf([{ ruleId, message: m.residentIdBirthDate(id.slice(6, 14), ruleId) }]);
  let asOf: CalendarDate = todayInShanghai();
  if (options.asOf !== undefined) {
    const parsed = parseCalendarDate(options.asOf);
    if (!parsed.ok) return verdictOf([{ ruleId, field: "asOf", message: m.asOfInvalid(ruleId) }]);
    asOf = parsed.date;
  }
  if (compareDates(birth.date, asOf) > 0) {
    return verdictOf([{ ruleId, message: m.residentIdFutureBirth(formatDate(birth.date), ruleId) }]);
  }
  if (residentIdCheckChar(id) !== id.charAt(17)) return verdictOf([{ ruleId, message: m.residentIdCheckChar(ruleId) }]);
  return { ...verdictOf([]), normalized: id, birthDate: formatDate(birth.date) };
}
