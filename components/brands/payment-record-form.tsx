"use client";

import { useMemo, useRef, useState } from "react";
import { usePathname, useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { recordPaymentSchema, type RecordPaymentInput } from "@/lib/schemas/subsidy";
import { formatYuan } from "@/lib/domain/money";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FieldShell, TextField, controlClass, describedBy } from "@/components/ui/field";
import { RefusalAlert, type Refusal } from "@/components/review/action-feedback";
import type { BrandAction } from "./types";

const p = messages.subsidies.recordPayment;
const e = messages.subsidies.errors;
const c = messages.subsidies.common;

type UploadResult = { ok: true; data: { id: string; fileName: string } } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** The voucher goes up first (POST /api/brands/:id/files, kind PAYMENT_VOUCHER, this share); the payment references it. */
async function uploadVoucher({ brandId, shareId, file }: { brandId: string; shareId: string; file: File }): Promise<UploadResult> {
  const body = new FormData();
  body.set("file", file);
  body.set("kind", "PAYMENT_VOUCHER");
  body.set("shareId", shareId);
  try {
    const response = await fetch(`/api/brands/${encodeURIComponent(brandId)}/files`, { method: "POST", body });
    const json = (await response.json().catch(() => null)) as UploadResult | null;
    return json && typeof json === "object" && "ok" in json ? json : { ok: false, message: p.uploadFailed };
  } catch {
    return { ok: false, message: p.uploadFailed };
  }
}

/**
 * 登记拨付 of one lead unit's share: date (not before the award date, not after today), amount
 * (at most what is unpaid), voucher number and the uploaded voucher, then a confirmation. The
 * server's schema validates it here, with the two date bounds and the unpaid amount this page knows.
 */
export function PaymentRecordForm({
  brandId,
  shareId,
  unitName,
  unpaid,
  awardedOn,
  today,
  action,
}: {
  brandId: string;
  shareId: string;
  unitName: string;
  unpaid: number;
  /** YYYY-MM-DD, or null before approval (the server refuses then anyway). */
  awardedOn: string | null;
  /** Today in Shanghai, YYYY-MM-DD. */
  today: string;
  action: BrandAction;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const fileRef = useRef<HTMLInputElement>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, setPending] = useState<RecordPaymentInput | null>(null);
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [uploadedName, setUploadedName] = useState<string | null>(null);
  const schema = useMemo(
    () =>
      recordPaymentSchema.superRefine((v, ctx) => {
        if (v.paidOn > today) ctx.addIssue({ code: "custom", path: ["paidOn"], message: e.paidOnFuture });
        if (awardedOn && v.paidOn < awardedOn) ctx.addIssue({ code: "custom", path: ["paidOn"], message: e.paidOnBeforeAward(awardedOn) });
        if (v.amount > unpaid) ctx.addIssue({ code: "custom", path: ["amount"], message: e.paymentAboveShare(formatYuan(unpaid)) });
      }),
    [today, awardedOn, unpaid],
  );
  const {
    register,
    handleSubmit,
    setValue,
    setError,
    clearErrors,
    reset,
    formState: { errors },
  } = useForm<RecordPaymentInput>({
    resolver: zodResolver(schema),
    defaultValues: { shareId, paidOn: today, amount: unpaid, voucherNo: "", voucherId: "" },
  });
  const idBase = `payment-${shareId}`;
  const fileId = `${idBase}-voucher`;
  const fileError = errors.voucherId?.message;

  const onFile = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setValue("voucherId", "");
    setUploadedName(null);
    if (!file) return;
    setUploading(true);
    const result = await uploadVoucher({ brandId, shareId, file });
    setUploading(false);
    if (!result.ok) {
      setError("voucherId", { message: result.fieldErrors?.file?.[0] ?? result.message });
      if (fileRef.current) fileRef.current.value = "";
      return;
    }
    clearErrors("voucherId");
    setValue("voucherId", result.data.id);
    setUploadedName(result.data.fileName);
  };

  const onSubmit = handleSubmit((values) => {
    setRefusal(null);
    setPending(values);
  });

  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    const result = await action(pending);
    setBusy(false);
    setPending(null);
    if (result.ok) {
      reset();
      setUploadedName(null);
      if (fileRef.current) fileRef.current.value = "";
      router.replace(`${pathname}?done=payment-record`, { scroll: false });
      router.refresh();
      return;
    }
    setRefusal({ code: result.code, message: result.message });
    for (const [field, list] of Object.entries(result.fieldErrors ?? {})) {
      if (field === "paidOn" || field === "amount" || field === "voucherNo" || field === "voucherId") setError(field, { message: list[0] });
    }
  };

  return (
    <details className="rounded border border-slate-200 bg-white p-3" data-testid={`payment-form-${shareId}`}>
      <summary className="cursor-pointer text-sm font-semibold text-brand-700">{p.title(unitName)}</summary>
      <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3" aria-label={p.title(unitName)}>
        <RefusalAlert refusal={refusal} />
        <input type="hidden" {...register("shareId")} />
        <input type="hidden" {...register("voucherId")} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            id={`${idBase}-paidOn`}
            label={p.paidOn}
            type="date"
            required
            min={awardedOn ?? undefined}
            max={today}
            hint={awardedOn ? p.paidOnHint(awardedOn) : undefined}
            error={errors.paidOn?.message}
            {...register("paidOn")}
          />
          <TextField
            id={`${idBase}-amount`}
            label={p.amount}
            type="number"
            inputMode="numeric"
            min={1}
            max={unpaid}
            step={1}
            required
            hint={p.amountHint(formatYuan(unpaid))}
            error={errors.amount?.message}
            {...register("amount", { valueAsNumber: true })}
          />
          <TextField id={`${idBase}-voucherNo`} label={p.voucherNo} required maxLength={50} error={errors.voucherNo?.message} {...register("voucherNo")} />
          <FieldShell id={fileId} label={p.voucherFile} required error={fileError} hint={uploading ? p.uploading : uploadedName ? p.voucherUploaded(uploadedName) : undefined}>
            <input
              ref={fileRef}
              id={fileId}
              type="file"
              accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
              aria-invalid={fileError ? true : undefined}
              aria-required
              aria-describedby={describedBy(fileId, { hint: uploading || uploadedName, error: fileError })}
              className={controlClass}
              onChange={onFile}
              data-testid={`payment-voucher-${shareId}`}
            />
          </FieldShell>
        </div>
        <Button type="submit" disabled={uploading} data-testid={`payment-submit-${shareId}`}>
          {p.submit}
        </Button>
      </form>
      <ConfirmDialog open={pending !== null} title={p.confirmTitle} confirmLabel={p.submit} cancelLabel={c.cancel} busyLabel={c.working} busy={busy} onConfirm={confirm} onCancel={() => setPending(null)}>
        <p>{pending ? p.confirmBody(unitName, formatYuan(pending.amount), pending.paidOn) : null}</p>
      </ConfirmDialog>
    </details>
  );
}
