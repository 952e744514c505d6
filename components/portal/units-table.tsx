import { messages } from "@/lib/i18n/messages.zh-CN";
import { unitTypeLabel } from "@/lib/domain/labels";
import { formatDateTime } from "@/lib/domain/dates";
import type { Paged } from "@/lib/domain/pagination";
import type { UnitRow } from "@/lib/server/services/units/list-units";
import { EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";

const c = messages.portal.columns;

export function UnitsTable({ data, basePath, q }: { data: Paged<UnitRow>; basePath: string; q?: string }) {
  return (
    <div>
      <form role="search" action={basePath} className="mb-4 flex gap-2">
        <label htmlFor="units-q" className="sr-only">
          {messages.portal.searchUnits}
        </label>
        <input
          id="units-q"
          name="q"
          defaultValue={q}
          placeholder={messages.portal.searchUnits}
          maxLength={50}
          className="w-full max-w-md rounded border border-slate-300 px-3 py-2 text-sm"
        />
        <button type="submit" className="shrink-0 whitespace-nowrap rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          {messages.common.search}
        </button>
      </form>
      {data.items.length === 0 ? (
        <EmptyState>{messages.portal.noUnits}</EmptyState>
      ) : (
        <>
        {/* Phones: one card per unit; wider screens: a table. */}
        <ul className="space-y-3 sm:hidden">
          {data.items.map((u) => (
            <li key={u.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
              <p className="font-semibold text-slate-900">{u.name}</p>
              <p className="mt-1 break-all font-mono text-xs text-slate-600">{u.creditCode}</p>
              <p className="mt-1 text-slate-700">
                {unitTypeLabel(u.type)} · {u.newCityName}
              </p>
              <p className="mt-1 text-slate-700">
                {c.contact}：{u.contactName} {u.contactPhone}
              </p>
              <p className="mt-1 text-xs text-slate-500">
                {c.registeredAt}：{formatDateTime(u.createdAt)}
              </p>
            </li>
          ))}
        </ul>
        <div className="hidden overflow-x-auto rounded border border-slate-200 bg-white sm:block">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">{c.name}</th>
                <th scope="col" className="px-3 py-2 font-semibold">{c.creditCode}</th>
                <th scope="col" className="px-3 py-2 font-semibold">{c.type}</th>
                <th scope="col" className="px-3 py-2 font-semibold">{c.newCity}</th>
                <th scope="col" className="px-3 py-2 font-semibold">{c.contact}</th>
                <th scope="col" className="px-3 py-2 font-semibold">{c.registeredAt}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.items.map((u) => (
                <tr key={u.id}>
                  <td className="px-3 py-2 font-medium text-slate-900">{u.name}</td>
                  <td className="px-3 py-2 font-mono text-xs">{u.creditCode}</td>
                  <td className="px-3 py-2">{unitTypeLabel(u.type)}</td>
                  <td className="px-3 py-2">{u.newCityName}</td>
                  <td className="px-3 py-2">
                    {u.contactName} {u.contactPhone}
                  </td>
                  <td className="whitespace-nowrap px-3 py-2">{formatDateTime(u.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        </>
      )}
      <Pagination page={data.page} pageCount={data.pageCount} total={data.total} basePath={basePath} query={{ q }} />
    </div>
  );
}
