"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { pushBrandsSchema } from "@/lib/schemas/push";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { levelLabel } from "@/lib/domain/labels";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextAreaField } from "@/components/ui/field";
import { RefusalAlert, type Refusal } from "@/components/review/action-feedback";
import type { BrandAction } from "./types";

const b = messages.pushes.batch;
const p = messages.pushes;

export type PushCandidateView = { id: string; name: string; newCityName: string; fromLevel: string; toLevel: string };

/** 择优批量推送 on the bureau's brand list (F4): tick the brands, one opinion, a confirmation naming each. */
export function PushBatchForm({ candidates, action }: { candidates: readonly PushCandidateView[]; action: BrandAction }) {
  const router = useRouter();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, setPending] = useState<{ brandIds: string[]; opinion: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<number | null>(null);
  const {
    register,
    handleSubmit,
    setValue,
    setError,
    control,
    reset,
    formState: { errors },
  } = useForm({ resolver: zodResolver(pushBrandsSchema), defaultValues: { brandIds: [] as string[], opinion: "" } });
  const selected = useWatch({ control, name: "brandIds" });

  const toggle = (id: string, checked: boolean) => {
    const next = checked ? [...selected.filter((x) => x !== id), id] : selected.filter((x) => x !== id);
    setValue("brandIds", next, { shouldValidate: !!errors.brandIds });
  };

  const onSubmit = handleSubmit((values) => {
    setRefusal(null);
    setDone(null);
    setPending({ brandIds: values.brandIds, opinion: values.opinion });
  });

  const confirm = async () => {
    setBusy(true);
    const result = await action(pending);
    setBusy(false);
    const count = pending?.brandIds.length ?? 0;
    setPending(null);
    if (result.ok) {
      reset({ brandIds: [], opinion: "" });
      setDone(count);
      router.refresh();
      return;
    }
    setRefusal({ code: result.code, message: result.message });
    for (const field of ["brandIds", "opinion"] as const) {
      const message = result.fieldErrors?.[field]?.[0];
      if (message) setError(field, { message });
    }
  };

  const names = new Map(candidates.map((c) => [c.id, c]));
  const listError = errors.brandIds?.message;

  return (
    // Collapsed by default: the list below is what the page is for; pushing is a few times a year.
    <details className="group rounded border border-slate-200 bg-white p-4" data-testid="push-batch-form" open={done !== null || undefined}>
      <summary className="flex cursor-pointer list-none items-center justify-between gap-2">
        <h2 id="push-batch-title" className="text-lg font-semibold text-slate-900">{b.title}</h2>
        <span aria-hidden="true" className="text-sm text-brand-700 group-open:hidden">{b.open}</span>
      </summary>
      <p className="mt-1 text-sm text-slate-600">{b.hint}</p>
      {done !== null ? <div className="mt-3"><Alert tone="success">{b.done(done)}</Alert></div> : null}
      {candidates.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600" data-testid="push-batch-empty">{b.empty}</p>
      ) : (
        <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3" aria-labelledby="push-batch-title">
          <RefusalAlert refusal={refusal} />
          <fieldset aria-describedby={`push-batch-count${listError ? " push-batch-error" : ""}`}>
            <legend className="text-sm font-medium text-slate-800">
              {p.fields.brandIds}
              <span className="ml-0.5 text-red-700" aria-hidden="true">*</span>
            </legend>
            <ul className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
              {candidates.map((c) => (
                <li key={c.id}>
                  <label className="flex min-h-10 items-start gap-2 rounded border border-slate-200 p-2 text-sm hover:bg-slate-50">
                    <input type="checkbox" className="mt-0.5 h-4 w-4" value={c.id} checked={selected.includes(c.id)} onChange={(e) => toggle(c.id, e.currentTarget.checked)} />
                    <span>
                      <span className="font-medium text-slate-900">{b.select(c.name, levelLabel(c.fromLevel), levelLabel(c.toLevel))}</span>
                      <span className="block text-xs text-slate-500">{c.newCityName}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            <p id="push-batch-count" className="mt-1 text-xs text-slate-600" aria-live="polite">{b.selected(selected.length)}</p>
            <p id="push-batch-error" className="min-h-4 text-xs text-red-700" aria-live="polite">{listError ?? ""}</p>
          </fieldset>
          <TextAreaField id="push-batch-opinion" label={p.fields.opinion} required maxLength={1000} rows={3} error={errors.opinion?.message} {...register("opinion")} />
          <Button type="submit">{b.submit}</Button>
        </form>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={b.confirmTitle}
        confirmLabel={b.submit}
        cancelLabel={p.common.cancel}
        busyLabel={p.common.working}
        busy={busy}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        <p>{b.confirmBody(pending?.brandIds.length ?? 0)}</p>
        <ul className="list-disc space-y-1 pl-5" data-testid="push-batch-confirm-list">
          {(pending?.brandIds ?? []).map((id) => {
            const c = names.get(id);
            return <li key={id}>{c ? b.select(c.name, levelLabel(c.fromLevel), levelLabel(c.toLevel)) : id}</li>;
          })}
        </ul>
      </ConfirmDialog>
    </details>
  );
}
