// The worker that runs inside the portal's own server (`npm run dev`, `npm start`), started from
// instrumentation.ts. Production with several instances sets JOBS_IN_PROCESS=0 and runs
// `npm run worker` processes instead (or as well: claims are safe across workers).
import { z } from "zod";
import { defaultWorkerId, DEFAULT_POLL_MS, startWorker } from "./worker";

const envSchema = z.object({
  JOBS_IN_PROCESS: z.enum(["0", "1"]).default("1"),
  JOBS_POLL_MS: z.coerce.number().int().min(100).default(DEFAULT_POLL_MS),
  JOBS_WORKER_ID: z.string().trim().min(1).optional(),
});

export type JobsEnv = z.output<typeof envSchema>;

/** The worker settings from the environment; throws with the offending variable named. */
export function readJobsEnv(env: Record<string, string | undefined> = process.env): JobsEnv {
  const parsed = envSchema.safeParse({
    JOBS_IN_PROCESS: env.JOBS_IN_PROCESS || undefined,
    JOBS_POLL_MS: env.JOBS_POLL_MS || undefined,
    JOBS_WORKER_ID: env.JOBS_WORKER_ID || undefined,
  });
  if (!parsed.success) throw new Error(`jobs: invalid environment: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const globalForWorker = globalThis as unknown as { __portalJobsWorker?: AbortController };

/**
 * Starts the in-process worker once per process, unless JOBS_IN_PROCESS=0, under Vitest, or
 * during `next build` (which also calls register()). Returns without waiting for the loop.
 */
export function startInProcessWorker(env: Record<string, string | undefined> = process.env): void {
  if (env.VITEST || env.NEXT_PHASE === "phase-production-build") return;
  // A second register() (dev reloads the instrumentation module) must not add a second loop.
  if (globalForWorker.__portalJobsWorker) return;
  let settings: JobsEnv;
  try {
    settings = readJobsEnv(env);
  } catch (error) {
    // A bad setting must not stop the portal from serving; say so loudly and run no worker.
    console.error(error instanceof Error ? error.message : error);
    return;
  }
  if (settings.JOBS_IN_PROCESS === "0") return;
  const controller = new AbortController();
  globalForWorker.__portalJobsWorker = controller;
  startWorker({ workerId: settings.JOBS_WORKER_ID ?? defaultWorkerId("web"), pollMs: settings.JOBS_POLL_MS, signal: controller.signal }).catch(
    (error: unknown) => console.error("jobs: in-process worker stopped unexpectedly:", error),
  );
}
