// One column definition shared by a list's table on screen and its Excel export (issue 10: "column
// definitions are shared between the table on screen and the workbook"). Pure data: the header is
// the Chinese heading of both, `value` the cell as the workbook stores it (a number stays a
// number, a calendar date or instant is already formatted in Asia/Shanghai by the definition).
export type ColumnValue = string | number | null;

export type ColumnDef<Row> = {
  /** Stable key (test ids, the workbook's column key). */
  key: string;
  header: string;
  value: (row: Row) => ColumnValue;
  /** Width in characters in the workbook (Excel's unit); the screen ignores it. */
  width?: number;
  /** Screen only: hide on narrow screens when the table gets too wide (never in the workbook). */
  optionalOnPhone?: boolean;
};

/** The cells of one row, in column order. */
export function rowCells<Row>(columns: readonly ColumnDef<Row>[], row: Row): ColumnValue[] {
  return columns.map((c) => c.value(row));
}
