// The worker loop around runOnce, shared by the in-process worker (instrumentation.ts) and the
// standalone one (scripts/worker.ts). Free of the "server-only" marker so plain Node (tsx) can
// load it; nothing here is reachable from client code.
import os from "node:os";
import { createDbClient, type Db } from "../db/client";
import { appJobRegistry, RECURRING_JOBS } from "./definitions";
import type { JobRegistry } from "./registry";
import { runOnce, type RunOnceOptions } from "./runner";

export const DEFAULT_POLL_MS = 2_000;
/** Longest pause after repeated errors (database down): retry at least once a minute. */
export const MAX_ERROR_BACKOFF_MS = 60_000;

export type StartWorkerOptions = {
  workerId?: string;
  pollMs?: number;
  signal: AbortSignal;
  /** Default: a client of its own, disconnected when the worker stops. */
  db?: Db;
  registry?: JobRegistry;
  limit?: number;
  lockTimeoutMs?: RunOnceOptions["lockTimeoutMs"];
  log?: Pick<Console, "info" | "warn" | "error">;
};

export function defaultWorkerId(suffix: string): string {
  return `${os.hostname()}:${process.pid}:${suffix}`;
}

/**
 * Runs due jobs until `signal` aborts; resolves once the batch in progress has finished. Never
 * rejects on a database error: it logs, waits (doubling up to a minute) and tries again, so a
 * database outage cannot take the process down with it.
 */
export async function startWorker(options: StartWorkerOptions): Promise<void> {
  const { signal, pollMs = DEFAULT_POLL_MS, registry = appJobRegistry, limit = 10, lockTimeoutMs, log = console } = options;
  const workerId = options.workerId ?? defaultWorkerId("worker");
  const ownDb = options.db === undefined;
  const db = options.db ?? createDbClient();
  let failures = 0;
  let recurringStarted = false;
  log.info(`jobs: worker ${workerId} started (poll ${pollMs} ms)`);
  try {
    while (!signal.aborted) {
      let busy = false;
      try {
        // Once per worker, retried with the poll while the database is down.
        if (!recurringStarted) {
          await startRecurringJobs({ db, registry });
          recurringStarted = true;
        }
        const result = await runOnce({ db, registry, workerId, limit, lockTimeoutMs, log });
        failures = 0;
        // A full batch means more may be due: go again without waiting.
        busy = result.claimed === limit;
      } catch (error) {
        failures += 1;
        log.error(`jobs: worker ${workerId} poll failed (${failures} in a row):`, error);
      }
      if (busy) continue;
      const wait = failures === 0 ? pollMs : Math.min(pollMs * 2 ** failures, MAX_ERROR_BACKOFF_MS);
      await sleep({ ms: wait, signal });
    }
  } finally {
    if (ownDb) await db.$disconnect().catch(() => {});
    log.info(`jobs: worker ${workerId} stopped`);
  }
}

/** Starts the chain of each recurring job the registry handles (deduplicated: safe to repeat). */
export async function startRecurringJobs({ db, registry, now = new Date() }: { db: Db; registry: JobRegistry; now?: Date }): Promise<void> {
  for (const job of RECURRING_JOBS) if (registry.has(job.kind)) await job.start(db, { now });
}

function sleep({ ms, signal }: { ms: number; signal: AbortSignal }): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
