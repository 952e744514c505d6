// Where a field path of the server (verdict findings, reviewers' field comments, snapshot keys,
// submit refusals) lives in the form: which step, and which react-hook-form field of that step.
// The server speaks the eligibility module's paths (`figures.employed`, `leadUnits.1.name`); the
// form's steps use the schemas of lib/schemas/application.ts (`employedCount`, `coLeadUnits.0.name`).

export const FORM_STEPS = ["brand", "leadUnits", "figures", "narratives", "attachments", "declarations"] as const;
export type FormStep = (typeof FORM_STEPS)[number];

export function isFormStep(value: unknown): value is FormStep {
  return typeof value === "string" && (FORM_STEPS as readonly string[]).includes(value);
}

export type FieldLocation = { step: FormStep; field: string | null };

const BRAND_FIELDS: Record<string, string> = {
  brandName: "brandName",
  category: "category",
  isNationalIch: "isNationalIch",
  nationalIch: "isNationalIch",
  ichItemName: "ichItemName",
  ichListNumber: "ichListNumber",
};

const FIGURE_FIELDS: Record<string, string> = {
  "figures.employed": "employedCount",
  "figures.povertyAlleviated": "povertyAlleviatedCount",
  "figures.trained": "trainedCount",
  "figures.passed": "passedCount",
  employedCount: "employedCount",
  povertyAlleviatedCount: "povertyAlleviatedCount",
  trainedCount: "trainedCount",
  passedCount: "passedCount",
};

const NARRATIVE_FIELDS = ["brandDescription", "businessDescription", "trainingDescription", "transferDescription", "postPlacementDescription", "trademarks", "awards"];

/** The step and form field of a server field path; unknown paths land on the submit step. */
export function locateField(path: string | null | undefined): FieldLocation {
  const p = (path ?? "").trim();
  if (p in BRAND_FIELDS) return { step: "brand", field: BRAND_FIELDS[p] ?? null };
  if (p in FIGURE_FIELDS) return { step: "figures", field: FIGURE_FIELDS[p] ?? null };
  const narrative = p.startsWith("narratives.") ? p.slice("narratives.".length) : p;
  if (NARRATIVE_FIELDS.includes(narrative)) return { step: "narratives", field: narrative };
  if (p === "attachments" || p.startsWith("attachments.")) return { step: "attachments", field: null };
  if (p === "warningExplanation") return { step: "declarations", field: "warningExplanation" };
  if (p.startsWith("declarations.")) return { step: "declarations", field: p };

  // Lead units: position 0 is the applying unit, 1..2 the co-lead units.
  const unit = /^(?:leadUnits|leadUnitTradeNames)(?:\.(\d+)(?:\.(.+))?)?$/.exec(p);
  if (unit) {
    const index = unit[1] === undefined ? null : Number(unit[1]);
    const rest = unit[2] ?? null;
    if (index === null) return { step: "leadUnits", field: null };
    if (index === 0) {
      // Only the applicant's declarations and contribution are editable; its identity is not.
      return { step: "leadUnits", field: rest && (rest.startsWith("declarations.") || rest === "contribution") ? `applicant.${rest}` : null };
    }
    const base = `coLeadUnits.${index - 1}`;
    if (p.startsWith("leadUnitTradeNames")) return { step: "leadUnits", field: `${base}.tradeName` };
    return { step: "leadUnits", field: rest ? `${base}.${rest}` : null };
  }
  if (p.startsWith("coLeadUnits.") || p.startsWith("applicant.")) return { step: "leadUnits", field: p };
  return { step: "declarations", field: null };
}

/** The DOM id of a form field's control, so links and focus can reach it. */
export function fieldDomId(field: string): string {
  return `f-${field.replace(/[^A-Za-z0-9]+/g, "-")}`;
}

/** Comments (or findings) of one step, keyed by form field; those without a field under "". */
export function groupByField<T extends { field: string | null | undefined }>(items: readonly T[], step: FormStep): Record<string, T[]> {
  const out: Record<string, T[]> = {};
  for (const item of items) {
    const where = locateField(item.field);
    if (where.step !== step) continue;
    (out[where.field ?? ""] ??= []).push(item);
  }
  return out;
}
