import "server-only";
import type { z } from "zod";
import type { ColumnDef } from "@/lib/domain/columns";
import type { Permission } from "@/lib/domain/permissions";
import type { SessionUser } from "@/lib/server/session-user";

/**
 * One exportable list. Its query is the screen's (the same URL parameters), validated strictly:
 * a value the screen would quietly drop is refused here with a Chinese message, so a workbook
 * never claims a filter it did not apply. `ids` goes through the list's own where and order
 * builders (lib/server/services/<list>), scoped exactly like the screen: it is the export's
 * snapshot (its row count, audited, is the workbook's); `load` reads one batch of those rows.
 */
export type ExportKind<Q = unknown, Row = unknown> = {
  kind: string;
  /** The workbook's title row, sheet name base and file name. */
  title: string;
  /** The list's own view permission (export:create is checked as well). */
  permission: Permission;
  querySchema: z.ZodType<Q>;
  columns: readonly ColumnDef<Row>[];
  /** The filters applied, as [label, value] pairs in Chinese (empty: the whole list). */
  describe(query: Q): [string, string][];
  /** The ids of every matching row, in the screen's order. */
  ids(user: SessionUser, query: Q, now: Date): Promise<string[]>;
  /** The rows of one batch of those ids, in the order given. */
  load(user: SessionUser, ids: string[], now: Date): Promise<Row[]>;
};

/**
 * Rows read per batch. 500, not 1000: a batch's relation loads bind every id plus their own
 * filters, and Prisma refuses a query over the database's bind-parameter limit (the benchmark's
 * 1 000-brand export hit it at 1 000).
 */
export const EXPORT_BATCH_SIZE = 500;

/** An identity function for inference: `rows` and `columns` agree on the row type. */
export function defineExportKind<Q, Row>(kind: ExportKind<Q, Row>): ExportKind<Q, Row> {
  return kind;
}
