// Small helpers for building verdicts and reading untrusted values without throwing.
import { messages as m } from "./messages.zh-CN";
import type { RuleFinding, RuleId, Verdict } from "./types";

export function verdictOf(failures: RuleFinding[], warnings: RuleFinding[] = []): Verdict {
  return { ok: failures.length === 0, failures, warnings };
}

/** Joins verdicts of several checks into one (findings keep their order). */
export function mergeVerdicts(verdicts: Verdict[]): Verdict {
  return verdictOf(
    verdicts.flatMap((v) => v.failures),
    verdicts.flatMap((v) => v.warnings),
  );
}

/** Moves a verdict's findings under a parent field path, e.g. `x` → `leadUnits.1.x`. */
export function underField(verdict: Verdict, prefix: string): Verdict {
  const move = (f: RuleFinding): RuleFinding => ({ ...f, field: f.field === undefined ? prefix : `${prefix}.${f.field}` });
  return verdictOf(verdict.failures.map(move), verdict.warnings.map(move));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export type Read<T> = { ok: true; value: T } | { ok: false; finding: RuleFinding };

type CountSpec = { ruleId: RuleId; field: string; label: string };

/** A head count or an amount: a finite, non-negative integer; anything else is a finding. */
export function readCount(value: unknown, spec: CountSpec): Read<number> {
  const fail = (message: string): Read<number> => ({ ok: false, finding: { ruleId: spec.ruleId, field: spec.field, message } });
  if (value === null || value === undefined || value === "") return fail(m.missing(spec.label, spec.ruleId));
  // Number.isFinite does not coerce, so "501" and NaN are refused here alike.
  if (!Number.isFinite(value)) return fail(m.notANumber(spec.label, spec.ruleId));
  if (!Number.isInteger(value)) return fail(m.notAnInteger(spec.label, spec.ruleId));
  if ((value as number) < 0) return fail(m.negative(spec.label, spec.ruleId));
  return { ok: true, value: value as number };
}

/** Converts full-width ASCII (ＡＢＣ１２３) and the ideographic space to their half-width forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/** Half-width, trimmed text, or undefined when the value is not a non-blank string. */
export function readText(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = toHalfWidth(value).trim();
  return text === "" ? undefined : text;
}
