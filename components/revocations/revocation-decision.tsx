"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { ActionResult } from "@/lib/domain/app-error";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { withdrawRevocationSchema } from "@/lib/schemas/revocation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextAreaField } from "@/components/ui/field";
import { RefusalAlert, type Refusal } from "@/components/review/action-feedback";

const a = messages.revocations.actions;
const r = messages.revocations;
type Action = (input: unknown) => Promise<ActionResult<unknown>>;

/**
 * 复核确认撤销 and 撤回 on a proposal. The confirm button shows to every bureau official (the
 * proposer sees a hint that a second official must confirm; if they still click, the server's
 * four-eyes refusal is shown); a confirmation dialog says it is irreversible. Withdrawal needs a reason.
 */
export function RevocationDecision({ revocationId, isProposer, confirmAction, withdrawAction, effectSummary }: { revocationId: string; isProposer: boolean; confirmAction: Action; withdrawAction: Action; effectSummary: string[] }) {
  const router = useRouter();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [showWithdraw, setShowWithdraw] = useState(false);
  const { register, handleSubmit, setError, formState: { errors } } = useForm({ resolver: zodResolver(withdrawRevocationSchema), defaultValues: { revocationId, comment: "" } });

  const finish = (result: ActionResult<unknown>, done: string) => {
    if (result.ok) {
      router.replace(`/bureau/revocations/${revocationId}?done=${done}`, { scroll: false });
      router.refresh();
      return;
    }
    setRefusal({ code: result.code, message: result.message });
    const comment = result.fieldErrors?.comment?.[0];
    if (comment) setError("comment", { message: comment });
  };

  const confirm = async () => {
    setBusy(true);
    const result = await confirmAction({ revocationId });
    setBusy(false);
    setConfirming(false);
    finish(result, "confirmed");
  };
  const withdraw = async () => {
    setBusy(true);
    const result = await withdrawAction({ revocationId, comment: withdrawing });
    setBusy(false);
    setWithdrawing(null);
    finish(result, "withdrawn");
  };

  return (
    <section aria-labelledby="revocation-decision-heading" className="space-y-3 rounded-lg border border-amber-200 bg-amber-50/40 p-4" data-testid="revocation-decision">
      <h2 id="revocation-decision-heading" className="text-lg font-semibold text-slate-900">{a.confirm}</h2>
      <RefusalAlert refusal={refusal} />
      {isProposer ? <p className="text-sm text-amber-900" data-testid="proposer-hint">{a.proposerHint}</p> : null}
      <div className="flex flex-wrap gap-2">
        <Button variant="danger" onClick={() => { setRefusal(null); setConfirming(true); }}>{a.confirm}</Button>
        <Button variant="secondary" onClick={() => setShowWithdraw((v) => !v)} aria-expanded={showWithdraw} aria-controls="revocation-withdraw-form">{a.withdraw}</Button>
      </div>
      {showWithdraw ? (
        <form id="revocation-withdraw-form" noValidate className="space-y-2" onSubmit={handleSubmit((v) => { setRefusal(null); setWithdrawing(v.comment); })}>
          <TextAreaField id="revocation-withdraw-comment" label={r.fields.comment} required maxLength={500} rows={3} error={errors.comment?.message} {...register("comment")} />
          <Button type="submit" variant="secondary">{a.withdraw}</Button>
        </form>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={a.confirmTitle}
        confirmLabel={a.confirmYes}
        cancelLabel={r.common.cancel}
        busyLabel={r.common.working}
        busy={busy}
        tone="danger"
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
      >
        <p>{a.confirmBody}</p>
        {effectSummary.length > 0 ? (
          <ul className="list-disc space-y-1 pl-5">
            {effectSummary.map((line) => <li key={line}>{line}</li>)}
          </ul>
        ) : null}
        <p className="font-semibold text-red-800">{r.detail.irreversible}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={withdrawing !== null}
        title={a.withdrawTitle}
        confirmLabel={a.withdrawYes}
        cancelLabel={r.common.cancel}
        busyLabel={r.common.working}
        busy={busy}
        onConfirm={withdraw}
        onCancel={() => setWithdrawing(null)}
      >
        <p>{withdrawing}</p>
      </ConfirmDialog>
    </section>
  );
}
