import Link from "next/link";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { formatCalendarDate, formatDateTime } from "@/lib/domain/dates";
import { levelLabel } from "@/lib/domain/labels";
import { formatYuan } from "@/lib/domain/money";
import type { BrandActionGroup, BrandActionItem } from "@/lib/server/services/brands/list-brand-action-items";
import { Card, EmptyState } from "@/components/ui/card";

const t = messages.brandLife.todo;

function describe(key: BrandActionGroup["key"], i: BrandActionItem): string {
  switch (key) {
    case "awards":
      return `${i.level ? levelLabel(i.level) : ""}奖补 ${formatYuan(i.amount ?? 0)} · ${i.status ? messages.brandLife.awardStatus[i.status as keyof typeof messages.brandLife.awardStatus] : ""}`;
    case "reports":
      return `${i.unitName ?? ""} · ${t.submittedAt(formatDateTime(i.at))}`;
    case "pushes":
      return `${t.pushedTo(i.level ? levelLabel(i.level) : "")} · ${formatCalendarDate(i.at)}`;
    case "payments":
      return `${t.paid(formatCalendarDate(i.at), formatYuan(i.amount ?? 0))}`;
    case "returnedReports":
      return i.comment ? `${t.returnComment}：${i.comment}` : t.returned;
  }
}

/** The brand area's to-do lists on a role home: awards, reports and pushes (bureau), payments and returned reports (unit). */
export function BrandActionItems({ groups, basePath }: { groups: BrandActionGroup[]; basePath: string }) {
  if (groups.length === 0) return null;
  return (
    <div className="grid gap-6 lg:grid-cols-3" data-testid="brand-action-items">
      {groups.map((g) => (
        <Card key={g.key} title={`${t.titles[g.key]}（${g.total}）`}>
          {g.items.length === 0 ? (
            <EmptyState>{messages.actionItems.none}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {g.items.map((i) => (
                <li key={i.id} className="py-2">
                  <Link href={`${basePath}/${i.brandId}`} className="font-medium text-slate-900 underline-offset-2 hover:underline">
                    {i.brandName}
                  </Link>
                  <p className="text-sm text-slate-600">{describe(g.key, i)}</p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      ))}
    </div>
  );
}
