"use client";

import Link from "next/link";
import { pagesMessages } from "@/lib/i18n/zh-CN/pages";

// Never shows the error's message: it may carry internals. The digest lets staff find the log line.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const m = pagesMessages;
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold text-slate-900">{m.errorTitle}</h1>
      <p className="mt-2 text-slate-600">{m.errorBody}</p>
      {error.digest ? <p className="mt-2 font-mono text-xs text-slate-400">{error.digest}</p> : null}
      <div className="mt-6 flex justify-center gap-3">
        <button type="button" onClick={reset} className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {m.retry}
        </button>
        <Link href="/" className="rounded border border-slate-300 bg-white px-4 py-2 font-semibold text-slate-800">
          {m.backHome}
        </Link>
      </div>
    </main>
  );
}
