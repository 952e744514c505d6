"use client";

import { useState } from "react";
import { usePathname, useRouter } from "next/navigation";
import { useFieldArray, useForm, useWatch, type FieldPath } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { formatFenAsYuan } from "@/lib/domain/money";
import { PAYMENT_METHODS, USAGE_PURPOSES } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { MAX_USAGE_LINES, usageReportLinesSchema, YUAN_AMOUNT, yuanToFen, type UsageLineInput, type UsageReportLinesInput } from "@/lib/schemas/usage-report";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { RefusalAlert, type Refusal } from "@/components/review/action-feedback";
import type { BrandAction } from "./types";

const u = messages.usageReports;
const PURPOSE_OPTIONS = USAGE_PURPOSES.map((p) => ({ value: p.code, label: p.label }));
// 现金 is offered on purpose: the server refuses it at the line, naming S7.
const METHOD_OPTIONS = PAYMENT_METHODS.map((p) => ({ value: p.code, label: p.label }));

const emptyLine = (): UsageLineInput => ({ spentOn: "", purpose: "", amount: "", paymentMethod: "", payee: "", description: "", voucherId: "" });

type Target = { kind: "submit"; shareId: string } | { kind: "resubmit"; reportId: string };

type Props = {
  brandId: string;
  /** The share the report is about (vouchers are uploaded for it). */
  shareId: string;
  target: Target;
  /** Received and not yet reported, in fen: the ceiling of this report (S8). */
  remainingFen: number;
  /** A returned report's lines, to correct. */
  initialLines?: UsageLineInput[];
  action: BrandAction;
};

/** The live total of the lines whose amount reads (fen, exact). */
function totalOf(lines: readonly { amount?: string }[] | undefined): number {
  return (lines ?? []).reduce((sum, l) => sum + (l.amount && YUAN_AMOUNT.test(l.amount.trim()) ? yuanToFen(l.amount) : 0), 0);
}

/**
 * 资金使用报告 (S5–S8): the lines of spending with the shared zod schema, a live total against
 * what remains, vouchers uploaded as the lines are filled, a confirmation, and the server's rule
 * findings placed at their lines (S6 at the date, S7 at the payment method, S8 at the total).
 */
export function UsageReportForm({ brandId, shareId, target, remainingFen, initialLines, action }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, setPending] = useState<UsageReportLinesInput | null>(null);
  const [busy, setBusy] = useState(false);
  const [uploads, setUploads] = useState<Record<string, { state: "uploading" | "done" | "failed"; name?: string }>>({});
  const idBase = target.kind === "submit" ? `usage-new-${shareId}` : `usage-fix-${target.reportId}`;
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    clearErrors,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(usageReportLinesSchema),
    defaultValues: { lines: initialLines && initialLines.length > 0 ? initialLines : [emptyLine()] },
  });
  const { fields, append, remove } = useFieldArray({ control, name: "lines" });
  const watched = useWatch({ control, name: "lines" });
  const totalFen = totalOf(watched);
  const over = totalFen > remainingFen;

  const onSubmit = handleSubmit((values) => {
    setRefusal(null);
    setPending(values as UsageReportLinesInput);
  });

  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    const input = target.kind === "submit" ? { shareId: target.shareId, ...pending } : { reportId: target.reportId, ...pending };
    const result = await action(input);
    setBusy(false);
    setPending(null);
    if (result.ok) {
      router.replace(`${pathname}?done=${target.kind === "submit" ? "usage-report" : "usage-report-resubmit"}#usage-reports`, { scroll: false });
      router.refresh();
      return;
    }
    setRefusal({ code: result.code, message: result.message });
    for (const [field, fieldMessages] of Object.entries(result.fieldErrors ?? {})) {
      if (field === "lines" || /^lines\.\d+\.\w+$/.test(field)) {
        setError(field as FieldPath<UsageReportLinesInput>, { type: "server", message: fieldMessages.join("；") });
      }
    }
  };

  async function upload(index: number, key: string, file: File | undefined) {
    if (!file) return;
    setUploads((s) => ({ ...s, [key]: { state: "uploading" } }));
    const body = new FormData();
    body.set("file", file);
    body.set("kind", "USAGE_VOUCHER");
    body.set("shareId", shareId);
    const response = await fetch(`/api/brands/${encodeURIComponent(brandId)}/files`, { method: "POST", body }).catch(() => null);
    const json = (await response?.json().catch(() => null)) as { ok?: boolean; data?: { id?: string }; message?: string } | null;
    if (json?.ok && json.data?.id) {
      setValue(`lines.${index}.voucherId`, json.data.id, { shouldDirty: true });
      clearErrors(`lines.${index}.voucherId`);
      setUploads((s) => ({ ...s, [key]: { state: "done", name: file.name } }));
    } else {
      setError(`lines.${index}.voucherId`, { type: "server", message: json?.message ?? u.form.uploadFailed });
      setUploads((s) => ({ ...s, [key]: { state: "failed" } }));
    }
  }

  const linesError = errors.lines?.message ?? errors.lines?.root?.message;
  const heading = target.kind === "submit" ? u.form.heading : u.form.resubmitHeading;

  return (
    <section aria-labelledby={`${idBase}-title`} className="mt-4 rounded border border-brand-200 bg-brand-50/30 p-3 sm:p-4">
      <h4 id={`${idBase}-title`} className="font-semibold text-slate-900">
        {heading}
      </h4>
      <form onSubmit={onSubmit} noValidate aria-labelledby={`${idBase}-title`} className="mt-3 space-y-4" data-testid={target.kind === "submit" ? "usage-report-form" : "usage-resubmit-form"}>
        <RefusalAlert refusal={refusal} />
        {fields.map((item, index) => {
          const lineErrors = errors.lines?.[index];
          const fid = (name: string) => `${idBase}-${index}-${name}`;
          const voucherId = watched?.[index]?.voucherId;
          const uploadState = uploads[item.id];
          return (
            <fieldset key={item.id} className="space-y-2 rounded border border-slate-200 bg-white p-3" data-testid={`usage-line-${index}`}>
              <legend className="px-1 text-sm font-medium text-slate-800">{u.line.heading(index + 1)}</legend>
              <div className="grid gap-x-3 sm:grid-cols-2 lg:grid-cols-3">
                <TextField id={fid("spentOn")} type="date" label={u.line.spentOn} required error={lineErrors?.spentOn?.message} {...register(`lines.${index}.spentOn`)} />
                <SelectField id={fid("purpose")} label={u.line.purpose} required placeholder={u.line.choose} options={PURPOSE_OPTIONS} error={lineErrors?.purpose?.message} {...register(`lines.${index}.purpose`)} />
                <TextField
                  id={fid("amount")}
                  label={u.line.amount}
                  required
                  inputMode="decimal"
                  autoComplete="off"
                  hint={index === 0 ? u.form.amountHint : undefined}
                  error={lineErrors?.amount?.message}
                  {...register(`lines.${index}.amount`)}
                />
                <SelectField id={fid("paymentMethod")} label={u.line.paymentMethod} required placeholder={u.line.choose} options={METHOD_OPTIONS} error={lineErrors?.paymentMethod?.message} {...register(`lines.${index}.paymentMethod`)} />
                <TextField id={fid("payee")} label={u.line.payee} required maxLength={100} error={lineErrors?.payee?.message} {...register(`lines.${index}.payee`)} />
                <div className="space-y-1">
                  <label htmlFor={fid("voucher")} className="block text-sm font-medium text-slate-800">
                    {u.line.voucher}
                  </label>
                  <input type="hidden" {...register(`lines.${index}.voucherId`)} />
                  <input
                    id={fid("voucher")}
                    type="file"
                    accept="application/pdf,image/jpeg,image/png"
                    aria-describedby={`${fid("voucher")}-status ${fid("voucher")}-error`}
                    aria-invalid={lineErrors?.voucherId ? true : undefined}
                    className="block w-full text-sm file:mr-2 file:rounded file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5"
                    onChange={(e) => void upload(index, item.id, e.target.files?.[0])}
                  />
                  <p id={`${fid("voucher")}-status`} className="text-xs text-slate-600" aria-live="polite">
                    {uploadState?.state === "uploading" ? u.form.uploading : null}
                    {voucherId && uploadState?.state !== "uploading" ? (
                      <>
                        <a href={`/api/brand-files/${encodeURIComponent(voucherId)}`} className="text-brand-700 underline-offset-2 hover:underline" target="_blank" rel="noreferrer">
                          {uploadState?.name ? `${u.form.uploaded}：${uploadState.name}` : u.line.voucherLink}
                        </a>
                        <button
                          type="button"
                          className="ml-2 text-slate-600 underline underline-offset-2"
                          onClick={() => {
                            setValue(`lines.${index}.voucherId`, "", { shouldDirty: true });
                            setUploads(({ [item.id]: _removed, ...rest }) => rest);
                          }}
                        >
                          {u.form.removeVoucher}
                        </button>
                      </>
                    ) : null}
                  </p>
                  <p id={`${fid("voucher")}-error`} className="min-h-4 text-xs text-red-700" aria-live="polite">
                    {lineErrors?.voucherId?.message ?? ""}
                  </p>
                </div>
              </div>
              <TextAreaField id={fid("description")} label={u.line.description} rows={2} maxLength={500} error={lineErrors?.description?.message} {...register(`lines.${index}.description`)} />
              {fields.length > 1 ? (
                <Button variant="secondary" onClick={() => remove(index)} aria-label={u.form.removeLine(index + 1)}>
                  {u.form.removeLine(index + 1)}
                </Button>
              ) : null}
            </fieldset>
          );
        })}
        {fields.length < MAX_USAGE_LINES ? (
          <Button variant="secondary" onClick={() => append(emptyLine(), { focusName: `lines.${fields.length}.spentOn` })}>
            {u.form.addLine}
          </Button>
        ) : null}
        <dl className="grid grid-cols-2 gap-3 rounded border border-slate-200 bg-white p-3 text-sm" aria-live="polite">
          <div>
            <dt className="text-slate-600">{u.form.total}</dt>
            <dd className={`font-semibold tabular-nums ${over ? "text-red-700" : "text-slate-900"}`} data-testid="usage-form-total">
              {formatFenAsYuan(totalFen)}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{u.form.remaining}</dt>
            <dd className="font-semibold tabular-nums text-slate-900" data-testid="usage-form-remaining">
              {formatFenAsYuan(remainingFen)}
            </dd>
          </div>
        </dl>
        {over ? <p className="text-sm text-amber-800">{u.form.overRemaining}</p> : null}
        <p id={`${idBase}-lines-error`} role={linesError ? "alert" : undefined} className="min-h-4 text-sm text-red-700">
          {linesError ?? ""}
        </p>
        <Button type="submit">{target.kind === "submit" ? u.form.submit : u.form.resubmit}</Button>
      </form>
      <ConfirmDialog
        open={pending !== null}
        title={u.form.confirmTitle}
        confirmLabel={u.form.confirm}
        cancelLabel={u.form.cancel}
        busyLabel={u.form.submitting}
        busy={busy}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        <p>{u.form.confirmBody(formatFenAsYuan(totalOf(pending?.lines)), pending?.lines.length ?? 0)}</p>
      </ConfirmDialog>
    </section>
  );
}
