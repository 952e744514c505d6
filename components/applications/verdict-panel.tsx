import type { Verdict } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { fieldLabel } from "./field-labels";

const m = messages.reviewUi.verdict;

/** 资格审查结果: the eligibility verdict's failures and warnings, each with its rule ID. */
export function VerdictPanel({ verdict, headingLevel = 2 }: { verdict: Verdict; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="verdict-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <H id="verdict-heading" className="text-lg font-semibold text-slate-900">
        {m.title}
      </H>
      <p className="mt-1 text-sm text-slate-600">{m.intro}</p>
      {verdict.failures.length === 0 && verdict.warnings.length === 0 ? (
        <p className="mt-3 rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">{m.ok}</p>
      ) : null}
      {verdict.failures.length > 0 ? <Findings title={m.failures(verdict.failures.length)} findings={verdict.failures} tone="failure" /> : null}
      {verdict.warnings.length > 0 ? <Findings title={m.warnings(verdict.warnings.length)} findings={verdict.warnings} tone="warning" /> : null}
    </section>
  );
}

function Findings({ title, findings, tone }: { title: string; findings: Verdict["failures"]; tone: "failure" | "warning" }) {
  const box = tone === "failure" ? "border-red-200 bg-red-50 text-red-950" : "border-amber-200 bg-amber-50 text-amber-950";
  const chip = tone === "failure" ? "bg-red-700 text-white" : "bg-amber-600 text-white";
  return (
    <div className="mt-3">
      <h4 className="text-sm font-semibold text-slate-900">{title}</h4>
      <ul className={`mt-2 space-y-2 rounded border p-3 text-sm ${box}`}>
        {findings.map((finding, i) => (
          <li key={`${finding.ruleId}-${finding.field ?? ""}-${i}`} className="flex flex-wrap items-start gap-2">
            <span className={`shrink-0 rounded px-1.5 py-0.5 font-mono text-xs font-bold ${chip}`}>{finding.ruleId}</span>
            <span className="min-w-0 flex-1 break-words">
              {finding.message}
              {finding.field ? (
                <span className="block text-xs opacity-80">
                  {m.field}：{fieldLabel(finding.field)}
                </span>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
