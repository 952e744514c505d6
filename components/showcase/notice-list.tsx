import Link from "next/link";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { noticePath } from "@/lib/domain/public-paths";
import type { PublicNoticeSummary } from "@/lib/server/services/public/list-publicity-notices";

/** Notices as a government bulletin list: title link and publication date. */
export function NoticeList({ notices, headingLevel = 3 }: { notices: PublicNoticeSummary[]; headingLevel?: 2 | 3 }) {
  const m = messages.showcase.notices;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="divide-y divide-slate-200">
      {notices.map((n) => (
        <li key={n.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
          <Heading className="text-base font-medium leading-7 text-slate-900">
            <Link href={noticePath(n.id)} className="hover:text-brand-700 hover:underline">
              {n.title}
            </Link>
          </Heading>
          <p className="shrink-0 text-sm text-slate-600">
            <span className="sr-only">{m.published}：</span>
            {n.publishedOn}
          </p>
        </li>
      ))}
    </ul>
  );
}
