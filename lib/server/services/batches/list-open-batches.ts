import "server-only";
import { db } from "@/lib/server/db";
import { openBatchWhere } from "@/lib/domain/batch-status";

/** Open batches, for units choosing where to apply. */
export async function listOpenBatches({ now = new Date() }: { now?: Date } = {}) {
  return db.batch.findMany({ where: openBatchWhere(now), orderBy: { closesAt: "asc" }, select: { id: true, title: true, year: true, opensAt: true, closesAt: true } });
}
