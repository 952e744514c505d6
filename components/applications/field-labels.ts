import { applicationFieldLabel, applicationFields, resolveField } from "@/lib/domain/application-fields";

// The Chinese labels of an application's field paths, and the choices of the reviewers'
// field-comment picker, both from the field registry (lib/domain/application-fields.ts): a
// comment made from a verdict finding is stored under the field's canonical key, so it lands
// next to the same field in the unit's form and in the diff.

/** The Chinese label of a field path, in any of its names; unknown paths show as themselves. */
export const fieldLabel = applicationFieldLabel;

/**
 * The choices of the field-comment picker: every application field, each lead unit's fields,
 * the attachments, and any other field the verdict flagged (e.g. a declaration), without repeats.
 */
export function fieldCommentOptions({ leadUnitCount, verdictPaths }: { leadUnitCount: number; verdictPaths: string[] }): { value: string; label: string }[] {
  const paths = applicationFields({ leadUnitCount })
    .filter((x) => x.inPicker)
    .map((x) => x.key);
  for (const p of verdictPaths) {
    // Only paths that name a field: the check's own context (asOf, revocations) is no field.
    const field = resolveField(p);
    if (field) paths.push(field.key);
  }
  return [...new Set(paths)].map((value) => ({ value, label: fieldLabel(value) }));
}
