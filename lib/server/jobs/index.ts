// What app code (services, route handlers) uses of the job runner. The "server-only" marker lives
// here, not in the modules below it, because instrumentation.ts and scripts/worker.ts load the
// worker outside React's server bundle, where the marker would throw.
import "server-only";

export { enqueueJob, type EnqueueInput } from "./enqueue";
export { enqueueOutboxDelivery } from "./outbox-delivery";
export { JOB_STATUSES, type JobStatus } from "./job-status";
