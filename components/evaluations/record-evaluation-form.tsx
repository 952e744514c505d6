"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { z } from "zod";
import { zodResolver } from "@hookform/resolvers/zod";
import type { ActionResult } from "@/lib/domain/app-error";
import { shanghaiToday } from "@/lib/domain/dates";
import { banOf, EVALUATION_CRITERIA, parseCalendarDate } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { recordEvaluationResultSchema, type RecordEvaluationResultInput } from "@/lib/schemas/evaluation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SelectField, TextAreaField, TextField, controlClass } from "@/components/ui/field";
import { RefusalAlert, type Refusal } from "@/components/review/action-feedback";

const m = messages.evaluations;
type Key = "u1" | "u2" | "u3" | "u4";
const keyOf = (c: string) => c.toLowerCase() as Key;

type Values = { evaluationId: string; evaluatedOn: string; conclusion: string; reportFileId: string } & Record<`${Key}Pass`, "" | "pass" | "fail"> & Record<`${Key}Note`, string>;

/** The radio values as the server's input (合格 → true, 不合格 → false, unset → missing). */
const toInput = (v: Values): Record<string, unknown> => ({
  evaluationId: v.evaluationId,
  evaluatedOn: v.evaluatedOn,
  conclusion: v.conclusion,
  reportFileId: v.reportFileId,
  ...Object.fromEntries(EVALUATION_CRITERIA.flatMap((c) => [[`${keyOf(c)}Pass`, v[`${keyOf(c)}Pass`] === "" ? undefined : v[`${keyOf(c)}Pass`] === "pass"], [`${keyOf(c)}Note`, v[`${keyOf(c)}Note`]]])),
});

// The server's own schema, on the radio values turned into booleans.
const formSchema = z.preprocess((v: Values) => toInput(v), recordEvaluationResultSchema);

/**
 * 登记评估结果 (E3, E4): U1–U4 each 合格/不合格 with a note (required when failed), the conclusion
 * (required when any failed), the date held and, optionally, the report uploaded first. Asks for
 * confirmation; a fail names what follows: the title revoked and the unit barred until the date.
 */
export function RecordEvaluationForm({
  evaluationId,
  brandId,
  unitName,
  reports,
  action,
}: {
  evaluationId: string;
  brandId: string;
  unitName: string;
  reports: { id: string; fileName: string }[];
  action: (input: unknown) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, setPending] = useState<RecordEvaluationResultInput | null>(null);
  const [busy, setBusy] = useState(false);
  const [uploaded, setUploaded] = useState<{ id: string; fileName: string }[]>([]);
  const [upload, setUpload] = useState<string>("");
  const defaults = { evaluationId, evaluatedOn: shanghaiToday(), conclusion: "", reportFileId: "", u1Pass: "", u2Pass: "", u3Pass: "", u4Pass: "", u1Note: "", u2Note: "", u3Note: "", u4Note: "" } as Values;
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    control,
    formState: { errors },
  } = useForm<Values>({ defaultValues: defaults, resolver: zodResolver(formSchema) as unknown as Resolver<Values> });
  const values = useWatch({ control });


  // The resolver hands over the parsed input (booleans), typed here as the form's values.
  const onSubmit = handleSubmit((parsed) => {
    const v = parsed as unknown as RecordEvaluationResultInput;
    setRefusal(null);
    if (v.evaluatedOn > shanghaiToday()) {
      setError("evaluatedOn", { message: m.errors.evaluatedInFuture });
      return;
    }
    setPending(v);
  });

  const confirm = async () => {
    setBusy(true);
    const result = await action(pending);
    setBusy(false);
    setPending(null);
    if (result.ok) {
      router.refresh();
      return;
    }
    setRefusal({ code: result.code, message: result.message });
    for (const [field, list] of Object.entries(result.fieldErrors ?? {})) setError(field as keyof Values, { message: list[0] });
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setUpload(m.ui.uploading);
    const body = new FormData();
    body.set("file", file);
    body.set("kind", "EVALUATION_REPORT");
    const response = await fetch(`/api/brands/${encodeURIComponent(brandId)}/files`, { method: "POST", body }).catch(() => null);
    const json = (await response?.json().catch(() => null)) as { ok: boolean; data?: { id: string; fileName: string }; message?: string } | null;
    if (!json?.ok || !json.data) {
      setUpload(json?.message ?? m.ui.uploadFailed);
      return;
    }
    const saved = json.data;
    setUploaded((list) => [...list, saved]);
    setValue("reportFileId", saved.id);
    setUpload(m.ui.uploadedFile(saved.fileName));
  };

  const failed = pending ? EVALUATION_CRITERIA.some((c) => pending[`${keyOf(c)}Pass`] === false) : false;
  const evaluatedOn = pending ? parseCalendarDate(pending.evaluatedOn) : null;
  const ban = evaluatedOn?.ok ? banOf({ revokedOn: evaluatedOn.date }) : null;
  const anyFailed = EVALUATION_CRITERIA.some((c) => values[`${keyOf(c)}Pass`] === "fail");
  const reportOptions = [...reports, ...uploaded].map((r) => ({ value: r.id, label: r.fileName }));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="record-evaluation-form">
      <RefusalAlert refusal={refusal} />
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">{m.ui.criteriaTitle}</legend>
        {EVALUATION_CRITERIA.map((c) => {
          const k = keyOf(c);
          const passError = errors[`${k}Pass`]?.message;
          const isFail = values[`${k}Pass`] === "fail";
          return (
            <div key={c} className="rounded border border-slate-200 p-3">
              <fieldset aria-describedby={passError ? `${k}-pass-error` : undefined}>
                <legend className="text-sm font-medium text-slate-800">
                  {m.criteria[c]}
                  <span className="ml-0.5 text-red-700" aria-hidden="true">*</span>
                </legend>
                <div className="mt-1 flex flex-wrap gap-4">
                  {(["pass", "fail"] as const).map((v) => (
                    <label key={v} className="inline-flex min-h-10 items-center gap-2 text-sm text-slate-900">
                      <input type="radio" value={v} className="h-4 w-4" {...register(`${k}Pass`)} data-testid={`${k}-${v}`} />
                      {v === "pass" ? m.ui.pass : m.ui.fail}
                    </label>
                  ))}
                </div>
                <p id={`${k}-pass-error`} className="min-h-4 text-xs text-red-700" aria-live="polite">{passError ?? ""}</p>
              </fieldset>
              <TextAreaField id={`${k}-note`} label={m.fields.criterionNote(c)} required={isFail} maxLength={500} rows={2} error={errors[`${k}Note`]?.message} {...register(`${k}Note`)} />
            </div>
          );
        })}
      </fieldset>
      <TextField id="evaluated-on" type="date" label={m.fields.evaluatedOn} required max={shanghaiToday()} error={errors.evaluatedOn?.message} {...register("evaluatedOn")} />
      <TextAreaField id="conclusion" label={m.fields.conclusion} required={anyFailed} maxLength={1000} rows={3} error={errors.conclusion?.message} {...register("conclusion")} />
      <div className="space-y-2">
        <label htmlFor="report-upload" className="block text-sm font-medium text-slate-800">{m.ui.reportUpload}</label>
        <input id="report-upload" type="file" className={controlClass} aria-describedby="report-upload-status" onChange={(e) => void onFile(e.currentTarget.files?.[0])} />
        <p id="report-upload-status" className="text-xs text-slate-600" aria-live="polite">{upload || m.ui.reportHint}</p>
        {reportOptions.length > 0 ? (
          <SelectField id="report-file" label={m.fields.reportFileId} options={reportOptions} placeholder={m.ui.noReport} error={errors.reportFileId?.message} {...register("reportFileId")} />
        ) : null}
      </div>
      <Button type="submit">{m.ui.recordSubmit}</Button>
      <ConfirmDialog
        open={pending !== null}
        title={failed ? m.ui.recordFailConfirmTitle : m.ui.recordPassConfirmTitle}
        confirmLabel={m.ui.recordSubmit}
        cancelLabel={m.ui.cancelLabel}
        busyLabel={m.ui.working}
        busy={busy}
        tone={failed ? "danger" : "primary"}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        <p data-testid="record-confirm-text">{failed && ban ? m.ui.recordFailConfirm(unitName, ban.banLastDay, ban.mayApplyFrom) : m.ui.recordPassConfirm}</p>
      </ConfirmDialog>
    </form>
  );
}
