import { describe, expect, it } from "vitest";
import { fieldDomId, groupByField, locateField } from "@/components/application-form/field-map";
import { groupByRule, findingHref } from "@/components/application-form/verdict-list";

// The server's field paths (verdict findings, reviewers' comments, snapshot keys) → the form's
// step and react-hook-form field, so every finding and comment lands next to its control.
describe("locateField", () => {
  it.each([
    ["brandName", "brand", "brandName"],
    ["category", "brand", "category"],
    ["nationalIch", "brand", "isNationalIch"],
    ["ichListNumber", "brand", "ichListNumber"],
    ["figures.employed", "figures", "employedCount"],
    ["figures.povertyAlleviated", "figures", "povertyAlleviatedCount"],
    ["figures.trained", "figures", "trainedCount"],
    ["figures.passed", "figures", "passedCount"],
    ["passedCount", "figures", "passedCount"],
    ["narratives.brandDescription", "narratives", "brandDescription"],
    ["awards", "narratives", "awards"],
    ["declarations.industrialPolicy", "declarations", "declarations.industrialPolicy"],
    ["warningExplanation", "declarations", "warningExplanation"],
    ["attachments", "attachments", null],
    ["leadUnits", "leadUnits", null],
    ["leadUnits.0.declarations.lawAbiding", "leadUnits", "applicant.declarations.lawAbiding"],
    ["leadUnits.0.contribution", "leadUnits", "applicant.contribution"],
    ["leadUnits.0.registrationDate", "leadUnits", null], // the applicant's identity is not editable here
    ["leadUnits.1.registrationDate", "leadUnits", "coLeadUnits.0.registrationDate"],
    ["leadUnits.2.creditCode", "leadUnits", "coLeadUnits.1.creditCode"],
    ["leadUnits.2.declarations.noViolations", "leadUnits", "coLeadUnits.1.declarations.noViolations"],
    ["leadUnitTradeNames.1", "leadUnits", "coLeadUnits.0.tradeName"],
    ["coLeadUnits.0.name", "leadUnits", "coLeadUnits.0.name"],
    ["asOf", "declarations", null],
    ["", "declarations", null],
  ])("%s → %s / %s", (path, step, field) => {
    expect(locateField(path)).toEqual({ step, field });
  });
});

describe("links and grouping", () => {
  it("builds a DOM id and an edit link for a field", () => {
    expect(fieldDomId("coLeadUnits.0.name")).toBe("f-coLeadUnits-0-name");
    expect(findingHref("/unit/applications/a1/edit", "figures.employed")?.href).toBe("/unit/applications/a1/edit?step=figures#f-employedCount");
    expect(findingHref(null, "figures.employed")).toBeNull();
  });

  it("groups comments of one step by form field", () => {
    const comments = [
      { field: "figures.employed", message: "a" },
      { field: "employedCount", message: "b" },
      { field: "brandName", message: "c" },
      { field: "leadUnits.1", message: "d" },
    ];
    expect(groupByField(comments, "figures")).toEqual({ employedCount: [comments[0], comments[1]] });
    expect(groupByField(comments, "leadUnits")).toEqual({ "": [comments[3]] });
  });

  it("groups findings by their rule ID; a finding of no rule stays apart whatever its message says", () => {
    const groups = groupByRule([
      { ruleId: "B4", message: "x" },
      { ruleId: "B3", message: "Commit to the national industrial policy" },
      { message: "须承诺“劳务品牌经营项目符合国家产业政策”（B3）" },
      { ruleId: "B4", message: "y" },
    ]);
    expect(groups.map(([rule, list]) => [rule, list.length])).toEqual([
      ["B4", 2],
      ["B3", 1],
      ["", 1],
    ]);
  });
});
