"use client";

import { messages } from "@/lib/i18n/messages.zh-CN";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "sans-serif", textAlign: "center", padding: "4rem 1rem" }}>
        <h1>{messages.pages.errorTitle}</h1>
        <p>{messages.pages.errorBody}</p>
        <button type="button" onClick={reset}>
          {messages.pages.retry}
        </button>
      </body>
    </html>
  );
}
