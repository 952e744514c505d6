"use client";

import { useTransition } from "react";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { Button } from "@/components/ui/button";

/** The server action comes from the route (components never import app/). */
export function MarkAllReadButton({ markAllRead }: { markAllRead: () => Promise<unknown> }) {
  const [pending, startTransition] = useTransition();
  return (
    <Button variant="secondary" disabled={pending} onClick={() => startTransition(async () => void (await markAllRead()))}>
      {messages.notifications.markAllRead}
    </Button>
  );
}
