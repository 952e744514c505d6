"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { ActionResult } from "@/lib/domain/app-error";
import { shanghaiToday } from "@/lib/domain/dates";
import { EVALUATION_METHODS } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { scheduleEvaluationSchema } from "@/lib/schemas/evaluation";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { RefusalAlert, type Refusal } from "@/components/review/action-feedback";

const m = messages.evaluations;
const FIELDS = ["cycleIndex", "method", "scheduledOn", "evaluators"] as const;
type Field = (typeof FIELDS)[number];

/**
 * 安排评估 (E2) of one lead unit's recognition for the cycle the queue names: method, date (today
 * or later) and the evaluators or the commissioned organisation. On success, to the evaluation.
 */
export function ScheduleEvaluationForm({
  leadUnitRecognitionId,
  cycleIndex,
  action,
  detailBase,
}: {
  leadUnitRecognitionId: string;
  cycleIndex: number;
  action: (input: unknown) => Promise<ActionResult<{ id: string }>>;
  detailBase: string;
}) {
  const router = useRouter();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(scheduleEvaluationSchema),
    defaultValues: { leadUnitRecognitionId, cycleIndex, method: "ON_SITE_INSPECTION" as "ON_SITE_INSPECTION" | "DEFENCE_REVIEW" | "THIRD_PARTY", scheduledOn: shanghaiToday(), evaluators: "" },
  });
  const method = useWatch({ control, name: "method" });

  const onSubmit = handleSubmit(async (values) => {
    setRefusal(null);
    const result = await action(values);
    if (result.ok) {
      router.push(`${detailBase}/${encodeURIComponent(result.data.id)}`);
      return;
    }
    setRefusal({ code: result.code, message: result.message });
    for (const [field, list] of Object.entries(result.fieldErrors ?? {})) {
      if ((FIELDS as readonly string[]).includes(field)) setError(field as Field, { message: list[0] });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="schedule-evaluation-form">
      <RefusalAlert refusal={refusal} />
      <SelectField
        id="evaluation-method"
        label={m.fields.method}
        required
        options={EVALUATION_METHODS.map((x) => ({ value: x.code, label: x.label }))}
        error={errors.method?.message}
        {...register("method")}
      />
      <TextField id="evaluation-date" type="date" label={m.fields.scheduledOn} required min={shanghaiToday()} error={errors.scheduledOn?.message} {...register("scheduledOn")} />
      <TextAreaField
        id="evaluation-evaluators"
        label={method === "THIRD_PARTY" ? m.fields.evaluatorsThirdParty : m.fields.evaluators}
        required
        maxLength={300}
        rows={2}
        error={errors.evaluators?.message}
        {...register("evaluators")}
      />
      {errors.cycleIndex?.message ? <p className="text-sm text-red-700">{errors.cycleIndex.message}</p> : null}
      <Button type="submit" disabled={isSubmitting}>{isSubmitting ? m.ui.working : m.ui.scheduleSubmit}</Button>
    </form>
  );
}
