"use client";

import { messages } from "@/lib/i18n/messages.zh-CN";
import { Button } from "@/components/ui/button";

/** 打印 the recommendation form (the browser's print dialog; the page's own A4 stylesheet applies). */
export function PushPrintButton() {
  return (
    <Button onClick={() => window.print()} data-testid="push-print-button">
      {messages.pushes.package.print}
    </Button>
  );
}
