"use client";

import { useTransition } from "react";
import { markAllReadAction } from "@/app/(portal)/notifications/actions";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { Button } from "@/components/ui/button";

export function MarkAllReadButton() {
  const [pending, startTransition] = useTransition();
  return (
    <Button variant="secondary" disabled={pending} onClick={() => startTransition(async () => void (await markAllReadAction()))}>
      {messages.notifications.markAllRead}
    </Button>
  );
}
