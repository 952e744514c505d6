import { messages } from "@/lib/i18n/messages.zh-CN";

const m = messages.dashboard;

type Props = {
  /** The chart's accessible name (the SVG itself is hidden from assistive technology). */
  label: string;
  /** Server-rendered SVG strings (ECharts SSR): one for wide screens, one for phones. */
  chart: { wide: string; narrow: string; wideWidth: number; narrowWidth: number };
  caption: string;
  headers: readonly string[];
  rows: readonly (readonly React.ReactNode[])[];
  /** Open the table by default (e.g. when the chart is the only view of a figure). */
  open?: boolean;
  testId?: string;
};

/**
 * A chart rendered on the server (no chart JavaScript in the browser) with its numbers as a
 * table beside it: the figure is announced by its label, the table carries every value.
 */
export function ChartFigure({ label, chart, caption, headers, rows, open = false, testId }: Props) {
  return (
    <figure className="min-w-0 space-y-3" data-testid={testId}>
      <div role="img" aria-label={label} className="w-full overflow-hidden">
        {/* Never drawn larger than its own size: the text stays at the size it was laid out for. */}
        <div className="hidden sm:block" style={{ maxWidth: chart.wideWidth }} dangerouslySetInnerHTML={{ __html: chart.wide }} />
        <div className="sm:hidden" style={{ maxWidth: chart.narrowWidth }} dangerouslySetInnerHTML={{ __html: chart.narrow }} />
      </div>
      <details className="rounded border border-slate-200 bg-slate-50 p-2 text-sm" open={open}>
        <summary className="cursor-pointer select-none font-medium text-brand-700">{m.tableToggle}</summary>
        <div className="mt-2 overflow-x-auto">
          <DataTable caption={caption} headers={headers} rows={rows} />
        </div>
      </details>
    </figure>
  );
}

/** A plain data table with a caption; the first column heads each row. */
export function DataTable({ caption, headers, rows, testId }: { caption: string; headers: readonly string[]; rows: readonly (readonly React.ReactNode[])[]; testId?: string }) {
  return (
    <table className="min-w-full border-collapse bg-white text-left text-sm" data-testid={testId}>
      <caption className="px-2 py-1 text-left text-xs text-slate-600">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 bg-slate-100">
          {headers.map((h, i) => (
            <th key={i} scope="col" className="whitespace-nowrap px-3 py-2 font-semibold text-slate-800">{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r} className="border-b border-slate-100 last:border-0">
            {row.map((cell, c) =>
              c === 0 ? (
                <th key={c} scope="row" className="whitespace-nowrap px-3 py-2 font-medium text-slate-800">{cell}</th>
              ) : (
                <td key={c} className="whitespace-nowrap px-3 py-2 tabular-nums text-slate-900">{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
