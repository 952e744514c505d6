// Shared result types of the eligibility module. Every check returns a Verdict so that forms,
// services and review screens can all show the same Chinese findings next to the same fields.

/** Rule IDs of /work/shared/policy/RULES.md (the rulebook of 西咸新区劳务品牌培育工程实施方案). */
export type RuleId =
  | "F1"
  | "F2"
  | "F3"
  | "F4"
  | "F5"
  | "C1"
  | "B1"
  | "B2"
  | "B3"
  | "B4"
  | "B5"
  | "B6"
  | "B7"
  | "B8"
  | "U1"
  | "U2"
  | "U3"
  | "U4"
  | "U5"
  | "S1"
  | "S2"
  | "S3"
  | "S4"
  | "S5"
  | "S6"
  | "S7"
  | "S8"
  | "E1"
  | "E2"
  | "E3"
  | "E4"
  | "E5"
  | "M1"
  | "M2"
  | "M3"
  | "T1"
  | "T2"
  | "P1"
  | "W1";

/** One failed (or doubtful) rule: the rule, the form field it belongs to, and a Chinese message naming the rule. */
export type RuleFinding = {
  ruleId: RuleId;
  /** Dotted path into the checked input, e.g. `leadUnits.1.registrationDate`, so a form can place the message. */
  field?: string;
  message: string;
};

/** `ok` is true exactly when `failures` is empty; warnings never block but a reviewer sees them. */
export type Verdict = {
  ok: boolean;
  failures: RuleFinding[];
  warnings: RuleFinding[];
};

/** A date as the caller may hold it: a `Date` instant or an ISO `YYYY-MM-DD` string (untrusted). */
export type DateInput = Date | string;
