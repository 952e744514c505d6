import Link from "next/link";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { SiteHeader } from "@/components/layout/site-header";

export default function NotFound() {
  const m = messages.pages;
  return (
    <div className="min-h-screen">
      <SiteHeader />
      <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
        <p className="text-5xl font-black text-brand-700">404</p>
        <h1 className="mt-4 text-2xl font-bold text-slate-900">{m.notFoundTitle}</h1>
        <p className="mt-2 text-slate-600">{m.notFoundBody}</p>
        <Link href="/" className="mt-6 inline-block rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {m.backHome}
        </Link>
      </main>
    </div>
  );
}
