// The database-backed job runner: jobs are rows of the Job table, enqueued inside the
// transaction of the change that needs them (enqueue.ts) and run here, after commit, by a worker.
//
// Why not pg-boss or graphile-worker: both are PostgreSQL-only, and the portal's embedded default
// database is SQLite (a government unit can run it from one folder). A table plus ~200 lines
// works the same on both providers, and the job is written in the caller's own Prisma
// transaction — with a queue library it would be a second connection, and a job could outlive a
// rolled-back change.
//
// Several workers are safe:
//   - PostgreSQL: due jobs are selected with `FOR UPDATE SKIP LOCKED` and marked RUNNING in the
//     same transaction, so concurrent workers each take different rows without waiting on one
//     another, and a row is claimed by one worker only.
//   - SQLite: every claim is a conditional update (`updateMany` whose `where` repeats the "due"
//     predicate) and SQLite serialises writers, so of two workers only one changes the row; the
//     other sees count 0 and skips it. Meant for one worker (the in-process one), but correct
//     with more.
//   - Finishing is conditional too: a worker records DONE/FAILED/retry only while it still holds
//     the lock (status RUNNING, lockedBy and lockedAt its own), so a worker whose lock was
//     reclaimed cannot overwrite the new run.
//   - A RUNNING job whose lock is older than lockTimeoutMs is due again (its worker crashed);
//     handlers must therefore be idempotent, or finish well within the lock timeout: a job runs
//     at least once, and exactly once when no worker dies mid-run.
import { z } from "zod";
import { dbProvider, type Db, type Tx } from "../db/client";
import type { Job } from "../db/generated/sqlite/client";
import type { JobContext, JobRegistry } from "./registry";

export const DEFAULT_LOCK_TIMEOUT_MS = 5 * 60_000;
export const DEFAULT_BACKOFF = { baseMs: 10_000, maxMs: 60 * 60_000 } as const;
const MAX_ERROR_LENGTH = 2_000;

export type Backoff = { baseMs: number; maxMs: number };

/** Delay before the retry that follows failed attempt `attempt` (1-based): base·2^(attempt−1), capped. */
export function retryDelayMs({ attempt, backoff = DEFAULT_BACKOFF }: { attempt: number; backoff?: Backoff }): number {
  return Math.min(backoff.baseMs * 2 ** Math.max(0, attempt - 1), backoff.maxMs);
}

export type RunOnceOptions = {
  db: Db;
  registry: JobRegistry;
  workerId: string;
  /** The instant the run happens at (default: the wall clock); tests move it forward. */
  now?: Date;
  /** Most jobs claimed by this call. */
  limit?: number;
  lockTimeoutMs?: number;
  backoff?: Backoff;
  log?: Pick<Console, "warn" | "error">;
};

export type RunOnceResult = { claimed: number; done: number; retried: number; failed: number; lost: number };

/** Claims the due jobs (up to `limit`), runs each, and records its outcome. */
export async function runOnce(options: RunOnceOptions): Promise<RunOnceResult> {
  const { db, registry, workerId, limit = 10, lockTimeoutMs = DEFAULT_LOCK_TIMEOUT_MS, backoff = DEFAULT_BACKOFF, log = console } = options;
  const start = options.now ?? new Date();
  // Later instants never precede `now`, also when a test passes a `now` ahead of the wall clock.
  const clock = () => new Date(Math.max(Date.now(), start.getTime()));
  const staleBefore = new Date(start.getTime() - lockTimeoutMs);

  const jobs =
    dbProvider(db) === "postgresql"
      ? await claimOnPostgres({ db, workerId, now: start, staleBefore, limit })
      : await claimOnSqlite({ db, workerId, now: start, staleBefore, limit });

  const result: RunOnceResult = { claimed: jobs.length, done: 0, retried: 0, failed: 0, lost: 0 };
  for (const job of jobs) {
    const outcome = await runClaimed({ db, registry, job, workerId, clock, backoff });
    if (outcome === "lost") log.warn(`jobs: ${job.kind} ${job.id} finished after its lock was reclaimed; its outcome was dropped`);
    result[outcome] += 1;
  }
  return result;
}

type ClaimOptions = { db: Db; workerId: string; now: Date; staleBefore: Date; limit: number };

function duePredicate({ now, staleBefore }: { now: Date; staleBefore: Date }) {
  return {
    OR: [
      { status: "PENDING" as const, runAt: { lte: now } },
      { status: "RUNNING" as const, lockedAt: { lt: staleBefore } },
    ],
  };
}

async function claimOnPostgres({ db, workerId, now, staleBefore, limit }: ClaimOptions): Promise<Job[]> {
  return db.$transaction(async (tx: Tx) => {
    // Timestamps are stored as UTC in `timestamp(3)` columns (no time zone): compare against the
    // UTC wall time, whatever the server's TimeZone setting. Status literals are inlined because
    // a text parameter does not compare with the JobStatus enum type.
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Job"
      WHERE ("status" = 'PENDING' AND "runAt" <= (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC'))
         OR ("status" = 'RUNNING' AND "lockedAt" < (${staleBefore.toISOString()}::timestamptz AT TIME ZONE 'UTC'))
      ORDER BY "runAt"
      LIMIT ${limit}::int
      FOR UPDATE SKIP LOCKED`;
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    await tx.job.updateMany({ where: { id: { in: ids } }, data: { status: "RUNNING", lockedBy: workerId, lockedAt: now, attempts: { increment: 1 } } });
    return tx.job.findMany({ where: { id: { in: ids } }, orderBy: { runAt: "asc" } });
  });
}

async function claimOnSqlite({ db, workerId, now, staleBefore, limit }: ClaimOptions): Promise<Job[]> {
  const due = duePredicate({ now, staleBefore });
  const candidates = await db.job.findMany({ where: due, orderBy: { runAt: "asc" }, take: limit, select: { id: true } });
  const claimed: Job[] = [];
  for (const { id } of candidates) {
    const { count } = await db.job.updateMany({
      where: { id, ...due },
      data: { status: "RUNNING", lockedBy: workerId, lockedAt: now, attempts: { increment: 1 } },
    });
    if (count === 1) {
      const job = await db.job.findUnique({ where: { id } });
      if (job) claimed.push(job);
    }
  }
  return claimed;
}

type Outcome = "done" | "retried" | "failed" | "lost";

async function runClaimed({
  db,
  registry,
  job,
  workerId,
  clock,
  backoff,
}: {
  db: Db;
  registry: JobRegistry;
  job: Job;
  workerId: string;
  clock: () => Date;
  backoff: Backoff;
}): Promise<Outcome> {
  // Only the run that holds this exact lock may record an outcome.
  const held = { id: job.id, status: "RUNNING" as const, lockedBy: workerId, lockedAt: job.lockedAt };
  const finish = async (data: { status: "DONE" | "FAILED" | "PENDING"; lastError?: string | null; runAt?: Date }): Promise<boolean> => {
    const at = clock();
    const { count } = await db.job.updateMany({
      where: held,
      data: { ...data, lockedBy: null, lockedAt: null, finishedAt: data.status === "PENDING" ? null : at },
    });
    return count === 1;
  };
  const fail = async (message: string): Promise<Outcome> => ((await finish({ status: "FAILED", lastError: truncate(message) })) ? "failed" : "lost");

  // Reclaimed after its last attempt: the worker died during every run it got. Stop here.
  if (job.attempts > job.maxAttempts) {
    return fail(`${job.lastError ? `${job.lastError}\n` : ""}lock expired after attempt ${job.maxAttempts} of ${job.maxAttempts} (worker stopped mid-run)`);
  }

  const definition = registry.get(job.kind);
  let error: unknown;
  if (!definition) {
    // Retried like any failure: during a rolling deploy an older worker may not know a new kind.
    error = new Error(`no handler registered for job kind "${job.kind}"`);
  } else {
    const parsed = definition.payload.safeParse(job.payload);
    // A payload that does not parse will not parse next time either: no retry.
    if (!parsed.success) return fail(`invalid payload for ${job.kind}: ${z.prettifyError(parsed.error)}`);
    const context: JobContext = { db, jobId: job.id, workerId, attempt: job.attempts, maxAttempts: job.maxAttempts, now: clock };
    try {
      await definition.run(parsed.data, context);
      return (await finish({ status: "DONE", lastError: null })) ? "done" : "lost";
    } catch (e) {
      error = e;
    }
  }

  const message = truncate(error instanceof Error ? error.message || error.name : String(error));
  if (job.attempts >= job.maxAttempts) return fail(message);
  const runAt = new Date(clock().getTime() + retryDelayMs({ attempt: job.attempts, backoff }));
  return (await finish({ status: "PENDING", lastError: message, runAt })) ? "retried" : "lost";
}

function truncate(text: string): string {
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}
