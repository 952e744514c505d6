"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { narrativesStepSchema } from "@/lib/schemas/application";
import { APPLICATION_NARRATIVES } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { FormTextArea, StepComments } from "./fields";
import { useStepSaver } from "./use-step-saver";
import type { StepContext } from "./types";

const f = messages.applicationForm.fields;
const m = messages.applicationFormUi.narratives;

const REQUIRED = APPLICATION_NARRATIVES.map((n) => n.key) as readonly string[];
const FIELDS = [
  { key: "brandDescription", max: 5000 },
  { key: "businessDescription", max: 5000 },
  { key: "trainingDescription", max: 5000 },
  { key: "transferDescription", max: 5000 },
  { key: "postPlacementDescription", max: 5000 },
  { key: "trademarks", max: 2000 },
  { key: "awards", max: 2000 },
] as const;

/** 品牌介绍: the narratives a reviewer judges (B1, B3, U2–U4), plus trademarks and awards. */
export function NarrativesStep({ ctx, initial }: { ctx: StepContext; initial: Record<string, string> }) {
  const form = useForm({
    resolver: zodResolver(narrativesStepSchema),
    defaultValues: Object.fromEntries(FIELDS.map((x) => [x.key, initial[x.key] ?? ""])),
  });
  const {
    register,
    formState: { errors },
  } = form;
  useStepSaver({ ctx, form, step: "narratives" });
  const c = ctx.comments;
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-lg font-semibold text-slate-900">{m.legend}</legend>
      <p className="mb-3 text-sm text-slate-600">{m.intro}</p>
      <StepComments comments={c[""]} />
      {FIELDS.map((x) => {
        const required = REQUIRED.includes(x.key);
        return (
          <FormTextArea
            key={x.key}
            label={required ? f[x.key] : `${f[x.key]}${m.optional}`}
            required={required}
            maxLength={x.max}
            rows={required ? 5 : 3}
            error={errors[x.key]?.message}
            comments={c[x.key]}
            {...register(x.key)}
          />
        );
      })}
    </fieldset>
  );
}
