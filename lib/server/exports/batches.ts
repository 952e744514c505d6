import "server-only";
import { EXPORT_BATCH_SIZE } from "./types";

/**
 * The batches of an export. The list's order is taken once, as a snapshot of ids (the only
 * column read for every row, so 100 000 rows stay a few megabytes); the rows themselves are read
 * EXPORT_BATCH_SIZE ids at a time and put back in that order. This keeps any order the screen
 * uses (B7's nulls-last review order included) exact, with one sort on the database however many
 * batches follow.
 */
export async function* batchesOfIds<Row>(ids: readonly string[], load: (ids: string[]) => Promise<Row[]>, size: number = EXPORT_BATCH_SIZE): AsyncIterable<Row[]> {
  for (let i = 0; i < ids.length; i += size) {
    const rows = await load(ids.slice(i, i + size));
    if (rows.length > 0) yield rows;
  }
}

/** `records` in the order of `ids` (the batch's query returns them in any order). */
export function inOrderOf<T extends { id: string }>(ids: readonly string[], records: readonly T[]): T[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [r] : [];
  });
}
