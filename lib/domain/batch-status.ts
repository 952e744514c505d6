// 申报批次: a batch is open from opensAt (inclusive) to closesAt (exclusive). Every page, service
// and query that asks "is this batch accepting applications" asks here, so an application can
// never be created in a batch the page shows as 已截止, nor refused in one it shows as 受理中.

/** upcoming 未开始, open 受理中, closed 已截止 (labels in messages.reviewUi.batches.status). */
export type BatchStatus = "upcoming" | "open" | "closed";

export type BatchWindow = { opensAt: Date; closesAt: Date };

/** The batch's status at `now`: open when opensAt ≤ now < closesAt. */
export function batchStatus({ batch, now }: { batch: BatchWindow; now: Date }): BatchStatus {
  const t = now.getTime();
  if (t < batch.opensAt.getTime()) return "upcoming";
  return t < batch.closesAt.getTime() ? "open" : "closed";
}

export function isBatchOpen({ batch, now }: { batch: BatchWindow; now: Date }): boolean {
  return batchStatus({ batch, now }) === "open";
}

/**
 * The same condition as a `where` fragment for batch queries (a plain object: this module has no
 * Prisma import, and the shape is what Prisma's DateTime filters take).
 */
export function openBatchWhere(now: Date): { opensAt: { lte: Date }; closesAt: { gt: Date } } {
  return { opensAt: { lte: now }, closesAt: { gt: now } };
}
