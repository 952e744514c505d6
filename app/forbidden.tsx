import Link from "next/link";
import { messages } from "@/lib/i18n/messages.zh-CN";

// Rendered with HTTP 403 when a signed-in user opens another role's page (forbidden()).
export default function Forbidden() {
  const m = messages.pages;
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-5xl font-black text-brand-700">403</p>
      <h1 className="mt-4 text-2xl font-bold text-slate-900">{m.forbiddenTitle}</h1>
      <p className="mt-2 text-slate-600">{m.forbiddenBody}</p>
      <div className="mt-6 flex justify-center gap-3">
        <Link href="/portal" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {m.backToPortal}
        </Link>
        <Link href="/" className="rounded border border-slate-300 bg-white px-4 py-2 font-semibold text-slate-800 hover:bg-slate-50">
          {m.backHome}
        </Link>
      </div>
    </div>
  );
}
