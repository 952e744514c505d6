"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { ActionResult } from "@/lib/domain/app-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

const m = messages.applicationFormUi.view;

/** 撤回申报, after a confirmation; an optional reason goes into the timeline. */
export function WithdrawButton({ applicationId, action }: { applicationId: string; action: (input: { applicationId: string; comment: string }) => Promise<ActionResult<{ status: string }>> }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    const result = await action({ applicationId, comment: reason });
    setBusy(false);
    setOpen(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setError(null);
    router.refresh();
  };

  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button variant="danger" onClick={() => setOpen(true)} className="w-full sm:w-auto">
        {m.withdraw}
      </Button>
      <ConfirmDialog open={open} title={m.withdrawTitle} confirmLabel={busy ? m.withdrawing : m.withdrawConfirm} cancelLabel={m.cancel} busy={busy} tone="danger" onConfirm={confirm} onCancel={() => setOpen(false)}>
        <p>{m.withdrawBody}</p>
        <label htmlFor="withdraw-reason" className="block font-medium text-slate-800">
          {m.withdrawReason}
        </label>
        <textarea
          id="withdraw-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={2000}
          rows={3}
          className="block w-full rounded border border-slate-300 px-3 py-2 text-base sm:text-sm"
        />
      </ConfirmDialog>
    </div>
  );
}
