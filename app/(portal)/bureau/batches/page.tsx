import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { batchStatus } from "@/lib/domain/batch-status";
import { todayInShanghai } from "@/lib/eligibility";
import { formatDateTime, toDateTimeLocal } from "@/lib/domain/dates";
import { listBatches } from "@/lib/server/services/batches/list-batches";
import { Card, EmptyState } from "@/components/ui/card";
import { CreateBatchForm, ExtendBatchButton } from "@/components/review/batch-forms";
import { createBatchAction, extendBatchAction } from "./actions";

const r = messages.reviewUi.batches;

export const metadata: Metadata = { title: r.title };

const STATUS_TONE: Record<string, string> = {
  upcoming: "bg-slate-100 text-slate-800",
  open: "bg-green-100 text-green-900",
  closed: "bg-slate-200 text-slate-700",
};

export default async function BatchesPage() {
  const user = await requireArea("bureau", "/bureau/batches");
  const batches = await listBatches({ user });
  const now = new Date();
  const year = todayInShanghai(now).year;
  const rows = batches.map((b) => ({
    ...b,
    status: batchStatus({ batch: b, now }),
    window: r.window(formatDateTime(b.opensAt), formatDateTime(b.closesAt)),
    extend: (
      <ExtendBatchButton
        action={extendBatchAction}
        batchId={b.id}
        title={b.title}
        currentClosesAt={formatDateTime(b.closesAt)}
        defaultClosesAt={toDateTimeLocal(new Date(Math.max(b.closesAt.getTime(), now.getTime()) + 7 * 86_400_000))}
      />
    ),
  }));

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{r.title}</h1>
        <p className="mt-1 text-sm text-slate-600">{r.intro}</p>
      </div>

      <Card title={r.list}>
        {rows.length === 0 ? (
          <EmptyState>{r.empty}</EmptyState>
        ) : (
          <>
            <ul className="space-y-3 md:hidden">
              {rows.map((b) => (
                <li key={b.id} className="rounded border border-slate-200 p-3 text-sm">
                  <div className="flex items-start justify-between gap-2">
                    <p className="font-semibold text-slate-900">{b.title}</p>
                    <span className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_TONE[b.status]}`}>{r.status[b.status]}</span>
                  </div>
                  <p className="mt-1 text-slate-700">
                    {r.columns.year} {b.year} · {r.columns.applications} {r.count(b.applicationCount)}
                  </p>
                  <p className="mt-1 text-slate-600">{b.window}</p>
                  <div className="mt-2">{b.extend}</div>
                </li>
              ))}
            </ul>
            <div className="hidden overflow-x-auto md:block">
              <table className="min-w-full divide-y divide-slate-200 text-sm">
                <thead className="bg-slate-50 text-left text-slate-700">
                  <tr>
                    <th scope="col" className="px-3 py-2 font-semibold">{r.columns.title}</th>
                    <th scope="col" className="px-3 py-2 font-semibold">{r.columns.year}</th>
                    <th scope="col" className="px-3 py-2 font-semibold">{r.columns.window}</th>
                    <th scope="col" className="px-3 py-2 font-semibold">{r.columns.status}</th>
                    <th scope="col" className="px-3 py-2 text-right font-semibold">{r.columns.applications}</th>
                    <th scope="col" className="px-3 py-2 font-semibold">{r.columns.actions}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {rows.map((b) => (
                    <tr key={b.id}>
                      <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">{b.title}</th>
                      <td className="px-3 py-2">{b.year}</td>
                      <td className="px-3 py-2">{b.window}</td>
                      <td className="px-3 py-2">
                        <span className={`whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_TONE[b.status]}`}>{r.status[b.status]}</span>
                      </td>
                      <td className="px-3 py-2 text-right tabular-nums">{b.applicationCount}</td>
                      <td className="px-3 py-2">{b.extend}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Card>

      <Card title={r.create.title}>
        <span id="create-batch-title" className="sr-only">
          {r.create.title}
        </span>
        <CreateBatchForm action={createBatchAction} defaultYear={year} />
      </Card>
    </div>
  );
}
