import { APPLICATION_DECLARATIONS, APPLICATION_NARRATIVES, UNIT_DECLARATIONS, defaultEligibilitySettings, type RuleId } from "@/lib/eligibility";
import { formatCalendarDate } from "@/lib/domain/dates";
import { messages } from "@/lib/i18n/messages.zh-CN";

// The application's field registry (申报字段表): every field of an application declared once,
// with each of the names it goes by — its database column, its place in the form (step and
// react-hook-form path), its path in the eligibility module's input, its snapshot key (which is
// also the path reviewers' field comments name), its Chinese label and the rule IDs whose
// findings land on it. The eligibility input, the snapshot and its diff, the form's defaults and
// field locations, the diff labels and the review-comment field enum are all derived from here,
// so a field renamed in one place cannot silently drift in another.

export const FORM_STEPS = ["brand", "leadUnits", "figures", "narratives", "attachments", "declarations"] as const;
export type FormStep = (typeof FORM_STEPS)[number];

export function isFormStep(value: unknown): value is FormStep {
  return typeof value === "string" && (FORM_STEPS as readonly string[]).includes(value);
}

/** A stored lead unit (申报的创建引领单位), as the database holds it. */
export type LeadUnitRow = {
  position: number;
  creditCode: string;
  name: string;
  tradeName: string;
  registrationDate: Date;
  declarations: unknown;
  contribution: string | null;
};

/** A stored application (劳务品牌申报): the columns the registry reads, with its lead units. */
export type ApplicationRow = {
  brandName: string;
  category: string | null;
  newCityId: string;
  levelApplied: string;
  isNationalIch: boolean;
  ichItemName: string | null;
  ichListNumber: string | null;
  employedCount: number | null;
  povertyAlleviatedCount: number | null;
  trainedCount: number | null;
  passedCount: number | null;
  brandDescription: string | null;
  businessDescription: string | null;
  trainingDescription: string | null;
  transferDescription: string | null;
  postPlacementDescription: string | null;
  trademarks: string | null;
  awards: string | null;
  declarations: unknown;
  warningExplanation: string | null;
  leadUnits: LeadUnitRow[];
};

/**
 * How a value travels between the database, the form and the eligibility input:
 * `string` never null; `text`/`count` nullable (blank in the form, absent for eligibility);
 * `flag` a checkbox; `date` a calendar date (`YYYY-MM-DD` outside the database).
 */
export type ValueKind = "string" | "text" | "count" | "flag" | "date";

type ColumnFieldSpec = {
  /** Snapshot key and the path reviewers' field comments name. */
  readonly key: string;
  readonly column: Exclude<keyof ApplicationRow, "leadUnits" | "declarations">;
  readonly kind: ValueKind;
  /** null: the form does not show it (it comes from the unit or the batch). */
  readonly step: FormStep | null;
  readonly formPath: string | null;
  readonly eligibilityPath: string | null;
  readonly label: string;
  readonly ruleIds: readonly RuleId[];
  readonly snapshot: boolean;
  /** Offered in the reviewers' field-comment picker without a finding on it. */
  readonly inPicker: boolean;
};

const f = messages.applicationForm.fields;
const r = messages.reviewUi.fields;
const detail = messages.reviewUi.detail;

const narrativeRules = (key: (typeof APPLICATION_NARRATIVES)[number]["key"]): readonly RuleId[] => APPLICATION_NARRATIVES.filter((n) => n.key === key).map((n) => n.ruleId);

/** The application's own columns, in form order (the picker and the detail follow it). */
export const APPLICATION_COLUMN_FIELDS = [
  { key: "brandName", column: "brandName", kind: "string", step: "brand", formPath: "brandName", eligibilityPath: "brandName", label: f.brandName, ruleIds: ["B4"], snapshot: true, inPicker: true },
  { key: "category", column: "category", kind: "text", step: "brand", formPath: "category", eligibilityPath: "category", label: f.category, ruleIds: ["C1"], snapshot: true, inPicker: true },
  { key: "isNationalIch", column: "isNationalIch", kind: "flag", step: "brand", formPath: "isNationalIch", eligibilityPath: "nationalIch", label: f.isNationalIch, ruleIds: ["B6"], snapshot: true, inPicker: true },
  { key: "ichItemName", column: "ichItemName", kind: "text", step: "brand", formPath: "ichItemName", eligibilityPath: null, label: f.ichItemName, ruleIds: [], snapshot: true, inPicker: true },
  { key: "ichListNumber", column: "ichListNumber", kind: "text", step: "brand", formPath: "ichListNumber", eligibilityPath: null, label: f.ichListNumber, ruleIds: [], snapshot: true, inPicker: true },
  // The new city and the level come from the applying unit and the batch, not from the form (F1, F5).
  { key: "newCity", column: "newCityId", kind: "string", step: null, formPath: null, eligibilityPath: "newCity", label: r.newCity, ruleIds: ["F1"], snapshot: false, inPicker: false },
  { key: "level", column: "levelApplied", kind: "string", step: null, formPath: null, eligibilityPath: "level", label: detail.level, ruleIds: ["F5"], snapshot: false, inPicker: false },
  { key: "employedCount", column: "employedCount", kind: "count", step: "figures", formPath: "employedCount", eligibilityPath: "figures.employed", label: f.employedCount, ruleIds: ["B5", "B6"], snapshot: true, inPicker: true },
  { key: "povertyAlleviatedCount", column: "povertyAlleviatedCount", kind: "count", step: "figures", formPath: "povertyAlleviatedCount", eligibilityPath: "figures.povertyAlleviated", label: f.povertyAlleviatedCount, ruleIds: ["B7"], snapshot: true, inPicker: true },
  { key: "trainedCount", column: "trainedCount", kind: "count", step: "figures", formPath: "trainedCount", eligibilityPath: "figures.trained", label: f.trainedCount, ruleIds: ["U2"], snapshot: true, inPicker: true },
  { key: "passedCount", column: "passedCount", kind: "count", step: "figures", formPath: "passedCount", eligibilityPath: "figures.passed", label: f.passedCount, ruleIds: ["U2"], snapshot: true, inPicker: true },
  { key: "brandDescription", column: "brandDescription", kind: "text", step: "narratives", formPath: "brandDescription", eligibilityPath: "narratives.brandDescription", label: f.brandDescription, ruleIds: narrativeRules("brandDescription"), snapshot: true, inPicker: true },
  { key: "businessDescription", column: "businessDescription", kind: "text", step: "narratives", formPath: "businessDescription", eligibilityPath: "narratives.businessDescription", label: f.businessDescription, ruleIds: narrativeRules("businessDescription"), snapshot: true, inPicker: true },
  { key: "trainingDescription", column: "trainingDescription", kind: "text", step: "narratives", formPath: "trainingDescription", eligibilityPath: "narratives.trainingDescription", label: f.trainingDescription, ruleIds: narrativeRules("trainingDescription"), snapshot: true, inPicker: true },
  { key: "transferDescription", column: "transferDescription", kind: "text", step: "narratives", formPath: "transferDescription", eligibilityPath: "narratives.transferDescription", label: f.transferDescription, ruleIds: narrativeRules("transferDescription"), snapshot: true, inPicker: true },
  { key: "postPlacementDescription", column: "postPlacementDescription", kind: "text", step: "narratives", formPath: "postPlacementDescription", eligibilityPath: "narratives.postPlacementDescription", label: f.postPlacementDescription, ruleIds: narrativeRules("postPlacementDescription"), snapshot: true, inPicker: true },
  { key: "trademarks", column: "trademarks", kind: "text", step: "narratives", formPath: "trademarks", eligibilityPath: null, label: f.trademarks, ruleIds: [], snapshot: true, inPicker: true },
  { key: "awards", column: "awards", kind: "text", step: "narratives", formPath: "awards", eligibilityPath: null, label: f.awards, ruleIds: [], snapshot: true, inPicker: true },
  // The explanation belongs to a submission (it is in the audit row), not to the frozen content.
  { key: "warningExplanation", column: "warningExplanation", kind: "text", step: "declarations", formPath: "warningExplanation", eligibilityPath: null, label: f.warningExplanation, ruleIds: [], snapshot: false, inPicker: true },
] as const satisfies readonly ColumnFieldSpec[];

type DeclarationFieldSpec = {
  /** The key inside the `declarations` JSON column. */
  readonly jsonKey: string;
  readonly key: string;
  readonly formPath: string;
  readonly eligibilityPath: string;
  readonly label: string;
  readonly ruleIds: readonly RuleId[];
};

/** The application's declarations (B3, U2–U4): one JSON column, one checkbox per key. */
export const APPLICATION_DECLARATION_FIELDS: readonly DeclarationFieldSpec[] = APPLICATION_DECLARATIONS.map((d) => ({
  jsonKey: d.key,
  key: `declarations.${d.key}`,
  formPath: `declarations.${d.key}`,
  eligibilityPath: `declarations.${d.key}`,
  label: r.declaration(d.label),
  ruleIds: [d.ruleId],
}));

export type LeadUnitFieldSpec = {
  /** The path under one lead unit: `creditCode`, `declarations.lawAbiding` … */
  readonly field: string;
  readonly column: Exclude<keyof LeadUnitRow, "position">;
  /** Set for one key of the `declarations` JSON column. */
  readonly jsonKey?: string;
  readonly kind: ValueKind;
  /** The applying unit's identity comes from its registration: only these are edited for it. */
  readonly applicantEditable: boolean;
  /** Whether the eligibility input carries it (`leadUnits.<i>.<field>`). */
  readonly eligibility: boolean;
  readonly label: string;
  readonly ruleIds: readonly RuleId[];
  readonly inPicker: boolean;
};

/** Every lead unit's fields; the fields of lead unit i are these under `leadUnits.<i>`. */
export const LEAD_UNIT_FIELDS: readonly LeadUnitFieldSpec[] = [
  // U5 the code itself, B2 a unit listed twice, E5/M3 a ban matched by the code.
  { field: "creditCode", column: "creditCode", kind: "string", applicantEditable: false, eligibility: true, label: f.creditCode, ruleIds: ["U5", "B2", "E5", "M3"], inPicker: true },
  { field: "name", column: "name", kind: "string", applicantEditable: false, eligibility: true, label: f.unitName, ruleIds: ["U5"], inPicker: true },
  { field: "tradeName", column: "tradeName", kind: "string", applicantEditable: false, eligibility: true, label: f.tradeName, ruleIds: ["B4"], inPicker: true },
  { field: "registrationDate", column: "registrationDate", kind: "date", applicantEditable: false, eligibility: true, label: f.registrationDate, ruleIds: ["U1"], inPicker: true },
  { field: "contribution", column: "contribution", kind: "text", applicantEditable: true, eligibility: false, label: f.contribution, ruleIds: [], inPicker: true },
  ...UNIT_DECLARATIONS.map((d) => ({
    field: `declarations.${d.key}`,
    column: "declarations" as const,
    jsonKey: d.key,
    kind: "flag" as const,
    applicantEditable: true,
    eligibility: true,
    label: d.label,
    ruleIds: [d.ruleId],
    inPicker: false,
  })),
];

/** One field of one application, resolved from any of its names. */
export type ApplicationField = {
  /** Canonical path: snapshot key, review-comment field, diff key. */
  key: string;
  step: FormStep | null;
  /** The react-hook-form path within `step`; null when the form has no control for it. */
  formPath: string | null;
  eligibilityPath: string | null;
  label: string;
  ruleIds: readonly RuleId[];
  inPicker: boolean;
};

// Paths that are no single control but still name a place: the lead units as a whole (B2's
// count), the attachments, and a comment on the application as a whole.
const LEAD_UNITS_GROUP: ApplicationField = { key: "leadUnits", step: "leadUnits", formPath: null, eligibilityPath: "leadUnits", label: detail.leadUnits, ruleIds: ["B2", "B4"], inPicker: false };
const ATTACHMENTS: ApplicationField = { key: "attachments", step: "attachments", formPath: null, eligibilityPath: null, label: r.attachments, ruleIds: [], inPicker: true };

const columnField = (s: ColumnFieldSpec): ApplicationField => ({ key: s.key, step: s.step, formPath: s.formPath, eligibilityPath: s.eligibilityPath, label: s.label, ruleIds: s.ruleIds, inPicker: s.inPicker });
const declarationField = (s: DeclarationFieldSpec): ApplicationField => ({ key: s.key, step: "declarations", formPath: s.formPath, eligibilityPath: s.eligibilityPath, label: s.label, ruleIds: s.ruleIds, inPicker: false });

/** The form path of a lead unit's field: position 0 is the applicant, 1.. the co-lead units. */
export function leadUnitFormBase(position: number): string {
  return position === 0 ? "applicant" : `coLeadUnits.${position - 1}`;
}

function leadUnitField(position: number, s: LeadUnitFieldSpec): ApplicationField {
  const editable = position > 0 || s.applicantEditable;
  return {
    key: `leadUnits.${position}.${s.field}`,
    step: "leadUnits",
    formPath: editable ? `${leadUnitFormBase(position)}.${s.field}` : null,
    eligibilityPath: s.eligibility ? `leadUnits.${position}.${s.field}` : null,
    label: r.leadUnit(position + 1, s.label),
    ruleIds: s.ruleIds,
    inPicker: s.inPicker,
  };
}

function leadUnitGroup(position: number): ApplicationField {
  // E5/M3 and U5 report a unit as a whole when it is no record at all.
  return { key: `leadUnits.${position}`, step: "leadUnits", formPath: null, eligibilityPath: `leadUnits.${position}`, label: r.leadUnit(position + 1, detail.leadUnits), ruleIds: ["U1", "U5", "E5", "M3"], inPicker: false };
}

// Application-level names → field. Built once; lead-unit paths are parsed (any position).
const BY_NAME = new Map<string, ApplicationField>();
for (const field of [...APPLICATION_COLUMN_FIELDS.map(columnField), ...APPLICATION_DECLARATION_FIELDS.map(declarationField), LEAD_UNITS_GROUP, ATTACHMENTS]) {
  for (const name of [field.key, field.formPath, field.eligibilityPath]) if (name) BY_NAME.set(name, field);
}
// B4 reports the trade names as a list of their own when none could be read.
BY_NAME.set("leadUnitTradeNames", LEAD_UNITS_GROUP);

const LEAD_UNIT_PATH = /^(leadUnits|leadUnitTradeNames|coLeadUnits)\.(\d+)(?:\.(.+))?$/;

/** A lead unit's path in any of its spellings → the unit's position and the path under it. */
function parseLeadUnitPath(p: string): { list: string; position: number; rest: string | undefined } | null {
  if (p.startsWith("applicant.")) return { list: "applicant", position: 0, rest: p.slice("applicant.".length) };
  const m = LEAD_UNIT_PATH.exec(p);
  if (!m || m[1] === undefined) return null;
  return { list: m[1], position: Number(m[2]) + (m[1] === "coLeadUnits" ? 1 : 0), rest: m[3] };
}

/**
 * The field a path names, whichever of its names it uses: the canonical key (`employedCount`,
 * `leadUnits.1.name`), the eligibility path (`figures.employed`, `leadUnitTradeNames.1`) or the
 * form path (`coLeadUnits.0.name`, `applicant.contribution`). null for anything else.
 */
export function resolveField(path: string | null | undefined): ApplicationField | null {
  const p = (path ?? "").trim();
  const named = BY_NAME.get(p);
  if (named) return named;
  const unit = parseLeadUnitPath(p);
  if (!unit) return null;
  // B4 names the i-th trade name `leadUnitTradeNames.<i>`.
  const rest = unit.list === "leadUnitTradeNames" ? (unit.rest === undefined ? "tradeName" : null) : unit.rest;
  if (rest === null) return null;
  if (rest === undefined) return leadUnitGroup(unit.position);
  const spec = LEAD_UNIT_FIELDS.find((s) => s.field === rest);
  return spec ? leadUnitField(unit.position, spec) : null;
}

/** A path in canonical terms (unknown paths as they are). */
export function canonicalFieldKey(path: string): string {
  return resolveField(path)?.key ?? path;
}

/** The Chinese label of a path; a comment on the whole application, or an unknown path as itself. */
export function applicationFieldLabel(path: string): string {
  if (path === "_form" || path === "") return r.general;
  return resolveField(path)?.label ?? path;
}

/** Every concrete field of an application with `leadUnitCount` lead units, in form order. */
export function applicationFields({ leadUnitCount }: { leadUnitCount: number }): ApplicationField[] {
  const units: ApplicationField[] = [];
  for (let position = 0; position < leadUnitCount; position++) units.push(leadUnitGroup(position), ...LEAD_UNIT_FIELDS.map((s) => leadUnitField(position, s)));
  return [...APPLICATION_COLUMN_FIELDS.map(columnField), LEAD_UNITS_GROUP, ...units, ...APPLICATION_DECLARATION_FIELDS.map(declarationField), ATTACHMENTS];
}

/** The paths a reviewer's field comment may name: every field of the largest application B2 allows. */
export const REVIEW_COMMENT_FIELDS = applicationFields({ leadUnitCount: defaultEligibilitySettings.maxLeadUnits }).map((x) => x.key) as [string, ...string[]];

// ---- Values: one conversion per kind and target, so the form, the eligibility input and the
// snapshot read a stored value the same way.

const jsonObject = (value: unknown): Record<string, unknown> => (typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {});

/** One key of a JSON column of declarations (`{ key: true }`); anything but `true` is "not declared". */
export function storedDeclaration({ stored, key }: { stored: unknown; key: string }): { present: boolean; value: unknown } {
  const given = jsonObject(stored);
  return { present: key in given, value: given[key] };
}

/** A lead unit's stored value of one field (a declaration read out of its JSON column). */
export function leadUnitValue({ unit, spec }: { unit: Partial<Omit<LeadUnitRow, "position">>; spec: LeadUnitFieldSpec }): unknown {
  return spec.jsonKey === undefined ? unit[spec.column] : storedDeclaration({ stored: unit[spec.column], key: spec.jsonKey }).value;
}

/** As a react-hook-form default: blanks as "", counts as text, dates as `YYYY-MM-DD`. */
export function formValue({ kind, value }: { kind: ValueKind; value: unknown }): string | boolean {
  if (kind === "flag") return value === true;
  if (value instanceof Date) return formatCalendarDate(value);
  return value === null || value === undefined ? "" : String(value);
}

/** As the eligibility module's (untrusted) input: blanks absent, dates as `YYYY-MM-DD`, flags as stored. */
export function eligibilityValue({ kind, value }: { kind: ValueKind; value: unknown }): unknown {
  if (kind === "date" && value instanceof Date) return formatCalendarDate(value);
  return value === null ? undefined : value;
}

/** As a snapshot holds it: dates as `YYYY-MM-DD`, a declaration ticked or not. */
export function snapshotValue({ kind, value }: { kind: ValueKind; value: unknown }): string | number | boolean | null {
  if (kind === "flag") return value === true;
  if (value instanceof Date) return formatCalendarDate(value);
  return typeof value === "string" || typeof value === "number" ? value : null;
}
