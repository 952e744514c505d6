import Link from "next/link";
import { messages } from "@/lib/i18n/messages.zh-CN";

/** Page links that keep the current query string, so a list's state lives in its URL. */
export function Pagination({ page, pageCount, total, basePath, query = {} }: { page: number; pageCount: number; total: number; basePath: string; query?: Record<string, string | undefined> }) {
  const href = (p: number) => {
    const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1]));
    if (p > 1) params.set("page", String(p));
    else params.delete("page");
    const qs = params.toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };
  const c = messages.common;
  return (
    <nav aria-label="分页" className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700">
      <span>{c.total(total)}</span>
      <div className="flex items-center gap-2">
        {page > 1 ? (
          <Link className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50" href={href(page - 1)}>
            {c.previous}
          </Link>
        ) : null}
        <span aria-current="page">{c.page(page, Math.max(pageCount, 1))}</span>
        {page < pageCount ? (
          <Link className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50" href={href(page + 1)}>
            {c.next}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
