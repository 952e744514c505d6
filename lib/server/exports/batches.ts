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
  // The next batch is asked for before the current one is handed over, so the database works on
  // it while the writer turns the current one into XML (PostgreSQL answers from another process).
  const fetch = (from: number) => {
    const pending = load(ids.slice(from, from + size));
    // Awaited below; this only keeps a batch nobody waits for any more (the writer failed) from
    // becoming an unhandled rejection.
    pending.catch(() => undefined);
    return pending;
  };
  let next = ids.length > 0 ? fetch(0) : null;
  for (let i = 0; next !== null; i += size) {
    const rows: Row[] = await next;
    next = i + size < ids.length ? fetch(i + size) : null;
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
