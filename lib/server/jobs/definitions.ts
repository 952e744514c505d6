// Every job kind of the portal, in one list: the worker's registry is built from it and
// enqueueJob's types are derived from it, so a kind cannot be enqueued without a handler.
import { createJobRegistry } from "./registry";
import { outboxDeliveryJob } from "./outbox-delivery";

export const APP_JOBS = [outboxDeliveryJob] as const;
export type AppJob = (typeof APP_JOBS)[number];

export const appJobRegistry = createJobRegistry(APP_JOBS);
