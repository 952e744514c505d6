import {
  APPLICATION_COLUMN_FIELDS,
  APPLICATION_DECLARATION_FIELDS,
  LEAD_UNIT_FIELDS,
  formValue,
  leadUnitValue,
  storedDeclaration,
  type ApplicationRow,
  type FormStep,
  type LeadUnitRow,
  type ValueKind,
} from "@/lib/domain/application-fields";

// The form's defaults from a stored application, built from the field registry: each column's
// value goes to its field's form path, in the shape of the step schemas' input
// (lib/schemas/application.ts), so the values can be react-hook-form defaults.

type ColumnField = (typeof APPLICATION_COLUMN_FIELDS)[number];
type FormValueOf<K extends ValueKind> = K extends "flag" ? boolean : string;

/** The values of one step's own columns, typed from the registry (`{ brandName: string, … }`). */
export type StepColumnValues<S extends FormStep> = { [F in Extract<ColumnField, { step: S; formPath: string }> as F["formPath"]]: FormValueOf<F["kind"]> };

export type Declarations = Record<string, boolean>;

export type LeadUnitFormValues = {
  creditCode: string;
  name: string;
  tradeName: string;
  registrationDate: string;
  declarations: Declarations;
  contribution: string;
};

export type ApplicationFormValues = {
  brand: StepColumnValues<"brand">;
  figures: StepColumnValues<"figures">;
  narratives: StepColumnValues<"narratives">;
  leadUnits: { applicant: LeadUnitFormValues; coLeadUnits: LeadUnitFormValues[] };
  declarations: StepColumnValues<"declarations"> & { declarations: Declarations };
};

function stepValues<S extends FormStep>({ application, step }: { application: ApplicationRow; step: S }): StepColumnValues<S> {
  const out: Record<string, string | boolean> = {};
  for (const field of APPLICATION_COLUMN_FIELDS) if (field.step === step && field.formPath !== null) out[field.formPath] = formValue({ kind: field.kind, value: application[field.column] });
  // The keys and value types are those StepColumnValues<S> derives from the same list.
  return out as StepColumnValues<S>;
}

function leadUnitValues(unit: LeadUnitRow): LeadUnitFormValues {
  const out: Record<string, string | boolean> = {};
  const declarations: Declarations = {};
  for (const spec of LEAD_UNIT_FIELDS) {
    const value = formValue({ kind: spec.kind, value: leadUnitValue({ unit, spec }) });
    if (spec.jsonKey !== undefined) declarations[spec.jsonKey] = value === true;
    else out[spec.field] = value;
  }
  const text = (key: string) => String(out[key] ?? "");
  return { creditCode: text("creditCode"), name: text("name"), tradeName: text("tradeName"), registrationDate: text("registrationDate"), contribution: text("contribution"), declarations };
}

/**
 * The form's values of a stored application. `applicant` stands in for the applying unit while
 * the application has no lead unit yet (its identity comes from its registration).
 */
export function formValuesOf({ application, applicant }: { application: ApplicationRow; applicant: Pick<LeadUnitRow, "creditCode" | "name" | "tradeName" | "registrationDate"> }): ApplicationFormValues {
  const [own, ...coLeads] = [...application.leadUnits].sort((a, b) => a.position - b.position);
  const declarations: Declarations = {};
  for (const d of APPLICATION_DECLARATION_FIELDS) declarations[d.jsonKey] = storedDeclaration({ stored: application.declarations, key: d.jsonKey }).value === true;
  return {
    brand: stepValues({ application, step: "brand" }),
    figures: stepValues({ application, step: "figures" }),
    narratives: stepValues({ application, step: "narratives" }),
    leadUnits: {
      applicant: leadUnitValues(own ?? { position: 0, ...applicant, declarations: null, contribution: null }),
      coLeadUnits: coLeads.map(leadUnitValues),
    },
    declarations: { ...stepValues({ application, step: "declarations" }), declarations },
  };
}
