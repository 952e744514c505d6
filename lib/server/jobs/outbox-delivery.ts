// Delivery of the transactional outbox. notifyParties writes, per recipient, a Notification, an
// OutboxMessage and — in the same transaction — one "outbox.deliver" job for that row (dedupe
// key "outbox:<id>"). One job per row rather than a periodic drain: each message gets its own
// attempts, backoff and lastError, a message that keeps failing does not hold up the others, and
// the exactly-once argument is short:
//   1. the runner hands a job to one worker at a time (claim by SKIP LOCKED / conditional update);
//   2. the row moves PENDING → SENT by a conditional update (`where status = PENDING`), so even a
//      second run of the job (a reclaimed lock) cannot deliver it again: it finds the row SENT,
//      or its update matches nothing.
// For IN_APP the Notification row is the delivery, so (2) is all there is and delivery is exactly
// once. An external gateway (SMS, e-mail, later) sends before (2), so a worker dying between the
// send and the update means one resend; the gateway gets the outbox id to pass on as the
// provider's idempotency key.
import { z } from "zod";
import type { Tx } from "../db/client";
import type { OutboxMessage } from "../db/generated/sqlite/client";
import { enqueueJob } from "./enqueue";
import { defineJob, type JobContext } from "./registry";

// OutboxMessage.channel and .status are plain strings in the schema; these are their values.
export const OUTBOX_CHANNELS = ["IN_APP", "SMS", "EMAIL"] as const;
export type OutboxChannel = (typeof OUTBOX_CHANNELS)[number];

/** Sends one outbox message on its channel; throws to have the job retried. */
export type ChannelGateway = {
  deliver: (message: Pick<OutboxMessage, "id" | "notificationId" | "payload">, context: JobContext) => Promise<void>;
};

export type ChannelGateways = Partial<Record<OutboxChannel, ChannelGateway>>;

/** The gateways the portal has today. SMS and e-mail join with their own issue. */
export const DEFAULT_GATEWAYS: ChannelGateways = {
  // The Notification was written with the outbox row, in the same transaction: there is nothing
  // left to send, and marking the row SENT is the whole delivery.
  IN_APP: { deliver: async () => {} },
};

export const OUTBOX_DELIVERY_KIND = "outbox.deliver";
/** Attempts per message; with the runner's backoff the last one is about 20 minutes after the first. */
export const OUTBOX_MAX_ATTEMPTS = 8;

const payload = z.object({ outboxMessageId: z.string().min(1) });

/** The delivery job over a given set of gateways (tests pass their own). */
export function createOutboxDeliveryJob({ gateways }: { gateways: ChannelGateways }) {
  return defineJob({
    kind: OUTBOX_DELIVERY_KIND,
    payload,
    run: async ({ outboxMessageId }, context) => {
      const { db } = context;
      const message = await db.outboxMessage.findUnique({ where: { id: outboxMessageId } });
      // Gone (cleaned up) or already delivered by an earlier run of this job: nothing to do.
      if (!message || message.status !== "PENDING") return;
      const gateway = gateways[message.channel as OutboxChannel];
      try {
        if (!gateway) throw new Error(`no gateway for outbox channel "${message.channel}"`);
        await gateway.deliver(message, context);
      } catch (error) {
        const last = context.attempt >= context.maxAttempts;
        await db.outboxMessage.updateMany({
          where: { id: message.id, status: "PENDING" },
          data: { attempts: { increment: 1 }, lastError: error instanceof Error ? error.message : String(error), ...(last ? { status: "FAILED" } : {}) },
        });
        throw error;
      }
      await db.outboxMessage.updateMany({
        where: { id: message.id, status: "PENDING" },
        data: { status: "SENT", sentAt: context.now(), attempts: { increment: 1 }, lastError: null },
      });
    },
  });
}

export const outboxDeliveryJob = createOutboxDeliveryJob({ gateways: DEFAULT_GATEWAYS });

/** Enqueues the delivery of one outbox row inside the transaction that wrote it. */
export async function enqueueOutboxDelivery(tx: Tx, { outboxMessageId, availableAt }: { outboxMessageId: string; availableAt?: Date }) {
  return enqueueJob(tx, {
    kind: OUTBOX_DELIVERY_KIND,
    payload: { outboxMessageId },
    dedupeKey: `outbox:${outboxMessageId}`,
    maxAttempts: OUTBOX_MAX_ATTEMPTS,
    ...(availableAt ? { runAt: availableAt } : {}),
  });
}
