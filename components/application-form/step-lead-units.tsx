"use client";

import { useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { leadUnitsStepSchema } from "@/lib/schemas/application";
import { UNIT_DECLARATIONS, suggestTradeName } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { Button } from "@/components/ui/button";
import { FormCheckbox, FormInput, FormTextArea, StepComments } from "./fields";
import { useStepSaver } from "./use-step-saver";
import type { CoLeadUnitValues, StepContext, WizardData } from "./types";

const f = messages.applicationForm.fields;
const m = messages.applicationFormUi.leadUnits;
const MAX_CO_LEAD_UNITS = 2; // B2: three lead units in all, the applicant being the first

const emptyDeclarations = () => Object.fromEntries(UNIT_DECLARATIONS.map((d) => [d.key, false]));
const emptyCoLead = (): CoLeadUnitValues => ({ creditCode: "", name: "", tradeName: "", registrationDate: "", declarations: emptyDeclarations(), contribution: "" });

/** 创建引领单位: the applying unit (identity read-only) and up to two co-lead units (B2, U1, U5). */
export function LeadUnitsStep({ ctx, applicant, coLeadUnits, today }: { ctx: StepContext; applicant: WizardData["applicant"]; coLeadUnits: CoLeadUnitValues[]; today: string }) {
  const form = useForm({
    resolver: zodResolver(leadUnitsStepSchema),
    defaultValues: {
      applicant: { declarations: { ...emptyDeclarations(), ...applicant.declarations }, contribution: applicant.contribution },
      coLeadUnits: coLeadUnits.map((u) => ({ ...u, declarations: { ...emptyDeclarations(), ...u.declarations } })),
    },
  });
  const {
    register,
    control,
    getValues,
    setValue,
    formState: { errors },
  } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "coLeadUnits" });
  useStepSaver({ ctx, form, step: "leadUnits" });
  const c = ctx.comments;
  const full = fields.length >= MAX_CO_LEAD_UNITS;

  const identity: [string, string][] = [
    [f.unitName, applicant.name],
    [f.creditCode, applicant.creditCode],
    [f.tradeName, applicant.tradeName],
    [f.registrationDate, applicant.registrationDate],
  ];

  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-600">{m.intro}</p>
      <StepComments comments={c[""]} />
      {errors.coLeadUnits?.root?.message || errors.coLeadUnits?.message ? (
        <p role="alert" className="text-sm text-red-700">
          {errors.coLeadUnits?.root?.message ?? errors.coLeadUnits?.message}
        </p>
      ) : null}

      <fieldset className="rounded-lg border border-slate-200 p-4">
        <legend className="px-1 text-base font-semibold text-slate-900">{m.applicantTitle}</legend>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
          {identity.map(([label, value]) => (
            <div key={label}>
              <dt className="text-slate-500">{label}</dt>
              <dd className="break-all text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-xs text-slate-500">{m.applicantIdentityNote}</p>
        <fieldset className="mt-4">
          <legend className="mb-1 text-sm font-medium text-slate-800">{m.declarationsLegend}</legend>
          {UNIT_DECLARATIONS.map((d) => (
            <FormCheckbox
              key={d.key}
              label={d.label}
              required
              error={errors.applicant?.declarations?.[d.key]?.message}
              comments={c[`applicant.declarations.${d.key}`]}
              {...register(`applicant.declarations.${d.key}`)}
            />
          ))}
        </fieldset>
        <div className="mt-3">
          <FormTextArea label={f.contribution} maxLength={1000} rows={3} error={errors.applicant?.contribution?.message} comments={c["applicant.contribution"]} {...register("applicant.contribution")} />
        </div>
      </fieldset>

      {fields.map((field, index) => {
        const e = errors.coLeadUnits?.[index];
        const p = `coLeadUnits.${index}` as const;
        const suggest = () => {
          const s = suggestTradeName({ unitName: getValues(`${p}.name`) });
          if (s) setValue(`${p}.tradeName`, s, { shouldValidate: true, shouldDirty: true });
        };
        return (
          <fieldset key={field.id} className="rounded-lg border border-slate-200 p-4">
            <legend className="px-1 text-base font-semibold text-slate-900">{m.coLeadTitle(index + 2)}</legend>
            <StepComments comments={c[p]} />
            <div className="grid gap-x-4 sm:grid-cols-2">
              <FormInput label={f.creditCode} required maxLength={24} autoComplete="off" error={e?.creditCode?.message} comments={c[`${p}.creditCode`]} {...register(`${p}.creditCode`)} />
              <FormInput label={f.unitName} required maxLength={100} error={e?.name?.message} comments={c[`${p}.name`]} {...register(`${p}.name`)} />
              <div>
                <FormInput label={f.tradeName} required hint={m.tradeNameHint} maxLength={20} error={e?.tradeName?.message} comments={c[`${p}.tradeName`]} {...register(`${p}.tradeName`)} />
                <button type="button" onClick={suggest} className="-mt-3 mb-3 min-h-8 text-xs font-medium text-brand-700 underline">
                  {m.suggest}
                </button>
              </div>
              <FormInput label={f.registrationDate} type="date" required max={today} error={e?.registrationDate?.message} comments={c[`${p}.registrationDate`]} {...register(`${p}.registrationDate`)} />
            </div>
            <fieldset className="mt-2">
              <legend className="mb-1 text-sm font-medium text-slate-800">{m.declarationsLegend}</legend>
              {UNIT_DECLARATIONS.map((d) => (
                <FormCheckbox
                  key={d.key}
                  label={d.label}
                  required
                  error={e?.declarations?.[d.key]?.message}
                  comments={c[`${p}.declarations.${d.key}`]}
                  {...register(`${p}.declarations.${d.key}`)}
                />
              ))}
            </fieldset>
            <div className="mt-3">
              <FormTextArea label={f.contribution} maxLength={1000} rows={3} error={e?.contribution?.message} comments={c[`${p}.contribution`]} {...register(`${p}.contribution`)} />
            </div>
            <Button variant="secondary" onClick={() => remove(index)} className="mt-2 w-full sm:w-auto">
              {m.remove(index + 2)}
            </Button>
          </fieldset>
        );
      })}

      <div className="space-y-2">
        <Button variant="secondary" onClick={() => append(emptyCoLead(), { shouldFocus: true })} disabled={full} aria-describedby={full ? "lead-units-max" : undefined} className="w-full sm:w-auto">
          {m.add}
        </Button>
        {full ? (
          <p id="lead-units-max" className="text-sm text-slate-600">
            {m.maxReached}
          </p>
        ) : null}
      </div>
    </div>
  );
}
