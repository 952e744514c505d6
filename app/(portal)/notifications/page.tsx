import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/server/auth/session";
import { listNotifications } from "@/lib/server/services/notifications/list-notifications";
import { parsePage } from "@/lib/domain/pagination";
import { formatDateTime } from "@/lib/domain/dates";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { MarkAllReadButton } from "@/components/portal/mark-all-read-button";
import { markAllReadAction } from "./actions";

export const metadata: Metadata = { title: messages.notifications.title };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/notifications");
  const data = await listNotifications({ user, input: { page: parsePage((await searchParams).page) } });
  const m = messages.notifications;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold text-slate-900">{m.title}</h1>
        {data.unread > 0 ? <MarkAllReadButton markAllRead={markAllReadAction} /> : null}
      </div>
      {data.items.length === 0 ? (
        <EmptyState>{m.empty}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {data.items.map((n) => (
            <li key={n.id} className={`px-4 py-3 ${n.readAt ? "" : "bg-brand-50"}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="font-medium text-slate-900">
                  {n.readAt ? null : <span className="mr-2 rounded bg-brand-600 px-1.5 py-0.5 text-xs text-white">{m.unread}</span>}
                  {n.link ? (
                    <Link href={n.link} className="underline">
                      {n.title}
                    </Link>
                  ) : (
                    n.title
                  )}
                </p>
                <time className="text-xs text-slate-500" dateTime={n.createdAt.toISOString()}>
                  {formatDateTime(n.createdAt)}
                </time>
              </div>
              <p className="mt-1 text-sm text-slate-700">{n.body}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={data.page} pageCount={data.pageCount} total={data.total} basePath="/notifications" />
    </div>
  );
}
