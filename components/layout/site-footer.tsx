import { messages } from "@/lib/i18n/messages.zh-CN";

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600">
        <p>{messages.site.footer}</p>
        <p className="mt-1">{messages.site.fullName}</p>
      </div>
    </footer>
  );
}
