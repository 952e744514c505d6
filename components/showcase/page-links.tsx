import Link from "next/link";
import { messages } from "@/lib/i18n/messages.zh-CN";

/** Numbered page links (first, last and the neighbours of the current page), each a real URL. */
export function PageLinks({ page, pageCount, hrefOf }: { page: number; pageCount: number; hrefOf: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const c = messages.common;
  const wanted = new Set([1, pageCount, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pageCount));
  const pages = [...wanted].sort((a, b) => a - b);
  const item = "inline-flex min-h-10 min-w-10 items-center justify-center rounded border px-3 text-sm";
  return (
    <nav aria-label={messages.showcase.pagination.label} className="mt-6">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={hrefOf(page - 1)} rel="prev" className={`${item} border-slate-300 bg-white hover:border-brand-600 hover:text-brand-700`}>
              {c.previous}
            </Link>
          </li>
        ) : null}
        {pages.map((p, i) => (
          <li key={p} className="flex items-center gap-2">
            {i > 0 && p - (pages[i - 1] ?? p) > 1 ? <span aria-hidden="true" className="text-slate-500">…</span> : null}
            {p === page ? (
              <span aria-current="page" className={`${item} border-brand-600 bg-brand-600 font-semibold text-white`}>
                {p}
              </span>
            ) : (
              <Link href={hrefOf(p)} aria-label={c.page(p, pageCount)} className={`${item} border-slate-300 bg-white hover:border-brand-600 hover:text-brand-700`}>
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Link href={hrefOf(page + 1)} rel="next" className={`${item} border-slate-300 bg-white hover:border-brand-600 hover:text-brand-700`}>
              {c.next}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
