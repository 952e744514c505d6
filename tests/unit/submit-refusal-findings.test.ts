import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/app-error";
import { toActionResult } from "@/lib/server/action-result";
import { checkApplicationEligibility, type RuleFinding, type Verdict } from "@/lib/eligibility";
import { refusalOf } from "@/components/application-form/refusal";
import { findingHref, groupByRule } from "@/components/application-form/verdict-list";

// A submission refused for its verdict carries the findings as data (AppError.findings →
// ActionResult.findings), and the form groups and badges them by `ruleId` without reading the
// message: these findings' messages name no rule, or the wrong one, as another locale might.

const noVerdict: Verdict = { ok: true, failures: [], warnings: [] };

/** What submitApplication throws for a failed verdict: fieldErrors by path, and the findings. */
function verdictRefusal(failures: RuleFinding[]) {
  const fieldErrors: Record<string, string[]> = {};
  for (const f of failures) (fieldErrors[f.field ?? "_form"] ??= []).push(f.message);
  return new AppError({ code: "RULE_VIOLATION", message: "refused", fieldErrors, findings: failures });
}

async function refusedResult(error: AppError) {
  const result = await toActionResult(async () => {
    throw error;
  });
  if (result.ok) throw new Error("expected a refusal");
  return result;
}

describe("findings reach the client grouping with their rule IDs", () => {
  const failures: RuleFinding[] = [
    { ruleId: "B5", field: "figures.employed", message: "Fewer than 501 people employed" },
    { ruleId: "U2", field: "declarations.trainingLedger", message: "须承诺“劳务品牌经营项目符合国家产业政策”（B3）" },
    { ruleId: "B5", field: "figures.employed", message: "Second finding on the same rule" },
  ];

  it("the action result carries the findings as the service threw them", async () => {
    const result = await refusedResult(verdictRefusal(failures));
    expect(result.findings).toEqual(failures);
    expect(result.fieldErrors?.["figures.employed"]).toHaveLength(2);
  });

  it("the refusal badges rules from the data and links each finding to its form field", async () => {
    const refusal = refusalOf({ result: await refusedResult(verdictRefusal(failures)), verdict: noVerdict });
    expect(refusal.rules).toEqual(["B5", "U2"]);
    // The fieldErrors that repeat a finding are not listed twice.
    expect(refusal.findings).toEqual(failures);
    expect(groupByRule(refusal.findings).map(([rule, list]) => [rule, list.length])).toEqual([
      ["B5", 2],
      ["U2", 1],
    ]);
    expect(findingHref("/e", refusal.findings[1]?.field)?.href).toBe("/e?step=declarations#f-declarations-trainingLedger");
  });

  it("findings already in the verdict on the page are not repeated, but their rules are named", async () => {
    const verdict: Verdict = { ok: false, failures: failures.slice(0, 2), warnings: [] };
    const refusal = refusalOf({ result: await refusedResult(verdictRefusal(failures)), verdict });
    expect(refusal.rules).toEqual(["B5", "U2"]);
    expect(refusal.findings).toEqual([failures[2]]);
  });

  it("a refusal of no rule keeps its field errors and names no rule", async () => {
    const error = new AppError({ code: "RULE_VIOLATION", message: "license", fieldErrors: { attachments: ["请上传营业执照（B5）"] } });
    const result = await refusedResult(error);
    expect(result).not.toHaveProperty("findings");
    const refusal = refusalOf({ result, verdict: noVerdict });
    expect(refusal.rules).toEqual([]);
    expect(groupByRule(refusal.findings)).toEqual([["", [{ field: "attachments", message: "请上传营业执照（B5）" }]]]);
  });

  it("the eligibility module's own findings keep their rule IDs through the refusal", async () => {
    const verdict = checkApplicationEligibility({ brandName: "沣西家政师", leadUnits: [] }, { asOf: "2025-06-01" });
    const refusal = refusalOf({ result: await refusedResult(verdictRefusal(verdict.failures)), verdict: noVerdict });
    expect(refusal.rules).toEqual([...new Set(verdict.failures.map((f) => f.ruleId))]);
    expect(refusal.rules).toEqual(expect.arrayContaining(["C1", "B2", "B5"]));
  });
});
