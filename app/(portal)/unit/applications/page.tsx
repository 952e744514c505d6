import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/server/auth/session";
import { listApplications } from "@/lib/server/services/applications/list-applications";
import { listOpenBatches } from "@/lib/server/services/batches/list-open-batches";
import { getOwnUnitBan } from "@/lib/server/services/applications/unit-ban";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { formatDateTime } from "@/lib/domain/dates";
import { categoryLabel } from "@/lib/domain/labels";
import { Alert } from "@/components/ui/alert";
import { Card, EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/applications/status-badge";
import { NewApplicationForm } from "@/components/application-form/new-application-form";
import { createApplicationAction } from "./actions";

const m = messages.applicationFormUi.list;
const c = m.columns;

export const metadata: Metadata = { title: m.title };

const EDITABLE = new Set(["DRAFT", "RETURNED_TO_UNIT"]);

function actionOf(row: { id: string; status: string }) {
  const base = `/unit/applications/${encodeURIComponent(row.id)}`;
  if (row.status === "DRAFT") return { href: `${base}/edit`, label: m.continueDraft, primary: true };
  if (row.status === "RETURNED_TO_UNIT") return { href: `${base}/edit`, label: m.reviseReturned, primary: true };
  return { href: base, label: m.view, primary: false };
}

// 我的申报: the unit's applications (newest change first), what needs its action, and 新建申报.
export default async function UnitApplicationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("unit", "/unit/applications");
  const sp = await searchParams;
  const page = typeof sp.page === "string" ? sp.page : undefined;
  const [data, drafts, returned, batches, ban] = await Promise.all([
    listApplications({ user, input: { page, sort: "updated" } }),
    listApplications({ user, input: { status: "DRAFT" } }),
    listApplications({ user, input: { status: "RETURNED_TO_UNIT" } }),
    listOpenBatches(),
    getOwnUnitBan({ user }),
  ]);
  const todo = m.todo(drafts.total, returned.total);
  const batchOptions = batches.map((b) => ({ id: b.id, title: b.title, window: messages.portal.batchWindow(formatDateTime(b.opensAt), formatDateTime(b.closesAt)) }));

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{m.title}</h1>
        <p className="mt-1 text-sm text-slate-600">{m.intro}</p>
      </div>
      {todo ? (
        <Alert tone="warning" title={m.todoTitle}>
          {todo}
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title={m.title}>
            {data.items.length === 0 ? (
              <EmptyState>{m.empty}</EmptyState>
            ) : (
              <>
                {/* Phones: one card per application; wider screens: a table. */}
                <ul className="space-y-3 md:hidden">
                  {data.items.map((row) => {
                    const action = actionOf(row);
                    return (
                      <li key={row.id} className={`rounded border p-3 text-sm ${EDITABLE.has(row.status) ? "border-amber-300 bg-amber-50/40" : "border-slate-200 bg-white"}`}>
                        <div className="flex flex-wrap items-start justify-between gap-2">
                          <p className="font-semibold break-all text-slate-900">{row.brandName || m.unnamed}</p>
                          <StatusBadge status={row.status} />
                        </div>
                        <p className="mt-1 text-slate-600">
                          {row.category ? categoryLabel(row.category) : "—"} · {c.updatedAt}：{formatDateTime(row.updatedAt)}
                        </p>
                        <p className="mt-1 text-slate-600">
                          {c.submittedAt}：{row.submittedAt ? formatDateTime(row.submittedAt) : m.notSubmitted}
                        </p>
                        <Link
                          href={action.href}
                          className={`mt-2 inline-flex min-h-10 items-center rounded px-3 text-sm font-semibold ${action.primary ? "bg-brand-600 text-white hover:bg-brand-700" : "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50"}`}
                        >
                          {action.label}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
                <div className="hidden overflow-x-auto rounded border border-slate-200 md:block">
                  <table className="min-w-full divide-y divide-slate-200 text-sm">
                    <thead className="bg-slate-50 text-left text-slate-700">
                      <tr>
                        <th scope="col" className="px-3 py-2 font-semibold">{c.brandName}</th>
                        <th scope="col" className="px-3 py-2 font-semibold">{c.status}</th>
                        <th scope="col" className="px-3 py-2 font-semibold">{c.category}</th>
                        <th scope="col" className="px-3 py-2 font-semibold">{c.updatedAt}</th>
                        <th scope="col" className="px-3 py-2 font-semibold">{c.submittedAt}</th>
                        <th scope="col" className="px-3 py-2 font-semibold">{c.actions}</th>
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-slate-100 bg-white">
                      {data.items.map((row) => {
                        const action = actionOf(row);
                        return (
                          <tr key={row.id} className={EDITABLE.has(row.status) ? "bg-amber-50/40" : undefined}>
                            <td className="px-3 py-2 font-medium text-slate-900">
                              <Link href={`/unit/applications/${encodeURIComponent(row.id)}`} className="hover:underline">
                                {row.brandName || m.unnamed}
                              </Link>
                              {EDITABLE.has(row.status) ? <span className="ml-2 text-xs font-normal text-amber-800">{m.needsAction}</span> : null}
                            </td>
                            <td className="px-3 py-2">
                              <StatusBadge status={row.status} />
                            </td>
                            <td className="px-3 py-2 text-slate-700">{row.category ? categoryLabel(row.category) : "—"}</td>
                            <td className="px-3 py-2 whitespace-nowrap text-slate-700">{formatDateTime(row.updatedAt)}</td>
                            <td className="px-3 py-2 whitespace-nowrap text-slate-700">{row.submittedAt ? formatDateTime(row.submittedAt) : m.notSubmitted}</td>
                            <td className="px-3 py-2">
                              <Link href={action.href} className={`font-semibold underline ${action.primary ? "text-brand-700" : "text-slate-700"}`}>
                                {action.label}
                              </Link>
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
                <Pagination page={data.page} pageCount={data.pageCount} total={data.total} basePath="/unit/applications" />
              </>
            )}
          </Card>
        </div>
        <Card title={m.newTitle}>
          {/* E5/M3: a banned unit sees why and until when, and no way to create one. */}
          {ban ? (
            <Alert tone="error" title={messages.evaluations.ui.bannedTitle}>
              {ban.message}
            </Alert>
          ) : (
            <NewApplicationForm batches={batchOptions} action={createApplicationAction} />
          )}
        </Card>
      </div>
    </div>
  );
}
