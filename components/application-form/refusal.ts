import type { FieldErrors, Findings } from "@/lib/domain/app-error";
import type { RuleId, Verdict } from "@/lib/eligibility";
import type { Finding } from "./verdict-list";

// What the submit step shows when the server refuses a submission: the rules involved and the
// findings not already listed in the verdict on the page. Rule IDs come from the findings the
// refusal carries (ActionResult.findings), not from its messages.

export type Refusal = { message: string; rules: RuleId[]; findings: Finding[] };

type RefusedResult = { message: string; fieldErrors?: FieldErrors; findings?: Findings };

const sameFinding = (a: Finding, b: Finding) => a.ruleId === b.ruleId && (a.field ?? null) === (b.field ?? null) && a.message === b.message;

export function refusalOf({ result, verdict }: { result: RefusedResult; verdict: Verdict }): Refusal {
  const ruled = result.findings ?? [];
  const listed = [...verdict.failures, ...verdict.warnings];
  // fieldErrors repeat the findings for field-level display; the rest (attachments, a name in
  // use, the explanation) are refusals of no rule.
  const plain = Object.entries(result.fieldErrors ?? {}).flatMap(([field, list]) =>
    list.filter((message) => !ruled.some((x) => (x.field ?? "_form") === field && x.message === message)).map((message) => ({ field, message })),
  );
  return {
    message: result.message,
    rules: [...new Set(ruled.map((x) => x.ruleId))],
    findings: [...ruled.filter((x) => !listed.some((y) => sameFinding(x, y))), ...plain],
  };
}
