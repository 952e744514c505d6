import { FORM_STEPS, isFormStep, resolveField, type FormStep } from "@/lib/domain/application-fields";

// Where a field path of the server (verdict findings, reviewers' field comments, snapshot keys,
// submit refusals) lives in the form: which step, and which react-hook-form field of that step.
// Every name of a field comes from the registry in lib/domain/application-fields.ts.

export { FORM_STEPS, isFormStep, type FormStep };

export type FieldLocation = { step: FormStep; field: string | null };

/** The step and form field of a server field path; paths with no place in the form land on the submit step. */
export function locateField(path: string | null | undefined): FieldLocation {
  const field = resolveField(path);
  if (field?.step) return { step: field.step, field: field.formPath };
  const p = (path ?? "").trim();
  // Paths under a known place the registry has no control for: that place as a whole.
  if (p.startsWith("attachments.")) return { step: "attachments", field: null };
  if (/^(leadUnits|coLeadUnits|leadUnitTradeNames|applicant)\./.test(p)) return { step: "leadUnits", field: null };
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
