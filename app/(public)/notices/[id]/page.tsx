import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { getPublicityNotice, noticeStatus } from "@/lib/server/services/public/list-publicity-notices";
import { pageMetadata } from "@/lib/server/services/public/seo";
import { brandPath, noticePath } from "@/lib/domain/public-paths";
import { Breadcrumb } from "@/components/showcase/breadcrumb";

// ISR, rendered on first visit (see lib/server/showcase-cache.ts).
export const revalidate = 10;
export const dynamicParams = true;
export function generateStaticParams(): { id: string }[] {
  return [];
}

type Props = { params: Promise<{ id: string }> };

const load = cache((id: string) => getPublicityNotice(id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const notice = await load((await params).id);
  if (!notice) return { title: messages.pages.notFoundTitle, robots: { index: false } };
  return pageMetadata({ title: notice.title, description: notice.body.slice(0, 110), path: noticePath(notice.id), type: "article" });
}

export default async function NoticePage({ params }: Props) {
  const notice = await load((await params).id);
  if (!notice) notFound();
  const m = messages.showcase.notices;
  const status = noticeStatus(notice, new Date());
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb items={[{ href: "/", label: messages.showcase.brand.breadcrumbHome }, { href: "/notices", label: m.title }, { label: notice.brandName }]} />
      <article className="rounded-lg border border-slate-200 bg-white px-5 py-8 shadow-sm sm:px-10">
        <h1 className="text-center text-xl font-bold leading-relaxed text-slate-900 sm:text-2xl">{notice.title}</h1>
        <p className="mt-3 border-b border-slate-200 pb-4 text-center text-sm text-slate-600">
          {m.published}：{notice.publishedOn} · {notice.newCityName} ·{" "}
          {status === "open" ? m.statusOpen : status === "ended" ? m.statusEnded : m.statusUpcoming}
        </p>
        <div className="mt-6 space-y-4 leading-8 text-slate-800">
          {notice.body
            .split(/\n+/)
            .filter((p) => p.trim())
            .map((p, i) => (
              <p key={i} className="indent-8">
                {p}
              </p>
            ))}
        </div>
        <dl className="mt-6 rounded bg-slate-50 p-4 text-sm leading-7 text-slate-800">
          <dt className="font-semibold">{m.period}</dt>
          <dd>{m.periodValue(notice.startsAt, notice.lastDay)}</dd>
          <dt className="mt-2 font-semibold">{m.objectTitle}</dt>
          <dd>{m.objectText}</dd>
          <dd className="mt-1 font-medium">{m.objectDeadline(notice.lastDay)}</dd>
        </dl>
        <p className="mt-8 text-right leading-7 text-slate-800">
          {messages.site.owner}
          <br />
          {notice.publishedOn}
        </p>
      </article>
      <div className="mt-6 flex flex-wrap gap-4">
        <Link href="/notices" className="inline-flex min-h-10 items-center font-medium text-brand-700 underline underline-offset-2">
          {m.backToNotices}
        </Link>
        {notice.brandSlug ? (
          <Link href={brandPath(notice.brandSlug)} className="inline-flex min-h-10 items-center font-medium text-brand-700 underline underline-offset-2">
            {m.viewBrand}
          </Link>
        ) : null}
      </div>
    </div>
  );
}
