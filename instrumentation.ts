// Next.js calls register() once per server instance, before it serves requests (`next dev`,
// `next start`): it starts the in-process job worker (lib/server/jobs/in-process.ts), which
// JOBS_IN_PROCESS=0 turns off. Only on the Node.js runtime: the worker needs the database drivers.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startInProcessWorker } = await import("./lib/server/jobs/in-process");
  startInProcessWorker();
}
