"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { ActionResult } from "@/lib/domain/app-error";
import { shanghaiToday } from "@/lib/domain/dates";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { cancelEvaluationSchema, recordPlaqueReclaimedSchema } from "@/lib/schemas/evaluation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextAreaField, TextField } from "@/components/ui/field";
import { RefusalAlert, type Refusal } from "@/components/review/action-feedback";

const m = messages.evaluations;
type Action = (input: unknown) => Promise<ActionResult<unknown>>;

/** 取消评估: a reason, then a confirmation (the cycle is freed to be scheduled again). */
export function CancelEvaluationForm({ evaluationId, action }: { evaluationId: string; action: Action }) {
  const router = useRouter();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, setPending] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { register, handleSubmit, setError, formState: { errors } } = useForm({ resolver: zodResolver(cancelEvaluationSchema), defaultValues: { evaluationId, comment: "" } });
  const confirm = async () => {
    setBusy(true);
    const result = await action(pending);
    setBusy(false);
    setPending(null);
    if (result.ok) return router.refresh();
    setRefusal({ code: result.code, message: result.message });
    if (result.fieldErrors?.comment) setError("comment", { message: result.fieldErrors.comment[0] });
  };
  return (
    <form onSubmit={handleSubmit((v) => setPending(v))} noValidate className="space-y-3" data-testid="cancel-evaluation-form">
      <RefusalAlert refusal={refusal} />
      <TextAreaField id={`cancel-${evaluationId}`} label={m.fields.comment} required maxLength={500} rows={2} error={errors.comment?.message} {...register("comment")} />
      <Button type="submit" variant="secondary">{m.ui.cancel}</Button>
      <ConfirmDialog open={pending !== null} title={m.ui.cancelConfirmTitle} confirmLabel={m.ui.cancel} cancelLabel={m.ui.cancelLabel} busyLabel={m.ui.working} busy={busy} tone="danger" onConfirm={confirm} onCancel={() => setPending(null)}>
        <p>{m.ui.cancelConfirm}</p>
      </ConfirmDialog>
    </form>
  );
}

/** 登记牌匾已收回: the date (not in the future, not before the order) and a note, then a confirmation. */
export function ReclaimPlaqueForm({ plaqueId, plaqueNo, orderedOn, action }: { plaqueId: string; plaqueNo: string; orderedOn: string; action: Action }) {
  const router = useRouter();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, setPending] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { register, handleSubmit, setError, formState: { errors } } = useForm({
    resolver: zodResolver(recordPlaqueReclaimedSchema),
    defaultValues: { plaqueId, reclaimedOn: shanghaiToday(), note: "" },
  });
  const confirm = async () => {
    setBusy(true);
    const result = await action(pending);
    setBusy(false);
    setPending(null);
    if (result.ok) return router.refresh();
    setRefusal({ code: result.code, message: result.message });
    for (const [field, list] of Object.entries(result.fieldErrors ?? {})) if (field === "reclaimedOn" || field === "note") setError(field, { message: list[0] });
  };
  const onSubmit = handleSubmit((v) => {
    if (v.reclaimedOn > shanghaiToday()) return setError("reclaimedOn", { message: m.errors.reclaimedInFuture });
    if (v.reclaimedOn < orderedOn) return setError("reclaimedOn", { message: m.errors.reclaimedBeforeOrder(orderedOn) });
    setPending(v);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2 grid gap-2 sm:grid-cols-[10rem_1fr_auto] sm:items-end" data-testid={`reclaim-${plaqueNo}`} aria-label={`${m.ui.reclaim} ${plaqueNo}`}>
      <div className="sm:col-span-3"><RefusalAlert refusal={refusal} /></div>
      <TextField id={`reclaimed-on-${plaqueId}`} type="date" label={m.fields.reclaimedOn} required min={orderedOn} max={shanghaiToday()} error={errors.reclaimedOn?.message} {...register("reclaimedOn")} />
      <TextField id={`reclaim-note-${plaqueId}`} label={m.fields.reclaimNote} required maxLength={500} error={errors.note?.message} {...register("note")} />
      <Button type="submit" variant="secondary">{m.ui.reclaim}</Button>
      <ConfirmDialog open={pending !== null} title={m.ui.reclaimConfirmTitle} confirmLabel={m.ui.reclaim} cancelLabel={m.ui.cancelLabel} busyLabel={m.ui.working} busy={busy} onConfirm={confirm} onCancel={() => setPending(null)}>
        <p>{plaqueNo}：{m.ui.reclaimConfirm}</p>
      </ConfirmDialog>
    </form>
  );
}
