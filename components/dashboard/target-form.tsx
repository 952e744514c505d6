"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { updateProgrammeTargetSchema } from "@/lib/schemas/target";
import { TARGET_KEYS, type TargetKey } from "@/lib/domain/targets";
import type { ActionResult } from "@/lib/domain/app-error";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { RefusalAlert, type Refusal } from "@/components/review/action-feedback";

const m = messages.dashboard;
type Field = "year" | TargetKey;

type Props = {
  year: number;
  /** The year's current targets (set or default), to start from; null when none. */
  current: Record<TargetKey, number> | null;
  action: (input: unknown) => Promise<ActionResult<unknown>>;
};

/** 设定年度目标 (T2): the bureau's form, validated by the server's own schema. */
export function TargetForm({ year, current, action }: Props) {
  const router = useRouter();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(updateProgrammeTargetSchema),
    defaultValues: {
      year: String(year),
      districtBrands: current ? String(current.districtBrands) : "",
      cityOrProvinceBrands: current ? String(current.cityOrProvinceBrands) : "",
      nationalRecommendations: current ? String(current.nationalRecommendations) : "",
    } as Record<Field, unknown>,
  });

  const onSubmit = handleSubmit(async (values) => {
    setRefusal(null);
    setSaved(false);
    setBusy(true);
    const result = await action(values);
    setBusy(false);
    if (result.ok) {
      setSaved(true);
      router.refresh();
      return;
    }
    setRefusal({ code: result.code, message: result.message });
    for (const [field, list] of Object.entries(result.fieldErrors ?? {})) {
      if (field === "year" || (TARGET_KEYS as readonly string[]).includes(field)) setError(field as Field, { message: list[0] });
    }
  });

  const msg = (f: Field) => errors[f]?.message as string | undefined;

  return (
    <section id="target-form" aria-labelledby="target-form-title" className="rounded border border-slate-200 bg-slate-50 p-4" data-testid="target-form">
      <h3 id="target-form-title" className="font-semibold text-slate-900">{m.targetForm.title(year)}</h3>
      <p className="mt-1 text-sm text-slate-600">{m.targetForm.hint}</p>
      <form onSubmit={onSubmit} noValidate className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-labelledby="target-form-title">
        <div className="sm:col-span-2 lg:col-span-4">
          <RefusalAlert refusal={refusal} />
        </div>
        <TextField id="target-year" type="number" inputMode="numeric" label={m.year} required min={2020} max={2100} step={1} error={msg("year")} {...register("year")} />
        {TARGET_KEYS.map((key) => (
          <TextField key={key} id={`target-${key}`} type="number" inputMode="numeric" label={`${m.targets.labels[key]}（${m.targets.unit}）`} required min={0} step={1} error={msg(key)} {...register(key)} />
        ))}
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
          <Button type="submit" disabled={busy}>{m.targetForm.submit}</Button>
          <p role="status" aria-live="polite" className="text-sm text-green-800">{saved ? m.targetForm.saved : ""}</p>
        </div>
      </form>
    </section>
  );
}
