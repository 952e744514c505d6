"use client";

import { useMemo, useState } from "react";
import { usePathname, useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { withSplitRule, type AllocateAwardInput } from "@/lib/schemas/subsidy";
import { formatYuan } from "@/lib/domain/money";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextAreaField, TextField } from "@/components/ui/field";
import { RefusalAlert, type Refusal } from "@/components/review/action-feedback";
import type { BrandAction } from "./types";

const a = messages.subsidies.allocate;
const c = messages.subsidies.common;

type LeadUnit = { creditCode: string; unitName: string };

/**
 * 分配奖补 (S2, S3): one amount per lead unit at the award's level, the live sum against the award
 * and the difference, the basis, a confirmation; validated with the server's schema plus S3's
 * rule against this award (checkSubsidySplit), which the server checks again.
 */
export function AwardSplitForm({ awardId, amount, leadUnits, action }: { awardId: string; amount: number; leadUnits: readonly LeadUnit[]; action: BrandAction }) {
  const router = useRouter();
  const pathname = usePathname();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, setPending] = useState<AllocateAwardInput | null>(null);
  const [busy, setBusy] = useState(false);
  const schema = useMemo(() => withSplitRule({ amount, leadUnitCreditCodes: leadUnits.map((u) => u.creditCode) }), [amount, leadUnits]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<AllocateAwardInput>({
    resolver: zodResolver(schema),
    defaultValues: { awardId, basis: "", shares: leadUnits.map((u) => ({ creditCode: u.creditCode, amount: 0 })) },
  });
  const watched = useWatch({ control, name: "shares" });
  const sum = (watched ?? []).reduce((t, s) => t + (Number.isFinite(s?.amount) ? Number(s.amount) : 0), 0);
  const difference = amount - sum;
  const idBase = `split-${awardId}`;
  const sumError = errors.shares?.message ?? errors.shares?.root?.message;

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
      router.replace(`${pathname}?done=award-allocate`, { scroll: false });
      router.refresh();
      return;
    }
    setRefusal({ code: result.code, message: result.message });
    for (const [field, list] of Object.entries(result.fieldErrors ?? {})) {
      if (field === "basis" || field === "shares" || /^shares\.\d+\.(amount|creditCode)$/.test(field)) setError(field as "basis", { message: list[0] });
    }
  };

  if (leadUnits.length === 0) return <p className="text-sm text-slate-600">{a.noLeadUnits}</p>;

  return (
    <section aria-labelledby={`${idBase}-title`} className="rounded border border-slate-200 p-3 sm:p-4" data-testid="award-split-form">
      <h4 id={`${idBase}-title`} className="font-semibold text-slate-900">{a.title}</h4>
      <p className="mt-1 text-xs text-slate-600">{a.intro}</p>
      <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3" aria-label={a.title}>
        <RefusalAlert refusal={refusal} />
        <input type="hidden" {...register("awardId")} />
        <div className="grid gap-3 sm:grid-cols-2">
          {leadUnits.map((u, i) => (
            <div key={u.creditCode}>
              <input type="hidden" {...register(`shares.${i}.creditCode`)} />
              <TextField
                id={`${idBase}-share-${i}`}
                label={a.shareLabel(u.unitName)}
                type="number"
                inputMode="numeric"
                min={0}
                step={1}
                required
                error={errors.shares?.[i]?.amount?.message ?? errors.shares?.[i]?.creditCode?.message}
                data-testid={`split-share-${u.creditCode}`}
                {...register(`shares.${i}.amount`, { valueAsNumber: true })}
              />
            </div>
          ))}
        </div>
        <dl className="grid grid-cols-3 gap-2 rounded bg-slate-50 p-3 text-sm" aria-live="polite" id={`${idBase}-sum`}>
          <div>
            <dt className="text-xs text-slate-600">{a.sum}</dt>
            <dd className="font-semibold tabular-nums" data-testid="split-sum">{formatYuan(sum)}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600">{a.target}</dt>
            <dd className="font-semibold tabular-nums">{formatYuan(amount)}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600">{a.difference}</dt>
            <dd className={`font-semibold tabular-nums ${difference === 0 ? "text-green-800" : "text-red-700"}`} data-testid="split-difference">
              {difference === 0 ? a.balanced : formatYuan(difference)}
            </dd>
          </div>
        </dl>
        {sumError ? (
          <p className="text-xs text-red-700" role="alert">
            {sumError}
          </p>
        ) : null}
        <TextAreaField id={`${idBase}-basis`} label={a.basis} hint={a.basisHint} required maxLength={500} rows={3} error={errors.basis?.message} {...register("basis")} />
        <Button type="submit" data-testid="split-submit">
          {a.submit}
        </Button>
      </form>
      <ConfirmDialog open={pending !== null} title={a.confirmTitle} confirmLabel={a.submit} cancelLabel={c.cancel} busyLabel={c.working} busy={busy} onConfirm={confirm} onCancel={() => setPending(null)}>
        <p>{a.confirmBody}</p>
        <ul className="list-disc pl-5">
          {(pending?.shares ?? []).map((s) => (
            <li key={s.creditCode}>
              {leadUnits.find((u) => u.creditCode === s.creditCode)?.unitName ?? s.creditCode}：{formatYuan(s.amount)}
            </li>
          ))}
        </ul>
      </ConfirmDialog>
    </section>
  );
}
