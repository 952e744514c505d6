"use client";

import type { RuleFinding, RuleId, Verdict } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { fieldDomId, locateField, type FormStep } from "./field-map";

const m = messages.applicationFormUi.submit;

export type Finding = { ruleId?: RuleId; field?: string | null; message: string };

/**
 * Findings grouped by rule ID, in the order the rules first appear; findings that are no rule's
 * (an attachment missing, a name in use) under "". The rule is the finding's data, never read
 * out of its message, so the grouping holds in any locale.
 */
export function groupByRule<T extends Finding>(findings: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const f of findings) {
    const key = f.ruleId ?? "";
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)?.push(f);
  }
  return [...groups.entries()];
}

/** Where a finding can be fixed, as a link into the form (null when there is no form to go to). */
export function findingHref(editBase: string | null, field: string | null | undefined): { href: string; step: FormStep; field: string | null } | null {
  if (!editBase) return null;
  const where = locateField(field);
  const hash = where.field ? `#${fieldDomId(where.field)}` : "";
  return { href: `${editBase}?step=${where.step}${hash}`, step: where.step, field: where.field };
}

function FindingList({ title, tone, findings, editBase, onNavigate }: { title: string; tone: "error" | "warning"; findings: readonly Finding[]; editBase: string | null; onNavigate?: (step: FormStep, field: string | null) => void }) {
  const colours = tone === "error" ? "border-red-200 bg-red-50 text-red-900" : "border-amber-200 bg-amber-50 text-amber-900";
  return (
    <div className={`rounded border p-3 text-sm ${colours}`}>
      <p className="font-semibold">{title}</p>
      <ul className="mt-2 space-y-2">
        {groupByRule(findings).map(([ruleId, list]) => (
          <li key={ruleId || "other"}>
            {ruleId ? <span className="mr-2 inline-block rounded bg-white/70 px-1.5 py-0.5 font-mono text-xs font-semibold ring-1 ring-current">{m.rule(ruleId)}</span> : null}
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {list.map((f, i) => {
                const target = findingHref(editBase, f.field);
                return (
                  <li key={i} className="break-words">
                    {f.message}
                    {target ? (
                      <>
                        {" "}
                        <a
                          href={target.href}
                          onClick={(e) => {
                            if (!onNavigate) return;
                            e.preventDefault();
                            onNavigate(target.step, target.field);
                          }}
                          className="whitespace-nowrap font-medium underline"
                        >
                          {m.goToField(messages.applicationFormUi.steps[target.step] ?? target.step)}
                        </a>
                      </>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The eligibility verdict of the server (failures block, warnings need an explanation). */
export function VerdictList({ verdict, editBase, onNavigate }: { verdict: Verdict; editBase: string | null; onNavigate?: (step: FormStep, field: string | null) => void }) {
  if (verdict.failures.length === 0 && verdict.warnings.length === 0) {
    return <p className="rounded border border-green-200 bg-green-50 p-3 text-sm text-green-900">{m.verdictOk}</p>;
  }
  return (
    <div className="space-y-3">
      {verdict.failures.length > 0 ? <FindingList title={m.failuresTitle(verdict.failures.length)} tone="error" findings={verdict.failures as RuleFinding[]} editBase={editBase} onNavigate={onNavigate} /> : null}
      {verdict.warnings.length > 0 ? <FindingList title={m.warningsTitle(verdict.warnings.length)} tone="warning" findings={verdict.warnings as RuleFinding[]} editBase={editBase} onNavigate={onNavigate} /> : null}
    </div>
  );
}

export { FindingList };
