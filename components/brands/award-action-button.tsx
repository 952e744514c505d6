"use client";

import { useState } from "react";
import { usePathname, useRouter } from "next/navigation";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { RefusalAlert, type Refusal } from "@/components/review/action-feedback";
import type { BrandAction } from "./types";

const c = messages.subsidies.common;

/**
 * One irreversible step on a subsidy record (审批 an award, 确认收款 of a payment): a button, a
 * confirmation dialog, then the server action with `input`; the server's refusal is shown beside
 * the button, a success refreshes the page.
 */
export function AwardActionButton({
  action,
  input,
  label,
  accessibleName,
  confirmTitle,
  confirmBody,
  done,
  testId,
}: {
  action: BrandAction;
  input: Record<string, string>;
  label: string;
  /** The button's accessible name when the visible label alone is ambiguous (several on a page). */
  accessibleName?: string;
  confirmTitle: string;
  confirmBody: React.ReactNode;
  /** The `done` marker the page shows its saved notice for. */
  done: string;
  testId?: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const confirm = async () => {
    setBusy(true);
    const result = await action(input);
    setBusy(false);
    setOpen(false);
    if (result.ok) {
      setRefusal(null);
      router.replace(`${pathname}?done=${done}`, { scroll: false });
      router.refresh();
      return;
    }
    setRefusal({ code: result.code, message: result.message });
  };

  return (
    <div className="space-y-2">
      <RefusalAlert refusal={refusal} />
      <Button onClick={() => setOpen(true)} aria-label={accessibleName} data-testid={testId}>
        {label}
      </Button>
      <ConfirmDialog open={open} title={confirmTitle} confirmLabel={label} cancelLabel={c.cancel} busyLabel={c.working} busy={busy} onConfirm={confirm} onCancel={() => setOpen(false)}>
        {confirmBody}
      </ConfirmDialog>
    </div>
  );
}
