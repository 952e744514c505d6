"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createBatchSchema, extendBatchSchema } from "@/lib/schemas/application";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { ActionResult } from "@/lib/domain/app-error";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { TextAreaField } from "@/components/ui/field";
import { RefusalAlert, type Refusal } from "./action-feedback";

const b = messages.batches;
const r = messages.reviewUi.batches;

type Action = (input: unknown) => Promise<ActionResult<unknown>>;

/** 新建申报批次 (times are datetime-local values read as Shanghai time by the server). */
export function CreateBatchForm({ action, defaultYear }: { action: Action; defaultYear: number }) {
  const router = useRouter();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(createBatchSchema),
    defaultValues: { year: defaultYear, title: "", opensAt: "", closesAt: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setRefusal(null);
    setDone(false);
    const result = await action(values);
    if (result.ok) {
      reset({ year: defaultYear, title: "", opensAt: "", closesAt: "" });
      setDone(true);
      router.refresh();
      return;
    }
    setRefusal({ code: result.code, message: result.message });
    for (const [field, fieldMessages] of Object.entries(result.fieldErrors ?? {})) {
      if (field in values) setError(field as keyof typeof values, { message: fieldMessages[0] });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-x-4 sm:grid-cols-2" aria-labelledby="create-batch-title">
      <div className="space-y-2 sm:col-span-2">
        {done ? <Alert tone="success">{r.create.done}</Alert> : null}
        <RefusalAlert refusal={refusal} />
      </div>
      <TextField label={b.year} type="number" inputMode="numeric" required min={2024} max={2100} error={errors.year?.message} {...register("year")} />
      <TextField label={b.title} required maxLength={100} error={errors.title?.message} {...register("title")} />
      <TextField label={b.opensAt} type="datetime-local" required error={errors.opensAt?.message} {...register("opensAt")} />
      <TextField label={b.closesAt} type="datetime-local" required error={errors.closesAt?.message} {...register("closesAt")} />
      <div className="sm:col-span-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? messages.reviewUi.actions.working : r.create.submit}
        </Button>
      </div>
    </form>
  );
}

/**
 * 延期: a button that opens a modal <dialog> (focus trapped, Esc closes) with the new closing
 * time and the reason, which the audit log records.
 */
export function ExtendBatchButton({ action, batchId, title, currentClosesAt, defaultClosesAt }: { action: Action; batchId: string; title: string; currentClosesAt: string; defaultClosesAt: string }) {
  const router = useRouter();
  const ref = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [done, setDone] = useState(false);
  const titleId = useId();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(extendBatchSchema),
    defaultValues: { batchId, closesAt: defaultClosesAt, reason: "" },
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      setFocus("closesAt");
    } else if (!open && dialog.open) {
      dialog.close();
      openerRef.current?.focus();
    }
  }, [open, setFocus]);

  const close = () => {
    setOpen(false);
    setRefusal(null);
    reset({ batchId, closesAt: defaultClosesAt, reason: "" });
  };

  const onSubmit = handleSubmit(async (values) => {
    setRefusal(null);
    const result = await action(values);
    if (result.ok) {
      setOpen(false);
      setDone(true);
      router.refresh();
      return;
    }
    setRefusal({ code: result.code, message: result.message });
    for (const [field, fieldMessages] of Object.entries(result.fieldErrors ?? {})) {
      if (field === "closesAt" || field === "reason") setError(field, { message: fieldMessages[0] });
    }
  });

  return (
    <>
      <Button ref={openerRef} variant="secondary" onClick={() => { setDone(false); setOpen(true); }} aria-label={r.extend.openLabel(title)}>
        {r.extend.open}
      </Button>
      {done ? (
        <p role="status" className="mt-1 text-xs text-green-800">
          {r.extend.done}
        </p>
      ) : null}
      <dialog
        ref={ref}
        aria-labelledby={titleId}
        onCancel={(e) => {
          e.preventDefault();
          if (!isSubmitting) close();
        }}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg border border-slate-200 bg-white p-0 text-left text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      >
        <form onSubmit={onSubmit} noValidate className="space-y-2 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {r.extend.title}
          </h2>
          <p className="text-sm text-slate-700">{title}</p>
          <p className="text-sm text-slate-600">{r.extend.current(currentClosesAt)}</p>
          <RefusalAlert refusal={refusal} />
          <input type="hidden" {...register("batchId")} />
          <TextField label={r.extend.newClosesAt} type="datetime-local" required error={errors.closesAt?.message} {...register("closesAt")} />
          <TextAreaField label={b.extendReason} required rows={3} maxLength={500} error={errors.reason?.message} {...register("reason")} />
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={close} disabled={isSubmitting}>
              {messages.reviewUi.actions.cancel}
            </Button>
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? messages.reviewUi.actions.working : r.extend.submit}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
