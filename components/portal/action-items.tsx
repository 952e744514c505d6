import Link from "next/link";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { formatDateTime } from "@/lib/domain/dates";
import type { ActionGroup } from "@/lib/server/services/dashboard/list-action-items";
import { Card, EmptyState } from "@/components/ui/card";

/** The role home's to-do lists: each group with its total, the newest five, and a link to all. */
export function ActionItems({ groups, basePath }: { groups: ActionGroup[]; basePath: string }) {
  const m = messages.actionItems;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {groups.map((g) => (
        <Card key={g.key} title={`${m.titles[g.key]}（${g.total}）`} actions={g.total > 0 ? <Link className="text-sm text-brand-700 underline" href={basePath}>{m.viewAll}</Link> : null}>
          {g.items.length === 0 ? (
            <EmptyState>{m.none}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {g.items.map((i) => (
                <li key={i.id} className="py-2">
                  <Link href={`${basePath}/${i.id}`} className="font-medium text-slate-900 underline-offset-2 hover:underline">
                    {i.brandName || m.untitled}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {i.unitName} · {messages.applicationStatus[i.status] ?? i.status}
                    {i.publicityEndsAt ? ` · ${m.publicityEnds(formatDateTime(i.publicityEndsAt))}` : ` · ${m.updated(formatDateTime(i.updatedAt))}`}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      ))}
    </div>
  );
}
