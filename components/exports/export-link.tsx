import { messages } from "@/lib/i18n/messages.zh-CN";

/**
 * 导出 Excel: a plain link carrying the list's current query (lib/domain/export-paths.ts
 * exportHref). A small export downloads at once; a large one lands on 导出记录.
 */
export function ExportLink({ href }: { href: string }) {
  return (
    <a
      href={href}
      title={messages.exports.buttonHint}
      data-testid="export-link"
      className="inline-flex min-h-10 items-center gap-1 whitespace-nowrap rounded border border-brand-600 bg-white px-3 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
        <path d="M10 2a1 1 0 0 1 1 1v8.59l2.3-2.3a1 1 0 1 1 1.4 1.42l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.42L9 11.6V3a1 1 0 0 1 1-1Zm-6 14a1 1 0 0 1 1-1h10a1 1 0 1 1 0 2H5a1 1 0 0 1-1-1Z" />
      </svg>
      {messages.exports.button}
    </a>
  );
}
