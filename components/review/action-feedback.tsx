"use client";

import { useRouter } from "next/navigation";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export type Refusal = { code: string; message: string };

/** A refused action: a moved state (STALE_STATE) gets its own prominent notice with a refresh. */
export function RefusalAlert({ refusal }: { refusal: Refusal | null }) {
  const router = useRouter();
  if (!refusal) return null;
  if (refusal.code === "STALE_STATE") {
    return (
      <Alert tone="error" title={refusal.message || messages.reviewUi.actions.stale}>
        <Button variant="secondary" className="mt-2" onClick={() => router.refresh()}>
          {messages.reviewUi.actions.refresh}
        </Button>
      </Alert>
    );
  }
  return <Alert tone="error">{refusal.message}</Alert>;
}
