"use client";

import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { brandStepSchema } from "@/lib/schemas/application";
import { CATEGORIES, checkBrandName } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { FormCheckbox, FormInput, FormSelect, StepComments } from "./fields";
import { useStepSaver } from "./use-step-saver";
import type { StepContext, WizardData } from "./types";

const f = messages.applicationForm.fields;
const m = messages.applicationFormUi.brand;
const categoryOptions = CATEGORIES.map((c) => ({ value: c.code, label: c.label }));

/** 品牌信息: name (with the live B4 check), category (C1), national ICH flag (B6). */
export function BrandStep({ ctx, initial, tradeNames }: { ctx: StepContext; initial: WizardData["brand"]; tradeNames: string[] }) {
  const form = useForm({ resolver: zodResolver(brandStepSchema), defaultValues: initial });
  const {
    register,
    control,
    formState: { errors },
  } = form;
  useStepSaver({ ctx, form, step: "brand" });
  const name = useWatch({ control, name: "brandName" }) ?? "";
  const isIch = useWatch({ control, name: "isNationalIch" });
  const live = name.trim() ? checkBrandName({ name, leadUnitTradeNames: tradeNames }) : null;
  const c = ctx.comments;

  return (
    <fieldset className="space-y-2">
      <legend className="mb-3 text-lg font-semibold text-slate-900">{m.legend}</legend>
      <StepComments comments={c[""]} />
      <FormInput label={f.brandName} required hint={m.brandNameHint} maxLength={30} autoComplete="off" error={errors.brandName?.message} comments={c.brandName} {...register("brandName")} />
      <section aria-labelledby="b4-live-title" className="-mt-1 mb-3 rounded border border-slate-200 bg-slate-50 p-3 text-sm">
        <h3 id="b4-live-title" className="font-semibold text-slate-800">
          {m.liveCheck}
        </h3>
        <div aria-live="polite" id="b4-live" data-testid="b4-live">
          {live === null ? null : live.failures.length === 0 && live.warnings.length === 0 ? (
            <p className="mt-1 text-green-800">{m.liveOk}</p>
          ) : (
            <>
              {live.failures.length > 0 ? (
                <div className="mt-1 text-red-800">
                  <p className="font-medium">{m.liveBlocking}</p>
                  <ul className="list-disc pl-5">
                    {live.failures.map((x, i) => (
                      <li key={i}>{x.message}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {live.warnings.length > 0 ? (
                <div className="mt-1 text-amber-900">
                  <p className="font-medium">{m.liveWarnings}</p>
                  <ul className="list-disc pl-5">
                    {live.warnings.map((x, i) => (
                      <li key={i}>{x.message}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </>
          )}
        </div>
        {tradeNames.length > 0 ? <p className="mt-1 text-xs text-slate-500">{m.tradeNamesUsed(tradeNames.join("、"))}</p> : null}
      </section>
      <FormSelect label={f.category} required placeholder={m.categoryPlaceholder} options={categoryOptions} error={errors.category?.message} comments={c.category} {...register("category")} />
      <fieldset className="rounded border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-800">{m.ichLegend}</legend>
        <FormCheckbox label={f.isNationalIch} hint={m.ichHint} error={errors.isNationalIch?.message} comments={c.isNationalIch} {...register("isNationalIch")} />
        {isIch ? (
          <div className="mt-2 grid gap-x-4 sm:grid-cols-2">
            <FormInput label={f.ichItemName} required maxLength={100} error={errors.ichItemName?.message} comments={c.ichItemName} {...register("ichItemName")} />
            <FormInput label={f.ichListNumber} required maxLength={30} error={errors.ichListNumber?.message} comments={c.ichListNumber} {...register("ichListNumber")} />
          </div>
        ) : null}
      </fieldset>
    </fieldset>
  );
}
