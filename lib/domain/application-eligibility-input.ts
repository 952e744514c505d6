import { APPLICATION_COLUMN_FIELDS, APPLICATION_DECLARATION_FIELDS, LEAD_UNIT_FIELDS, eligibilityValue, leadUnitValue, storedDeclaration, type ApplicationRow } from "@/lib/domain/application-fields";

// The stored application as the eligibility module's plain input, built from the field registry:
// each value goes to its field's eligibility path, so a finding's `field` names the same path
// back and the registry can place it in the form.

/** The columns (and lead-unit columns) the eligibility input is built from. */
export type ApplicationForVerdict = Pick<ApplicationRow, Extract<(typeof APPLICATION_COLUMN_FIELDS)[number], { eligibilityPath: string }>["column"] | "declarations"> & {
  leadUnits: Pick<ApplicationRow["leadUnits"][number], "position" | "creditCode" | "name" | "tradeName" | "registrationDate" | "declarations">[];
};

type Tree = Record<string, unknown>;

function setPath({ target, path, value }: { target: Tree; path: string; value: unknown }) {
  const parts = path.split(".");
  const last = parts.pop() as string;
  let node = target;
  for (const part of parts) node = (node[part] ??= {}) as Tree;
  node[last] = value;
}

/**
 * The eligibility module takes untrusted `unknown` input and re-checks every value, so the
 * input is a plain tree rather than a promise of ApplicationInput's types.
 */
export function toEligibilityInput(app: ApplicationForVerdict): Tree {
  // Always present, even when empty: "no figures" is a finding, not a crash.
  const input: Tree = { figures: {}, narratives: {}, declarations: {} };
  for (const field of APPLICATION_COLUMN_FIELDS) {
    if (field.eligibilityPath !== null) setPath({ target: input, path: field.eligibilityPath, value: eligibilityValue({ kind: field.kind, value: app[field.column] }) });
  }
  for (const d of APPLICATION_DECLARATION_FIELDS) setPath({ target: input, path: d.eligibilityPath, value: storedDeclaration({ stored: app.declarations, key: d.jsonKey }).value });
  // Lead unit i of the input is the i-th by position, so `leadUnits.<i>` findings name position i.
  input.leadUnits = [...app.leadUnits]
    .sort((a, b) => a.position - b.position)
    .map((unit) => {
      const out: Tree = { declarations: {} };
      for (const spec of LEAD_UNIT_FIELDS) {
        if (spec.eligibility) setPath({ target: out, path: spec.field, value: eligibilityValue({ kind: spec.kind, value: leadUnitValue({ unit, spec }) }) });
      }
      return out;
    });
  return input;
}
