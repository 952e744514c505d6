import Link from "next/link";
import type { ColumnDef } from "@/lib/domain/columns";
import { messages } from "@/lib/i18n/messages.zh-CN";

/**
 * A list's table rendered from its column definitions (the same ones its Excel export writes),
 * scrolling sideways inside its wrapper on a phone; the last column links each row to its page.
 */
export function ColumnTable<Row>({ columns, rows, rowKey, link, testId }: { columns: readonly ColumnDef<Row>[]; rows: readonly Row[]; rowKey: (row: Row) => string; link?: (row: Row) => { href: string; label: string } | null; testId?: string }) {
  return (
    <div className="overflow-x-auto rounded border border-slate-200" data-testid={testId}>
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={`px-3 py-2 font-semibold whitespace-nowrap ${c.optionalOnPhone ? "hidden md:table-cell" : ""}`}>{c.header}</th>
            ))}
            {link ? <th scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">{messages.evaluations.ui.actions}</th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 bg-white">
          {rows.map((row) => {
            const target = link?.(row);
            return (
              <tr key={rowKey(row)}>
                {columns.map((c) => (
                  <td key={c.key} className={`px-3 py-2 text-slate-800 ${c.optionalOnPhone ? "hidden md:table-cell" : ""}`}>{c.value(row) ?? "—"}</td>
                ))}
                {link ? (
                  <td className="px-3 py-2 whitespace-nowrap">
                    {target ? <Link href={target.href} className="font-semibold text-brand-700 underline">{target.label}</Link> : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
