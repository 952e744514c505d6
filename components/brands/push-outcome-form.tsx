"use client";

import { useId, useMemo, useState } from "react";
import { usePathname, useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { recordPushOutcomeSchema } from "@/lib/schemas/push";
import { shanghaiToday } from "@/lib/domain/dates";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FieldShell, TextAreaField, TextField, controlClass, describedBy } from "@/components/ui/field";
import { RefusalAlert, type Refusal } from "@/components/review/action-feedback";
import type { BrandAction } from "./types";

const p = messages.pushes;
const f = p.fields;
const FIELDS = ["outcome", "outcomeOn", "issuingBody", "documentNo", "documentId", "note"] as const;
type Field = (typeof FIELDS)[number];

type Props = {
  brandId: string;
  brandName: string;
  push: { id: string; toLevelLabel: string; pushedOn: string };
  action: BrandAction;
};

/**
 * 登记推送结果 (F4, F5) of one open push: 获认定 (date, issuing body, document number and the scanned
 * document, uploaded first through POST /api/brands/:id/files) or 未获认定 (date and a note). The
 * server's own schema validates here too; the date's bounds (not in the future, not before the
 * push) are checked on both sides.
 */
export function PushOutcomeForm({ brandId, brandName, push, action }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const base = `push-outcome-${push.id}`;
  const fileId = useId();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, setPending] = useState<({ outcome: string } & Record<string, unknown>) | null>(null);
  const [busy, setBusy] = useState(false);
  const [upload, setUpload] = useState<{ state: "idle" | "uploading" | "done" | "failed"; name?: string; message?: string }>({ state: "idle" });

  const schema = useMemo(
    () =>
      recordPushOutcomeSchema.superRefine((d, ctx) => {
        const today = shanghaiToday();
        if (d.outcomeOn > today) ctx.addIssue({ code: "custom", path: ["outcomeOn"], message: p.errors.dateInFuture });
        else if (d.outcomeOn < push.pushedOn) ctx.addIssue({ code: "custom", path: ["outcomeOn"], message: p.errors.dateBeforePush(push.pushedOn) });
      }),
    [push.pushedOn],
  );
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    clearErrors,
    control,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { pushId: push.id, outcome: "RECOGNISED" as "RECOGNISED" | "NOT_RECOGNISED", outcomeOn: shanghaiToday(), issuingBody: "", documentNo: "", documentId: "", note: "" },
  });
  const outcome = useWatch({ control, name: "outcome" });
  const recognised = outcome === "RECOGNISED";

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setUpload({ state: "uploading", name: file.name });
    setValue("documentId", "");
    const body = new FormData();
    body.set("file", file);
    body.set("kind", "OUTCOME_DOCUMENT");
    const response = await fetch(`/api/brands/${encodeURIComponent(brandId)}/files`, { method: "POST", body }).catch(() => null);
    const json = (await response?.json().catch(() => null)) as { ok: boolean; data?: { id: string; fileName: string }; message?: string } | null;
    if (!json?.ok || !json.data) {
      setUpload({ state: "failed", message: json?.message ?? p.outcomeForm.uploadFailed });
      return;
    }
    setValue("documentId", json.data.id);
    clearErrors("documentId");
    setUpload({ state: "done", name: json.data.fileName });
  };

  const onSubmit = handleSubmit((values) => {
    setRefusal(null);
    // Only what this outcome needs goes to the server.
    setPending(
      values.outcome === "RECOGNISED"
        ? { pushId: values.pushId, outcome: values.outcome, outcomeOn: values.outcomeOn, issuingBody: values.issuingBody, documentNo: values.documentNo, documentId: values.documentId, note: values.note }
        : { pushId: values.pushId, outcome: values.outcome, outcomeOn: values.outcomeOn, note: values.note },
    );
  });

  const confirm = async () => {
    setBusy(true);
    const result = await action(pending);
    setBusy(false);
    setPending(null);
    if (result.ok) {
      router.replace(`${pathname}?done=push-outcome`, { scroll: false });
      router.refresh();
      return;
    }
    setRefusal({ code: result.code, message: result.message });
    for (const [field, list] of Object.entries(result.fieldErrors ?? {})) {
      if ((FIELDS as readonly string[]).includes(field)) setError(field as Field, { message: list[0] });
    }
  };

  const uploadStatusId = `${fileId}-status`;
  const documentError = errors.documentId?.message;

  return (
    <section aria-labelledby={`${base}-title`} className="mt-3 rounded border border-amber-200 bg-amber-50/40 p-4" data-testid="push-outcome-form">
      <h3 id={`${base}-title`} className="font-semibold text-slate-900">{p.outcomeForm.title(push.toLevelLabel)}</h3>
      <p className="mt-1 text-sm text-slate-600">{p.outcomeForm.hint}</p>
      <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3" aria-labelledby={`${base}-title`}>
        <RefusalAlert refusal={refusal} />
        <fieldset aria-describedby={errors.outcome ? `${base}-outcome-error` : undefined}>
          <legend className="text-sm font-medium text-slate-800">
            {f.outcome}
            <span className="ml-0.5 text-red-700" aria-hidden="true">*</span>
          </legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {(["RECOGNISED", "NOT_RECOGNISED"] as const).map((value) => (
              <label key={value} className="inline-flex min-h-10 items-center gap-2 text-sm text-slate-900">
                <input type="radio" value={value} className="h-4 w-4" {...register("outcome")} />
                {p.outcome[value]}
              </label>
            ))}
          </div>
          <p id={`${base}-outcome-error`} className="min-h-4 text-xs text-red-700" aria-live="polite">{errors.outcome?.message ?? ""}</p>
        </fieldset>
        <TextField id={`${base}-date`} type="date" label={f.outcomeOn} required min={push.pushedOn} max={shanghaiToday()} error={errors.outcomeOn?.message} {...register("outcomeOn")} />
        {recognised ? (
          <>
            <TextField id={`${base}-body`} label={f.issuingBody} required maxLength={100} error={errors.issuingBody?.message} {...register("issuingBody")} />
            <TextField id={`${base}-number`} label={f.documentNo} required maxLength={100} error={errors.documentNo?.message} {...register("documentNo")} />
            <FieldShell id={fileId} label={f.documentId} required error={documentError ?? (upload.state === "failed" ? upload.message : undefined)}>
              <input
                id={fileId}
                type="file"
                accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                className={controlClass}
                aria-required
                aria-invalid={documentError || upload.state === "failed" ? true : undefined}
                aria-describedby={[uploadStatusId, describedBy(fileId, { error: documentError ?? upload.message })].filter(Boolean).join(" ")}
                disabled={upload.state === "uploading"}
                onChange={(e) => void onFile(e.currentTarget.files?.[0])}
              />
              <p id={uploadStatusId} className="text-xs text-slate-600" aria-live="polite" data-testid="push-outcome-upload-status">
                {upload.state === "uploading" ? p.outcomeForm.uploading : upload.state === "done" && upload.name ? p.outcomeForm.uploaded(upload.name) : ""}
              </p>
            </FieldShell>
            <input type="hidden" {...register("documentId")} />
          </>
        ) : null}
        <TextAreaField id={`${base}-note`} label={f.note} required={!recognised} maxLength={1000} rows={3} error={errors.note?.message} {...register("note")} />
        <Button type="submit" disabled={upload.state === "uploading"}>{p.outcomeForm.submit}</Button>
      </form>
      <ConfirmDialog
        open={pending !== null}
        title={p.outcomeForm.confirmTitle}
        confirmLabel={p.outcomeForm.submit}
        cancelLabel={p.common.cancel}
        busyLabel={p.common.working}
        busy={busy}
        tone={pending?.outcome === "NOT_RECOGNISED" ? "danger" : "primary"}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        <p>{pending?.outcome === "NOT_RECOGNISED" ? p.outcomeForm.confirmNotRecognised(brandName, push.toLevelLabel) : p.outcomeForm.confirmRecognised(brandName, push.toLevelLabel)}</p>
      </ConfirmDialog>
    </section>
  );
}
