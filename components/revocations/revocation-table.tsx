import Link from "next/link";
import { REVOCATION_COLUMNS, type RevocationRow } from "@/lib/domain/revocation-columns";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { EmptyState } from "@/components/ui/card";

const l = messages.revocations.list;

/**
 * The revocation list as a table, rendered from REVOCATION_COLUMNS (the same definitions the Excel
 * export uses); the table scrolls inside its wrapper on a phone, optional columns hide there.
 * `hrefOf` gives each row's detail link (none: no link, e.g. for a new city's read-only view).
 */
export function RevocationTable({ rows, hrefOf, testId = "revocation-table" }: { rows: readonly RevocationRow[]; hrefOf?: (row: RevocationRow) => string; testId?: string }) {
  if (rows.length === 0) return <EmptyState>{l.empty}</EmptyState>;
  return (
    <div className="relative overflow-x-auto rounded border border-slate-200 bg-white" data-testid={testId}>
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            {REVOCATION_COLUMNS.map((c) => (
              <th key={c.key} scope="col" className={`whitespace-nowrap px-3 py-2 font-semibold ${c.optionalOnPhone ? "hidden md:table-cell" : ""}`}>{c.header}</th>
            ))}
            {hrefOf ? <th scope="col" className="whitespace-nowrap px-3 py-2 font-semibold">{l.open}</th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} data-testid="revocation-row">
              {REVOCATION_COLUMNS.map((c) => (
                <td key={c.key} className={`px-3 py-2 align-top ${c.key === "reason" || c.key === "unit" ? "min-w-40" : "whitespace-nowrap"} ${c.optionalOnPhone ? "hidden md:table-cell" : ""}`}>
                  {c.value(row) ?? "—"}
                </td>
              ))}
              {hrefOf ? (
                <td className="whitespace-nowrap px-3 py-2 align-top">
                  <Link href={hrefOf(row)} className="text-brand-700 underline-offset-2 hover:underline" aria-label={`${l.open}：${row.brandName} ${row.unitName}`}>{l.open}</Link>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
