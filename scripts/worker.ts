// `npm run worker`: the job worker as a process of its own, for production with several portal
// instances (each started with JOBS_IN_PROCESS=0). Any number of these may run against one
// PostgreSQL database (see lib/server/jobs/runner.ts). SIGTERM or SIGINT stops it after the batch
// in progress, so a deploy never cuts a job off half-way.
import { readJobsEnv } from "../lib/server/jobs/in-process";
import { defaultWorkerId, startWorker } from "../lib/server/jobs/worker";

const settings = readJobsEnv(process.env);
const controller = new AbortController();
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    console.info(`jobs: ${signal} received, stopping after the current batch`);
    controller.abort();
  });
}

// No top-level await: tsx loads this file as CommonJS (package.json has no "type": "module").
startWorker({ workerId: settings.JOBS_WORKER_ID ?? defaultWorkerId("worker"), pollMs: settings.JOBS_POLL_MS, signal: controller.signal }).catch(
  (error: unknown) => {
    console.error("jobs: worker failed:", error);
    process.exitCode = 1;
  },
);
