"use client";

import { pagesMessages } from "@/lib/i18n/zh-CN/pages";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "sans-serif", textAlign: "center", padding: "4rem 1rem" }}>
        <h1>{pagesMessages.errorTitle}</h1>
        <p>{pagesMessages.errorBody}</p>
        <button type="button" onClick={reset}>
          {pagesMessages.retry}
        </button>
      </body>
    </html>
  );
}
