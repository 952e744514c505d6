import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/server/db/generated/sqlite/browser";
import type { ApplicationLeadUnitModel, ApplicationModel } from "@/lib/server/db/generated/sqlite/models";
import { APPLICATION_DECLARATIONS, UNIT_DECLARATIONS, checkApplicationEligibility, type RuleFinding } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import {
  APPLICATION_COLUMN_FIELDS,
  APPLICATION_DECLARATION_FIELDS,
  LEAD_UNIT_FIELDS,
  REVIEW_COMMENT_FIELDS,
  applicationFieldLabel,
  applicationFields,
  canonicalFieldKey,
  resolveField,
  type ApplicationRow,
  type LeadUnitRow,
} from "@/lib/domain/application-fields";
import { toEligibilityInput } from "@/lib/domain/application-eligibility-input";
import { diffSnapshots, snapshotOf } from "@/lib/domain/application-snapshot";
import { formValuesOf } from "@/lib/domain/application-form-values";
import { brandStepSchema, declarationsStepSchema, figuresStepSchema, leadUnitsStepSchema, narrativesStepSchema, reviewCommentSchema } from "@/lib/schemas/application";
import { locateField } from "@/components/application-form/field-map";
import { fieldCommentOptions } from "@/components/applications/field-labels";
import { CODE_A, CODE_B, CODE_C, CODE_D } from "./eligibility/helpers";

// The field registry (lib/domain/application-fields.ts) is the one place an application field
// is named. These tests hold it to the other sources of truth: the Prisma model, the form's zod
// step schemas, and the paths lib/eligibility reports findings under.

// Compile-time: a Prisma row is an ApplicationRow, so services can hand rows to the registry.
const prismaRowIsARow = (row: ApplicationModel & { leadUnits: ApplicationLeadUnitModel[] }): ApplicationRow => row;
const prismaLeadUnitIsARow = (row: ApplicationLeadUnitModel): LeadUnitRow => row;
void prismaRowIsARow;
void prismaLeadUnitIsARow;

const f = messages.applicationForm.fields;
const r = messages.reviewUi.fields;

const allFields = applicationFields({ leadUnitCount: 3 });

describe("every field maps both ways through the registry", () => {
  it.each(allFields.map((x) => [x.key, x] as const))("%s", (key, field) => {
    // canonical key ↔ form path ↔ eligibility path: each name resolves to the same field.
    expect(resolveField(key)).toEqual(field);
    if (field.formPath) expect(resolveField(field.formPath)?.key).toBe(key);
    if (field.eligibilityPath) expect(resolveField(field.eligibilityPath)?.key).toBe(key);
    expect(canonicalFieldKey(field.formPath ?? key)).toBe(key);
    // The label is catalogue copy, not the path shown as itself.
    expect(applicationFieldLabel(key)).toBe(field.label);
    expect(field.label).not.toBe(key);
    expect(field.label).toMatch(/\p{Script=Han}/u);
    // A field with a place in the form is located there.
    if (field.step) expect(locateField(key)).toEqual({ step: field.step, field: field.formPath });
  });

  it("has no two fields under one name", () => {
    const names = allFields.flatMap((x) => [x.key, x.formPath, x.eligibilityPath].filter((n): n is string => n !== null).map((n) => [n, x.key] as const));
    const owners = new Map<string, Set<string>>();
    for (const [name, key] of names) owners.set(name, (owners.get(name) ?? new Set()).add(key));
    expect([...owners].filter(([, keys]) => keys.size > 1)).toEqual([]);
  });

  it.each([
    ["figures.employed", "employedCount", f.employedCount],
    ["nationalIch", "isNationalIch", f.isNationalIch],
    ["narratives.trainingDescription", "trainingDescription", f.trainingDescription],
    ["leadUnitTradeNames.2", "leadUnits.2.tradeName", r.leadUnit(3, f.tradeName)],
    ["coLeadUnits.0.declarations.lawAbiding", "leadUnits.1.declarations.lawAbiding", r.leadUnit(2, UNIT_DECLARATIONS[1].label)],
    ["applicant.contribution", "leadUnits.0.contribution", r.leadUnit(1, f.contribution)],
    ["declarations.employmentLedger", "declarations.employmentLedger", r.declaration(APPLICATION_DECLARATIONS[6].label)],
    ["leadUnits.1", "leadUnits.1", r.leadUnit(2, messages.reviewUi.detail.leadUnits)],
    ["newCity", "newCity", r.newCity],
    ["attachments", "attachments", r.attachments],
  ])("%s is %s, labelled %s", (path, key, label) => {
    expect(canonicalFieldKey(path)).toBe(key);
    expect(applicationFieldLabel(path)).toBe(label);
  });

  it("names no field for the check's own context or unknown paths", () => {
    for (const path of ["asOf", "revocations", "figures.employedCount", "leadUnits.1.nickname", "declarations.unknown", ""]) expect(resolveField(path)).toBeNull();
    expect(applicationFieldLabel("_form")).toBe(r.general);
    expect(applicationFieldLabel("asOf")).toBe("asOf");
  });
});

// Columns of the models that are not content the form edits: keys, workflow state, timestamps.
const NOT_FORM_CONTENT = ["id", "batchId", "unitId", "brandId", "status", "version", "commitmentConfirmedAt", "commitmentConfirmedBy", "submittedAt", "recommendationOpinion", "decisionReason", "createdAt", "updatedAt"];
const LEAD_UNIT_NOT_FORM_CONTENT = ["id", "applicationId", "position", "unitId", "createdAt"];

describe("the registry covers the model and the form", () => {
  it("every Application column is in the registry or named as no form content", () => {
    const registered = [...APPLICATION_COLUMN_FIELDS.map((x) => x.column), "declarations"];
    const columns = Object.values(Prisma.ApplicationScalarFieldEnum);
    expect(columns.filter((c) => !registered.includes(c) && !NOT_FORM_CONTENT.includes(c))).toEqual([]);
    expect(registered.filter((c) => !(columns as string[]).includes(c))).toEqual([]);
  });

  it("every ApplicationLeadUnit column is in the registry or named as no form content", () => {
    const registered = [...new Set(LEAD_UNIT_FIELDS.map((x) => x.column))].sort();
    const columns = Object.values(Prisma.ApplicationLeadUnitScalarFieldEnum).filter((c) => !LEAD_UNIT_NOT_FORM_CONTENT.includes(c));
    expect(registered).toEqual([...columns].sort());
  });

  it("each step schema's fields are exactly the registry's form paths of that step", () => {
    const formPaths = (step: string) => APPLICATION_COLUMN_FIELDS.filter((x) => x.step === step).map((x) => x.formPath).sort();
    expect(Object.keys(brandStepSchema.shape).sort()).toEqual(formPaths("brand"));
    expect(Object.keys(figuresStepSchema.shape).sort()).toEqual(formPaths("figures"));
    expect(Object.keys(narrativesStepSchema.shape).sort()).toEqual(formPaths("narratives"));
    expect(Object.keys(declarationsStepSchema.shape).sort()).toEqual([...formPaths("declarations"), "declarations"].sort());
    expect(Object.keys(declarationsStepSchema.shape.declarations.shape).map((k) => `declarations.${k}`)).toEqual(APPLICATION_DECLARATION_FIELDS.map((d) => d.formPath));
  });

  it("the lead-unit schemas' fields are exactly the registry's lead-unit fields", () => {
    const top = (specs: typeof LEAD_UNIT_FIELDS) => [...new Set(specs.map((x) => x.field.split(".")[0]))].sort();
    const coLead = leadUnitsStepSchema.shape.coLeadUnits.element;
    expect(Object.keys(coLead.shape).sort()).toEqual(top(LEAD_UNIT_FIELDS));
    expect(Object.keys(leadUnitsStepSchema.shape.applicant.shape).sort()).toEqual(top(LEAD_UNIT_FIELDS.filter((x) => x.applicantEditable)));
    expect(Object.keys(coLead.shape.declarations.shape).map((k) => `declarations.${k}`)).toEqual(LEAD_UNIT_FIELDS.filter((x) => x.jsonKey).map((x) => x.field));
  });
});

const unitRow = (overrides: Partial<LeadUnitRow> = {}): LeadUnitRow => ({
  position: 0,
  creditCode: CODE_A,
  name: "西安好帮手家政服务有限公司",
  tradeName: "好帮手",
  registrationDate: new Date("2020-05-01T00:00:00Z"),
  declarations: Object.fromEntries(UNIT_DECLARATIONS.map((d) => [d.key, true])),
  contribution: null,
  ...overrides,
});

const goodRow = (overrides: Partial<ApplicationRow> = {}): ApplicationRow => ({
  brandName: "沣西家政师",
  category: "HIGH_QUALITY_SERVICE",
  newCityId: "FENGXI",
  levelApplied: "DISTRICT",
  isNationalIch: false,
  ichItemName: null,
  ichListNumber: null,
  employedCount: 650,
  povertyAlleviatedCount: 100,
  trainedCount: 10,
  passedCount: 6,
  brandDescription: "故事",
  businessDescription: "项目",
  trainingDescription: "培训",
  transferDescription: "输转",
  postPlacementDescription: "服务",
  trademarks: null,
  awards: "奖",
  declarations: Object.fromEntries(APPLICATION_DECLARATIONS.map((d) => [d.key, true])),
  warningExplanation: null,
  leadUnits: [unitRow()],
  ...overrides,
});

const asOf = "2025-06-01";
const verdictOf = (row: ApplicationRow, revocations: unknown[] = []) => checkApplicationEligibility(toEligibilityInput(row), { asOf, revocations });

// Applications wrong in as many ways as the stored data allows, so that lib/eligibility reports
// findings under every path it can produce for a stored application.
const BAD_APPLICATIONS: [string, ApplicationRow, unknown[]][] = [
  [
    "everything missing, four lead units",
    goodRow({
      brandName: "",
      category: null,
      employedCount: null,
      povertyAlleviatedCount: null,
      trainedCount: null,
      passedCount: null,
      brandDescription: null,
      businessDescription: null,
      trainingDescription: null,
      transferDescription: null,
      postPlacementDescription: null,
      declarations: null,
      leadUnits: [
        unitRow({ declarations: {} }),
        unitRow({ position: 1, creditCode: "91611105MA6T00011X", name: "", tradeName: "", registrationDate: new Date("2025-05-01T00:00:00Z"), declarations: null }),
        unitRow({ position: 2, creditCode: CODE_A, tradeName: "好帮手" }),
        unitRow({ position: 3, creditCode: CODE_D, tradeName: "顶好" }),
      ],
    }),
    [],
  ],
  [
    "name with a unit's keyword, figures out of range, a banned unit",
    goodRow({
      brandName: "好帮手家政服务大师傅",
      isNationalIch: true,
      employedCount: 100,
      povertyAlleviatedCount: 200,
      trainedCount: 0,
      passedCount: 0,
      leadUnits: [unitRow(), unitRow({ position: 1, creditCode: CODE_B, tradeName: "贴心" }), unitRow({ position: 2, creditCode: CODE_C, tradeName: "一品" })],
    }),
    [
      { creditCode: CODE_C, revokedOn: "2022-03-10", reason: "EVALUATION_FAILED" },
      { creditCode: CODE_B, revokedOn: "2023-01-05", reason: "ILLEGAL_OPERATION" },
    ],
  ],
  ["a pass rate below 60%, no place word, no trade suffix", goodRow({ brandName: "优质服务", employedCount: 400, trainedCount: 10, passedCount: 5 }), []],
  ["a national-heritage brand short of B6's figure", goodRow({ isNationalIch: true, employedCount: 150 }), []],
];

describe("every finding lib/eligibility reports for a stored application names a registry field", () => {
  it.each(BAD_APPLICATIONS)("%s", (_name, row, revocations) => {
    const verdict = verdictOf(row, revocations);
    const findings: RuleFinding[] = [...verdict.failures, ...verdict.warnings];
    expect(verdict.ok).toBe(false);
    for (const finding of findings) {
      const field = resolveField(finding.field);
      expect(field, `${finding.ruleId} at ${finding.field}`).not.toBeNull();
      // The rule is one the registry says lands on that field, and the field has a place in the form.
      expect(field?.ruleIds, `${finding.ruleId} at ${finding.field}`).toContain(finding.ruleId);
      expect(field?.step, `${finding.ruleId} at ${finding.field}`).not.toBeNull();
      expect(locateField(finding.field).step).toBe(field?.step);
      // Editable fields are reachable: a co-lead unit's finding links to its control.
      if (/^leadUnits\.[12]\.(creditCode|name|tradeName|registrationDate|declarations\.)/.test(finding.field ?? "")) expect(locateField(finding.field).field).toMatch(/^coLeadUnits\.[01]\./);
    }
  });

  it("reaches every rule the registry declares for the application's fields", () => {
    const reported = new Set(BAD_APPLICATIONS.flatMap(([, row, revocations]) => {
      const v = verdictOf(row, revocations);
      return [...v.failures, ...v.warnings].map((x) => `${canonicalFieldKey(x.field ?? "")}:${x.ruleId}`);
    }));
    // F1/F5 (new city, level) and B6's flag cannot be wrong in a stored row: the database's enums hold them.
    const unreachable = new Set(["newCity:F1", "level:F5", "isNationalIch:B6"]);
    const declared = APPLICATION_COLUMN_FIELDS.flatMap((x) => x.ruleIds.map((rule) => `${x.key}:${rule}`)).filter((x) => !unreachable.has(x));
    expect(declared.filter((x) => !reported.has(x))).toEqual([]);
    // Each lead-unit field's rules, at some position (a co-lead unit, where the form can edit it).
    const unitRules = [...reported].flatMap((x) => {
      const m = /^leadUnits\.\d+\.(.+):(\w+)$/.exec(x);
      return m ? [`${m[1]}:${m[2]}`] : [];
    });
    const unitDeclared = LEAD_UNIT_FIELDS.flatMap((x) => x.ruleIds.map((rule) => `${x.field}:${rule}`));
    expect(unitDeclared.filter((x) => !unitRules.includes(x))).toEqual([]);
  });

  it("a good application has no finding", () => {
    expect(verdictOf(goodRow())).toEqual({ ok: true, failures: [], warnings: [] });
  });
});

describe("what the registry derives from a stored row", () => {
  const row = goodRow({ leadUnits: [unitRow({ contribution: "牵头" }), unitRow({ position: 1, creditCode: CODE_B, tradeName: "贴心", declarations: { lawAbiding: true } })] });

  it("the eligibility input, in the eligibility module's own paths", () => {
    expect(toEligibilityInput(row)).toEqual({
      brandName: "沣西家政师",
      category: "HIGH_QUALITY_SERVICE",
      newCity: "FENGXI",
      level: "DISTRICT",
      nationalIch: false,
      figures: { employed: 650, povertyAlleviated: 100, trained: 10, passed: 6 },
      leadUnits: [
        { creditCode: CODE_A, name: "西安好帮手家政服务有限公司", tradeName: "好帮手", registrationDate: "2020-05-01", declarations: Object.fromEntries(UNIT_DECLARATIONS.map((d) => [d.key, true])) },
        { creditCode: CODE_B, name: "西安好帮手家政服务有限公司", tradeName: "贴心", registrationDate: "2020-05-01", declarations: { lawAbiding: true } },
      ],
      declarations: Object.fromEntries(APPLICATION_DECLARATIONS.map((d) => [d.key, true])),
      narratives: { brandDescription: "故事", businessDescription: "项目", trainingDescription: "培训", transferDescription: "输转", postPlacementDescription: "服务" },
    });
  });

  it("the snapshot, under canonical keys only, with declarations as stored", () => {
    const snapshot = snapshotOf({ ...row, attachments: [{ kind: "BUSINESS_LICENSE", fileName: "执照.pdf", sha256: "a".repeat(64) }] });
    expect(snapshot).toMatchObject({
      brandName: "沣西家政师",
      isNationalIch: false,
      employedCount: 650,
      trademarks: null,
      "declarations.industrialPolicy": true,
      "leadUnits.0.registrationDate": "2020-05-01",
      "leadUnits.0.contribution": "牵头",
      "leadUnits.1.declarations.lawAbiding": true,
      attachments: `BUSINESS_LICENSE:执照.pdf:${"a".repeat(12)}`,
    });
    // A declaration never saved is not frozen as "unticked".
    expect(snapshot).not.toHaveProperty(["leadUnits.1.declarations.noViolations"]);
    for (const key of Object.keys(snapshot)) expect(canonicalFieldKey(key), key).toBe(key);
    for (const key of Object.keys(snapshot)) expect(resolveField(key), key).not.toBeNull();
    // Not part of the frozen content: the explanation, the new city, the level.
    expect(Object.keys(snapshot).filter((k) => ["warningExplanation", "newCity", "level"].includes(k))).toEqual([]);
  });

  it("the diff between two snapshots names the changed fields by their keys", () => {
    const before = snapshotOf({ ...row, attachments: [] });
    const after = snapshotOf({ ...row, employedCount: 700, leadUnits: [row.leadUnits[0] as LeadUnitRow], attachments: [] });
    const changes = diffSnapshots(before, after);
    // A blank contribution and no unit read alike (null), so it is no change.
    expect(changes.map((c) => c.field)).toEqual([
      "employedCount",
      "leadUnits.1.creditCode",
      "leadUnits.1.declarations.lawAbiding",
      "leadUnits.1.name",
      "leadUnits.1.registrationDate",
      "leadUnits.1.tradeName",
    ]);
    expect(changes[0]).toEqual({ field: "employedCount", from: 650, to: 700 });
    expect(changes.map((c) => applicationFieldLabel(c.field))).toContain(r.leadUnit(2, f.tradeName));
  });

  it("the form's defaults, in the step schemas' shape", () => {
    const values = formValuesOf({ application: { ...row, category: null, trainedCount: null }, applicant: unitRow({ creditCode: CODE_D }) });
    expect(values.brand).toEqual({ brandName: "沣西家政师", category: "", isNationalIch: false, ichItemName: "", ichListNumber: "" });
    expect(values.figures).toEqual({ employedCount: "650", povertyAlleviatedCount: "100", trainedCount: "", passedCount: "6" });
    expect(values.narratives).toMatchObject({ brandDescription: "故事", trademarks: "", awards: "奖" });
    expect(values.leadUnits.applicant).toMatchObject({ creditCode: CODE_A, registrationDate: "2020-05-01", contribution: "牵头" });
    expect(values.leadUnits.coLeadUnits).toEqual([
      { creditCode: CODE_B, name: "西安好帮手家政服务有限公司", tradeName: "贴心", registrationDate: "2020-05-01", contribution: "", declarations: { ...Object.fromEntries(UNIT_DECLARATIONS.map((d) => [d.key, false])), lawAbiding: true } },
    ]);
    expect(values.declarations.warningExplanation).toBe("");
    // Every default parses with its step's schema: the form can save what it was given.
    expect(brandStepSchema.safeParse(values.brand).success).toBe(true);
    expect(figuresStepSchema.safeParse(values.figures).success).toBe(true);
    expect(narrativesStepSchema.safeParse(values.narratives).success).toBe(true);
    expect(leadUnitsStepSchema.safeParse({ applicant: values.leadUnits.applicant, coLeadUnits: values.leadUnits.coLeadUnits }).success).toBe(true);
    expect(declarationsStepSchema.safeParse(values.declarations).success).toBe(true);
  });

  it("stands in the unit's registration for an applicant not yet stored", () => {
    const values = formValuesOf({ application: goodRow({ leadUnits: [] }), applicant: unitRow({ creditCode: CODE_D, name: "某单位" }) });
    expect(values.leadUnits.applicant).toMatchObject({ creditCode: CODE_D, name: "某单位", contribution: "", declarations: Object.fromEntries(UNIT_DECLARATIONS.map((d) => [d.key, false])) });
    expect(values.leadUnits.coLeadUnits).toEqual([]);
  });
});

describe("the review-comment field enum", () => {
  it("accepts every choice the picker offers, including fields a verdict flagged", () => {
    const verdictPaths = BAD_APPLICATIONS.flatMap(([, row, revocations]) => {
      const v = verdictOf(row, revocations);
      return [...v.failures, ...v.warnings].map((x) => x.field ?? "");
    });
    const options = fieldCommentOptions({ leadUnitCount: 3, verdictPaths });
    for (const o of options) expect(reviewCommentSchema.safeParse({ field: o.value, message: "请核实" }).success, o.value).toBe(true);
    expect(options.map((o) => o.value)).toEqual(expect.arrayContaining(["brandName", "leadUnits.2.registrationDate", "attachments", "declarations.industrialPolicy", "leadUnits.1.declarations.lawAbiding"]));
    expect(REVIEW_COMMENT_FIELDS).toEqual(expect.arrayContaining(options.map((o) => o.value)));
  });

  it("refuses a path that names no field, so no comment is stored where the unit cannot see it", () => {
    for (const field of ["figures.employedCount", "asOf", "leadUnits.5.name", "brandName; drop"]) expect(reviewCommentSchema.safeParse({ field, message: "x" }).success, field).toBe(false);
  });
});
