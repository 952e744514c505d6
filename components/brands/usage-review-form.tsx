"use client";

import { useState } from "react";
import { usePathname, useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { formatFenAsYuan } from "@/lib/domain/money";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { reviewUsageReportSchema, type ReviewUsageReportInput } from "@/lib/schemas/usage-report";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextAreaField } from "@/components/ui/field";
import { RefusalAlert, type Refusal } from "@/components/review/action-feedback";
import type { BrandAction } from "./types";

const r = messages.usageReports.review;

/** 审核 a submitted use report: 通过, or 退回 with the reason (required), each after a confirmation. */
export function UsageReviewForm({ reportId, sequence, totalFen, action }: { reportId: string; sequence: number; totalFen: number; action: BrandAction }) {
  const router = useRouter();
  const pathname = usePathname();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, setPending] = useState<ReviewUsageReportInput | null>(null);
  const [busy, setBusy] = useState(false);
  const idBase = `usage-review-${reportId}`;
  const {
    register,
    handleSubmit,
    setValue,
    setError,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(reviewUsageReportSchema),
    defaultValues: { reportId, decision: "accept" as const, comment: "" },
  });

  const decide = (decision: "accept" | "return") => {
    setValue("decision", decision);
    void handleSubmit((values) => {
      setRefusal(null);
      setPending(values);
    })();
  };

  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    const result = await action(pending);
    setBusy(false);
    const decision = pending.decision;
    setPending(null);
    if (result.ok) {
      router.replace(`${pathname}?done=usage-review-${decision}#usage-reports`, { scroll: false });
      router.refresh();
      return;
    }
    setRefusal({ code: result.code, message: result.message });
    const comment = result.fieldErrors?.comment?.[0];
    if (comment) setError("comment", { type: "server", message: comment });
  };

  const returning = pending?.decision === "return";
  return (
    <section aria-labelledby={`${idBase}-title`} className="mt-3 rounded border border-slate-200 bg-slate-50 p-3">
      <h5 id={`${idBase}-title`} className="text-sm font-semibold text-slate-900">
        {r.heading}（{messages.usageReports.report.sequence(sequence)}）
      </h5>
      <form noValidate onSubmit={(e) => e.preventDefault()} aria-labelledby={`${idBase}-title`} className="mt-2 space-y-2" data-testid="usage-review-form">
        <RefusalAlert refusal={refusal} />
        <input type="hidden" {...register("reportId")} />
        <TextAreaField id={`${idBase}-comment`} label={r.comment} hint={r.commentHint} rows={2} maxLength={1000} error={errors.comment?.message} {...register("comment")} />
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => decide("accept")}>{r.accept}</Button>
          <Button variant="danger" onClick={() => decide("return")}>
            {r.return}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={pending !== null}
        title={returning ? r.confirmReturnTitle : r.confirmAcceptTitle}
        confirmLabel={returning ? r.return : r.accept}
        cancelLabel={messages.usageReports.form.cancel}
        busyLabel={messages.usageReports.form.submitting}
        tone={returning ? "danger" : "primary"}
        busy={busy}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        <p>{returning ? r.confirmReturnBody : r.confirmAcceptBody(formatFenAsYuan(totalFen))}</p>
      </ConfirmDialog>
    </section>
  );
}
