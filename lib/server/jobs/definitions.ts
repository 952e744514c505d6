// Every job kind of the portal, in one list: the worker's registry is built from it and
// enqueueJob's types are derived from it, so a kind cannot be enqueued without a handler.
import type { Db } from "../db/client";
import { createJobRegistry } from "./registry";
import { outboxDeliveryJob } from "./outbox-delivery";
import { exportBuildJob } from "./export-build";
import { scheduleUsageReportReminders, USAGE_REMINDER_SWEEP_KIND, usageReportReminderSweepJob, usageReportShareReminderJob } from "./usage-report-reminders";

export const APP_JOBS = [outboxDeliveryJob, usageReportReminderSweepJob, usageReportShareReminderJob, exportBuildJob] as const;
export type AppJob = (typeof APP_JOBS)[number];

export const appJobRegistry = createJobRegistry(APP_JOBS);

/**
 * Recurring jobs: each reschedules itself when it runs, keyed by its next day, and the worker
 * calls `start` when it starts so that a fresh database (or one whose chain was lost) gets one
 * going. Enqueues are deduplicated, so any number of workers starting changes nothing.
 */
export const RECURRING_JOBS: readonly { kind: string; start: (db: Db, options: { now: Date }) => Promise<unknown> }[] = [
  { kind: USAGE_REMINDER_SWEEP_KIND, start: (db, { now }) => scheduleUsageReportReminders(db, { now }) },
];
