import "server-only";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { rowCells, type ColumnDef } from "@/lib/domain/columns";
import { formatDateTime } from "@/lib/domain/dates";
import { messages } from "@/lib/i18n/messages.zh-CN";

const m = messages.exports;

export type WorkbookHeading = {
  title: string;
  exportedAt: Date;
  exportedBy: string;
  /** The filters applied, [label, value] pairs in Chinese. */
  filters: readonly [string, string][];
};

/** The rows above the header: title, who and when, the filters (tests read them back). */
export const HEADING_ROWS = 3;

export function filtersText(filters: readonly [string, string][]): string {
  return m.filters(filters.length === 0 ? m.noFilters : filters.map(([label, value]) => `${label}：${value}`).join("；"));
}

/**
 * Streams a workbook to `stream` with exceljs's streaming writer (no shared strings, styles on):
 * a merged title row, who exported it and when (Beijing time), the filters, the bold frozen
 * header row, then every batch's rows, each committed at once so memory stays flat however many
 * rows there are. Resolves with the number of data rows once the file is complete.
 */
export async function writeWorkbook<Row>({ stream, heading, columns, batches }: { stream: Writable; heading: WorkbookHeading; columns: readonly ColumnDef<Row>[]; batches: AsyncIterable<Row[]> }): Promise<{ rowCount: number }> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  workbook.creator = heading.exportedBy;
  workbook.created = heading.exportedAt;
  // Sheet names: at most 31 characters, none of : \ / ? * [ ].
  const sheet = workbook.addWorksheet(heading.title.replace(/[:\\/?*[\]]/g, " ").slice(0, 31), { views: [{ state: "frozen", ySplit: HEADING_ROWS + 1 }] });
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width ?? 16 }));
  const span = Math.max(columns.length, 1);

  const title = sheet.addRow([heading.title]);
  title.font = { bold: true, size: 14 };
  title.height = 24;
  sheet.mergeCells(1, 1, 1, span);
  title.commit();
  const who = sheet.addRow([m.exportedAt(formatDateTime(heading.exportedAt), heading.exportedBy)]);
  sheet.mergeCells(2, 1, 2, span);
  who.commit();
  const filters = sheet.addRow([filtersText(heading.filters)]);
  sheet.mergeCells(3, 1, 3, span);
  filters.commit();
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
  header.commit();

  let rowCount = 0;
  for await (const batch of batches) {
    for (const row of batch) {
      sheet.addRow(rowCells(columns, row)).commit();
      rowCount += 1;
    }
    // Backpressure: while the destination (a slow download, the disk) is full, wait for it to
    // drain before turning more rows into XML, so memory does not grow with the workbook.
    if (stream.writableNeedDrain) await drained(stream);
  }
  sheet.commit();
  await workbook.commit();
  return { rowCount };
}

/** Resolves when `stream` drains, or is closed or fails (a download the client gave up on). */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done).off("close", done).off("error", done);
      resolve();
    };
    stream.on("drain", done).on("close", done).on("error", done);
  });
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** 申报列表-20261202-1930.xlsx (Beijing time). */
export function exportFileName(title: string, at: Date): string {
  const stamp = formatDateTime(at).replace(/[-:]/g, "").replace(" ", "-");
  return `${title.replace(/[（(].*$/, "")}-${stamp}.xlsx`;
}
