"use client";

import { useState } from "react";
import { usePathname, useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { pushBrandsSchema } from "@/lib/schemas/push";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextAreaField } from "@/components/ui/field";
import { RefusalAlert, type Refusal } from "@/components/review/action-feedback";
import type { BrandAction } from "./types";

const p = messages.pushes;

/** 推送至{上一级} from a brand's page (F4): the opinion, a confirmation, then the server action. */
export function PushForm({ brandId, brandName, targetLabel, action }: { brandId: string; brandName: string; targetLabel: string; action: BrandAction }) {
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
  } = useForm({ resolver: zodResolver(pushBrandsSchema), defaultValues: { brandIds: [brandId], opinion: "" } });

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
      router.replace(`${pathname}?done=push`, { scroll: false });
      router.refresh();
      return;
    }
    setRefusal({ code: result.code, message: result.message });
    const opinion = result.fieldErrors?.opinion?.[0];
    if (opinion) setError("opinion", { message: opinion });
  };

  return (
    <section aria-labelledby="push-form-title" className="mt-4 rounded border border-slate-200 p-4" data-testid="push-form">
      <h3 id="push-form-title" className="font-semibold text-slate-900">{p.push.title(targetLabel)}</h3>
      <p className="mt-1 text-sm text-slate-600">{p.push.hint}</p>
      <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3" aria-labelledby="push-form-title">
        <RefusalAlert refusal={refusal} />
        <TextAreaField id="push-opinion" label={p.fields.opinion} required maxLength={1000} rows={4} error={errors.opinion?.message ?? errors.brandIds?.message} {...register("opinion")} />
        <Button type="submit">{p.push.submit(targetLabel)}</Button>
      </form>
      <ConfirmDialog
        open={pending !== null}
        title={p.push.confirmTitle}
        confirmLabel={p.push.submit(targetLabel)}
        cancelLabel={p.common.cancel}
        busyLabel={p.common.working}
        busy={busy}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        <p>{p.push.confirmBody(brandName, targetLabel)}</p>
      </ConfirmDialog>
    </section>
  );
}
