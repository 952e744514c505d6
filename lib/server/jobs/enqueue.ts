// enqueueJob: adds a job inside the caller's transaction, so the job exists exactly when the
// change that needs it commits (no job for a rolled-back change, no change without its job).
import type { z } from "zod";
import type { Prisma } from "../db/generated/sqlite/client";
import type { Tx } from "../db/client";
import type { JobDefinition } from "./registry";
import type { AppJob } from "./definitions";

type EnqueueOptions = {
  /** Not before this instant (default: now). */
  runAt?: Date;
  /** Runs before the job is marked FAILED (default 5). */
  maxAttempts?: number;
  /** A second enqueue with the same key returns the existing job instead of adding one. */
  dedupeKey?: string;
};

// Distributes over the union of definitions, so `kind` and `payload` stay paired: the payload of
// "outbox.deliver" must be that job's input, not any job's.
export type EnqueueInput<D extends JobDefinition = AppJob> = D extends JobDefinition<infer K, infer S>
  ? { kind: K; payload: z.input<S> } & EnqueueOptions
  : never;

export const DEFAULT_MAX_ATTEMPTS = 5;

/**
 * Adds a job (status PENDING) in `tx`. Typed against the portal's registered jobs; pass the
 * definition's type (`enqueueJob<typeof myJob>`) for a job registered elsewhere (tests).
 */
export async function enqueueJob<D extends JobDefinition = AppJob>(tx: Tx, input: EnqueueInput<D>) {
  const { kind, payload, runAt, maxAttempts, dedupeKey } = input as { kind: string; payload: unknown } & EnqueueOptions;
  const data = {
    kind,
    payload: payload as Prisma.InputJsonValue,
    maxAttempts: maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    ...(runAt ? { runAt } : {}),
  };
  if (dedupeKey === undefined) return tx.job.create({ data });
  // An upsert rather than create-and-catch: on PostgreSQL a unique violation aborts the caller's
  // whole transaction, so the duplicate must never be attempted. The empty update leaves the
  // existing job (and its payload) exactly as the first enqueue wrote it.
  return tx.job.upsert({ where: { dedupeKey }, create: { ...data, dedupeKey }, update: {} });
}
