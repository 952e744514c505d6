"use client";

import { useState } from "react";
import { usePathname, useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { handleObjectionSchema, objectionSchema } from "@/lib/schemas/application";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { ActionResult } from "@/lib/domain/app-error";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextAreaField } from "@/components/ui/field";
import { RefusalAlert, type Refusal } from "./action-feedback";

const p = messages.reviewUi.publicity;
const o = messages.objections;

type Action = (input: unknown) => Promise<ActionResult<unknown>>;

/** 登记异议: an objection received during the publicity period (times in Shanghai). */
export function RecordObjectionForm({ applicationId, action, defaultReceivedAt, minReceivedAt, maxReceivedAt }: { applicationId: string; action: Action; defaultReceivedAt: string; minReceivedAt: string; maxReceivedAt: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(objectionSchema),
    defaultValues: { applicationId, receivedAt: defaultReceivedAt, objector: "", contact: "", content: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setRefusal(null);
    const result = await action(values);
    if (result.ok) {
      router.replace(`${pathname}?done=objectionRecorded`, { scroll: true });
      router.refresh();
      return;
    }
    setRefusal({ code: result.code, message: result.message });
    for (const [field, fieldMessages] of Object.entries(result.fieldErrors ?? {})) {
      if (field in values) setError(field as keyof typeof values, { message: fieldMessages[0] });
    }
  });

  return (
    <section aria-labelledby="record-objection-title" className="rounded border border-slate-200 p-4">
      <h3 id="record-objection-title" className="font-semibold text-slate-900">
        {p.record.title}
      </h3>
      <p className="mt-1 text-xs text-slate-500">{p.record.hint}</p>
      <form onSubmit={onSubmit} noValidate className="mt-3 grid gap-x-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <RefusalAlert refusal={refusal} />
        </div>
        <input type="hidden" {...register("applicationId")} />
        <TextField type="datetime-local" label={o.receivedAt} required min={minReceivedAt} max={maxReceivedAt} error={errors.receivedAt?.message} {...register("receivedAt")} />
        <TextField label={o.objector} required maxLength={100} error={errors.objector?.message} {...register("objector")} />
        <TextField label={o.contact} maxLength={100} error={errors.contact?.message} {...register("contact")} />
        <div className="sm:col-span-2">
          <TextAreaField label={o.content} required rows={3} maxLength={5000} error={errors.content?.message} {...register("content")} />
        </div>
        <div className="sm:col-span-2">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? messages.reviewUi.actions.working : p.record.submit}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** 处理异议: upheld or dismissed with how it was handled; final once confirmed. */
export function HandleObjectionForm({ objectionId, action, label }: { objectionId: string; action: Action; label: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, setPending] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(handleObjectionSchema),
    defaultValues: { objectionId, handling: "" },
  });
  const idBase = `handle-${objectionId}`;

  const onSubmit = handleSubmit((values) => {
    setRefusal(null);
    setPending(values);
  });

  const confirm = async () => {
    setBusy(true);
    const result = await action(pending);
    setBusy(false);
    setPending(null);
    if (result.ok) {
      router.replace(`${pathname}?done=objectionHandled`, { scroll: true });
      router.refresh();
      return;
    }
    setRefusal({ code: result.code, message: result.message });
    for (const [field, fieldMessages] of Object.entries(result.fieldErrors ?? {})) {
      if (field === "outcome" || field === "handling") setError(field, { message: fieldMessages[0] });
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3 rounded bg-slate-50 p-3" aria-label={label}>
      <RefusalAlert refusal={refusal} />
      <input type="hidden" {...register("objectionId")} />
      <fieldset aria-describedby={errors.outcome ? `${idBase}-outcome-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">
          {p.handle.outcome}
          <span className="ml-0.5 text-red-700" aria-hidden="true">
            *
          </span>
        </legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm">
          <label className="inline-flex min-h-10 items-center gap-2">
            <input type="radio" value="DISMISSED" {...register("outcome")} />
            {p.handle.dismissed}
          </label>
          <label className="inline-flex min-h-10 items-center gap-2">
            <input type="radio" value="UPHELD" {...register("outcome")} />
            {p.handle.upheld}
          </label>
        </div>
        <p id={`${idBase}-outcome-error`} className="min-h-4 text-xs text-red-700" aria-live="polite">
          {errors.outcome?.message ?? ""}
        </p>
      </fieldset>
      <TextAreaField id={`${idBase}-handling`} label={o.handling} required rows={2} maxLength={5000} error={errors.handling?.message} {...register("handling")} />
      <Button type="submit">{p.handle.submit}</Button>
      <ConfirmDialog cancelLabel={messages.reviewUi.actions.cancel} busyLabel={messages.reviewUi.actions.working} open={pending !== null} title={p.handle.confirmTitle} confirmLabel={p.handle.submit} busy={busy} onConfirm={confirm} onCancel={() => setPending(null)}>
        <p>{p.handle.confirmBody}</p>
      </ConfirmDialog>
    </form>
  );
}
