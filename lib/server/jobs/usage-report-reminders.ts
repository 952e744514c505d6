// Overdue use-report reminders (RULES.md S8 按时报告). A daily sweep ("usage-reports.remind-overdue")
// finds every share whose next report is overdue (lib/eligibility usageReportSchedule: report k
// falls due k × 6 months after the first payment, until every yuan received is reported) and,
// in one transaction:
//   - enqueues one "usage-reports.remind-share" job per share and due date, keyed
//     `usage-reports.remind-share:<shareId>:<dueOn>`: the key is what makes the reminder go out
//     once per due date, however many sweeps see the share overdue (a new due date, a new key);
//   - tells the bureau, in one summary, about the shares newly overdue in this sweep (none new:
//     no summary).
// Before that (on its own, so that a sweep that keeps failing does not end the chain) it schedules
// the next sweep for 09:00 the next Shanghai day, keyed by that day: a sweep run twice, or the
// worker starting again, never piles up a second chain.
// The share job notifies the share's unit, after checking the report is still overdue for that
// due date (a report may have come in since). Free of "server-only" like the other job modules
// (see lib/server/jobs/index.ts): the worker process loads it.
import { z } from "zod";
import type { Db, Tx } from "../db/client";
import { shareMoney, formatFenAsYuan } from "../../domain/money";
import type { UsageReportStatus } from "../../domain/subsidy-workflow";
import { addDays, calendarDateOf, formatDate, shanghaiMidnight, toEpochDay } from "../../eligibility/dates";
import { usageReportSchedule } from "../../eligibility/subsidy";
import { messages } from "../../i18n/messages.zh-CN";
import { enqueueJob } from "./enqueue";
import { enqueueOutboxDelivery } from "./outbox-delivery";
import { defineJob } from "./registry";

const r = messages.usageReports.reminders;

export const USAGE_REMINDER_SWEEP_KIND = "usage-reports.remind-overdue";
export const USAGE_REMINDER_SHARE_KIND = "usage-reports.remind-share";

/** The sweep of a Shanghai day (YYYY-MM-DD) has this key: one per day, ever. */
export const sweepKey = (day: string) => `${USAGE_REMINDER_SWEEP_KIND}:${day}`;
export const shareReminderKey = (shareId: string, dueOn: string) => `${USAGE_REMINDER_SHARE_KIND}:${shareId}:${dueOn}`;

export type OverdueShare = {
  shareId: string;
  brandId: string;
  brandName: string;
  unitId: string | null;
  unitName: string;
  /** YYYY-MM-DD */
  dueOn: string;
  sequence: number;
  daysOverdue: number;
  remainingFen: number;
};

/**
 * The shares matching `where` whose next report is overdue on `now`'s Shanghai date. The same
 * figures as lib/server/services/subsidies/share-figures.ts (shareMoney and usageReportSchedule
 * over the same rows), read here without its "server-only" marker for the worker; a service
 * test holds the two equal.
 */
export async function findOverdueShares(db: Db | Tx, { now, where = {} }: { now: Date; where?: object }): Promise<OverdueShare[]> {
  const shares = await db.subsidyShare.findMany({
    where,
    select: {
      id: true,
      brandId: true,
      unitId: true,
      unitName: true,
      amount: true,
      payments: { select: { amount: true, paidOn: true } },
      reports: { select: { status: true, totalFen: true } },
      award: { select: { brand: { select: { name: true } } } },
    },
  });
  const today = calendarDateOf(now);
  const overdue: OverdueShare[] = [];
  for (const s of shares) {
    const money = shareMoney({ amount: s.amount, payments: s.payments, reports: s.reports.map((x) => ({ status: x.status as UsageReportStatus, totalFen: x.totalFen })) });
    const firstPaid = s.payments.reduce<Date | null>((min, p) => (min === null || p.paidOn < min ? p.paidOn : min), null);
    const schedule = usageReportSchedule({
      // Stored calendar dates are 00:00 UTC of the date: read them in UTC.
      firstPaidOn: firstPaid ? { year: firstPaid.getUTCFullYear(), month: firstPaid.getUTCMonth() + 1, day: firstPaid.getUTCDate() } : null,
      reportsFiled: s.reports.length,
      receivedFen: money.paid * 100,
      reportedFen: money.usedFen + money.pendingFen,
      fullyPaid: money.unpaid === 0,
      today,
    });
    if (!schedule.due || !schedule.overdue) continue;
    overdue.push({
      shareId: s.id,
      brandId: s.brandId,
      brandName: s.award.brand.name,
      unitId: s.unitId,
      unitName: s.unitName,
      dueOn: formatDate(schedule.dueOn),
      sequence: schedule.sequence,
      daysOverdue: toEpochDay(today) - toEpochDay(schedule.dueOn),
      remainingFen: money.remainingFen,
    });
  }
  return overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || a.brandName.localeCompare(b.brandName, "zh-CN") || a.unitName.localeCompare(b.unitName, "zh-CN"));
}

/** In-app notifications (with their outbox rows and delivery jobs) to the users matching `where`. */
async function notifyUsers(tx: Tx, { where, title, body, link, skipIfBodyStartsWith }: { where: object; title: string; body: string; link: string; skipIfBodyStartsWith?: string }) {
  const recipients = await tx.user.findMany({ where: { AND: [{ active: true }, where] }, select: { id: true } });
  let sent = 0;
  for (const { id: userId } of recipients) {
    // A share job run again after a crash between its commit and its DONE finds its own row.
    if (skipIfBodyStartsWith && (await tx.notification.count({ where: { userId, title, body: { startsWith: skipIfBodyStartsWith } } })) > 0) continue;
    const n = await tx.notification.create({ data: { userId, title, body, link } });
    const outbox = await tx.outboxMessage.create({ data: { notificationId: n.id, channel: "IN_APP", payload: { userId, title, body, link } } });
    await enqueueOutboxDelivery(tx, { outboxMessageId: outbox.id });
    sent += 1;
  }
  return sent;
}

/** 09:00 in Shanghai of the day after `now`'s Shanghai date, and that day. */
function nextSweep(now: Date): { day: string; runAt: Date } {
  const next = addDays(calendarDateOf(now), 1);
  return { day: formatDate(next), runAt: new Date(shanghaiMidnight(next).getTime() + 9 * 3_600_000) };
}

/** Enqueues today's sweep, to run now, unless today's already exists (worker start-up). */
export async function scheduleUsageReportReminders(db: Db | Tx, { now = new Date() }: { now?: Date } = {}) {
  const day = formatDate(calendarDateOf(now));
  return enqueueJob<typeof usageReportReminderSweepJob>(db, { kind: USAGE_REMINDER_SWEEP_KIND, payload: { day }, dedupeKey: sweepKey(day), runAt: now });
}

export const usageReportReminderSweepJob = defineJob({
  kind: USAGE_REMINDER_SWEEP_KIND,
  payload: z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  run: async (_payload, context) => {
    const now = context.now();
    // Tomorrow's sweep first, on its own: a sweep that keeps failing must not end the chain.
    const next = nextSweep(now);
    await enqueueJob<typeof usageReportReminderSweepJob>(context.db, { kind: USAGE_REMINDER_SWEEP_KIND, payload: { day: next.day }, dedupeKey: sweepKey(next.day), runAt: next.runAt });
    const overdue = await findOverdueShares(context.db, { now });
    await context.db.$transaction(async (tx: Tx) => {
      const fresh: OverdueShare[] = [];
      for (const s of overdue) {
        const dedupeKey = shareReminderKey(s.shareId, s.dueOn);
        // One reminder per share and due date: the key exists once it was ever enqueued.
        if (await tx.job.findUnique({ where: { dedupeKey }, select: { id: true } })) continue;
        await enqueueJob<typeof usageReportShareReminderJob>(tx, { kind: USAGE_REMINDER_SHARE_KIND, payload: { shareId: s.shareId, dueOn: s.dueOn }, dedupeKey, runAt: now });
        fresh.push(s);
      }
      if (fresh.length > 0) {
        await notifyUsers(tx, {
          where: { role: "BUREAU_OFFICIAL" },
          title: r.bureauTitle(fresh.length),
          body: fresh.map((s) => r.bureauLine(s.brandName, s.unitName, s.dueOn)).join("；"),
          link: "/bureau#overdue-usage-reports",
        });
      }
    });
  },
});

export const usageReportShareReminderJob = defineJob({
  kind: USAGE_REMINDER_SHARE_KIND,
  payload: z.object({ shareId: z.string().min(1), dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  run: async ({ shareId, dueOn }, context) => {
    const now = context.now();
    const [share] = await findOverdueShares(context.db, { now, where: { id: shareId } });
    // Reported meanwhile (or the schedule moved on to another due date): nothing to remind of.
    if (!share || share.dueOn !== dueOn || !share.unitId) return;
    const bodyKey = r.unitBody(share.dueOn, share.sequence, "").split("，")[0]!;
    await context.db.$transaction((tx: Tx) =>
      notifyUsers(tx, {
        where: { role: "APPLICANT_UNIT", unitId: share.unitId },
        title: r.unitTitle(share.brandName),
        body: r.unitBody(share.dueOn, share.sequence, formatFenAsYuan(share.remainingFen)),
        link: `/portal/brands/${share.brandId}#usage-reports`,
        skipIfBodyStartsWith: bodyKey,
      }),
    );
  },
});

