"use client";

import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { figuresStepSchema } from "@/lib/schemas/application";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { FormInput, StepComments } from "./fields";
import { useStepSaver } from "./use-step-saver";
import type { StepContext, WizardData } from "./types";

const f = messages.applicationForm.fields;
const m = messages.applicationFormUi.figures;

function passRate(trained: unknown, passed: unknown): string | null {
  const t = Number(trained);
  const p = Number(passed);
  if (!Number.isInteger(t) || !Number.isInteger(p) || t <= 0 || p < 0 || String(trained).trim() === "" || String(passed).trim() === "") return null;
  // Rounded down like the rule (U2), so a failing rate never shows as 60.0%.
  return (Math.floor((p * 1000) / t) / 10).toFixed(1);
}

/** 带动就业与培训: the counts behind B5/B6 (employed), B7 (poverty-alleviated) and U2 (pass rate). */
export function FiguresStep({ ctx, initial }: { ctx: StepContext; initial: WizardData["figures"] }) {
  const form = useForm({ resolver: zodResolver(figuresStepSchema), defaultValues: initial });
  const {
    register,
    control,
    formState: { errors },
  } = form;
  useStepSaver({ ctx, form, step: "figures" });
  const [trained, passed] = useWatch({ control, name: ["trainedCount", "passedCount"] });
  const rate = passRate(trained, passed);
  const c = ctx.comments;
  const numeric = { type: "text", inputMode: "numeric" as const, autoComplete: "off", maxLength: 9 };

  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-lg font-semibold text-slate-900">{m.legend}</legend>
      <p className="mb-3 text-sm text-slate-600">{m.intro}</p>
      <StepComments comments={c[""]} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <FormInput label={`${f.employedCount}（${m.unit}）`} required hint={m.employedHint} error={errors.employedCount?.message} comments={c.employedCount} {...numeric} {...register("employedCount")} />
        <FormInput label={`${f.povertyAlleviatedCount}（${m.unit}）`} required hint={m.povertyHint} error={errors.povertyAlleviatedCount?.message} comments={c.povertyAlleviatedCount} {...numeric} {...register("povertyAlleviatedCount")} />
        <FormInput label={`${f.trainedCount}（${m.unit}）`} required error={errors.trainedCount?.message} comments={c.trainedCount} {...numeric} {...register("trainedCount")} />
        <FormInput label={`${f.passedCount}（${m.unit}）`} required error={errors.passedCount?.message} comments={c.passedCount} {...numeric} {...register("passedCount")} />
      </div>
      <p className="text-sm text-slate-700" aria-live="polite">
        {rate !== null ? m.passRate(rate) : ""}
      </p>
    </fieldset>
  );
}
