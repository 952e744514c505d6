import { APPLICATION_DECLARATIONS, UNIT_DECLARATIONS } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";

// Field paths of an application as reviewers name them in field comments, and their Chinese
// labels. A path is the form's / snapshot's path (`employedCount`, `leadUnits.1.name`,
// `declarations.trainingLedger`, `attachments`); the eligibility verdict's own input paths
// (`figures.employed`, `narratives.brandDescription`) are normalised to it, so a comment made
// from a verdict finding lands next to the same field in the unit's form.

const f = messages.applicationForm.fields;
const r = messages.reviewUi.fields;

const FIGURE_PATHS: Record<string, string> = {
  "figures.employed": "employedCount",
  "figures.povertyAlleviated": "povertyAlleviatedCount",
  "figures.trained": "trainedCount",
  "figures.passed": "passedCount",
};

const LEAD_UNIT_FIELD_LABELS: Record<string, string> = {
  creditCode: f.creditCode,
  name: f.unitName,
  tradeName: f.tradeName,
  registrationDate: f.registrationDate,
  contribution: f.contribution,
};

/** The application-level fields a reviewer may comment on, in form order. */
export const APPLICATION_FIELD_PATHS = [
  "brandName",
  "category",
  "isNationalIch",
  "ichItemName",
  "ichListNumber",
  "employedCount",
  "povertyAlleviatedCount",
  "trainedCount",
  "passedCount",
  "brandDescription",
  "businessDescription",
  "trainingDescription",
  "transferDescription",
  "postPlacementDescription",
  "trademarks",
  "awards",
  "warningExplanation",
] as const;

/** A verdict path (or any path) in the form's terms. */
export function normaliseFieldPath(path: string): string {
  if (FIGURE_PATHS[path]) return FIGURE_PATHS[path];
  if (path.startsWith("narratives.")) return path.slice("narratives.".length);
  return path;
}

/** The Chinese label of a field path; unknown paths show as themselves. */
export function fieldLabel(rawPath: string): string {
  const path = normaliseFieldPath(rawPath);
  const fields = f as Record<string, string>;
  if (fields[path] && !(path in LEAD_UNIT_FIELD_LABELS)) return fields[path];
  if (path === "newCity") return r.newCity;
  if (path === "attachments") return r.attachments;
  if (path === "_form" || path === "") return r.general;
  const declaration = /^declarations\.(\w+)$/.exec(path);
  if (declaration) {
    const d = APPLICATION_DECLARATIONS.find((x) => x.key === declaration[1]);
    return d ? r.declaration(d.label) : path;
  }
  const unit = /^leadUnits\.(\d+)(?:\.(.+))?$/.exec(path);
  if (unit) {
    const n = Number(unit[1]) + 1;
    const rest = unit[2];
    if (!rest) return r.leadUnit(n, messages.reviewUi.detail.leadUnits);
    const unitDeclaration = /^declarations\.(\w+)$/.exec(rest);
    if (unitDeclaration) {
      const d = UNIT_DECLARATIONS.find((x) => x.key === unitDeclaration[1]);
      return r.leadUnit(n, d ? d.label : rest);
    }
    return r.leadUnit(n, LEAD_UNIT_FIELD_LABELS[rest] ?? rest);
  }
  return path;
}

/**
 * The choices of the field-comment picker: every application field, each lead unit's fields,
 * the attachments, and any other path the verdict flagged (e.g. a declaration), without repeats.
 */
export function fieldCommentOptions({ leadUnitCount, verdictPaths }: { leadUnitCount: number; verdictPaths: string[] }): { value: string; label: string }[] {
  const paths: string[] = [...APPLICATION_FIELD_PATHS];
  for (let i = 0; i < leadUnitCount; i++) for (const key of Object.keys(LEAD_UNIT_FIELD_LABELS)) paths.push(`leadUnits.${i}.${key}`);
  paths.push("attachments");
  for (const p of verdictPaths) {
    const path = normaliseFieldPath(p);
    // Only paths the server's comment schema accepts (letters, digits, dots, underscores).
    if (/^[A-Za-z0-9_.]+$/.test(path) && path !== "asOf" && path !== "revocations") paths.push(path);
  }
  return [...new Set(paths)].map((value) => ({ value, label: fieldLabel(value) }));
}
