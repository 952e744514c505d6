import "server-only";
import type { Tx } from "./db";
import { enqueueOutboxDelivery } from "./jobs";
import type { Party } from "@/lib/domain/application-workflow";

export type NotificationDraft = { title: string; body: string; link?: string };

/**
 * In-app notifications for every active user of the parties concerned, each with an outbox row
 * and the job that delivers it, all in the caller's transaction: the messages exist, and will be
 * delivered, exactly when the change they announce commits (lib/server/jobs/outbox-delivery.ts).
 */
export async function notifyParties(
  tx: Tx,
  {
    parties,
    unitId,
    unitIds,
    newCityId,
    message,
    exceptUserIds = [],
  }: {
    parties: readonly Party[];
    unitId: string;
    /** Several units (a brand's lead units); overrides unitId. */ unitIds?: readonly string[];
    newCityId: string;
    message: NotificationDraft;
    /** Users not to notify (the official who acted, when the others must act next). */
    exceptUserIds?: readonly string[];
  },
): Promise<number> {
  const units = [...(unitIds ?? [unitId])];
  const or = parties.map((p) =>
    p === "unit"
      ? { unitId: { in: units }, role: "APPLICANT_UNIT" as const }
      : p === "newCity"
        ? { newCityId, role: "NEW_CITY_STAFF" as const }
        : { role: "BUREAU_OFFICIAL" as const },
  );
  if (or.length === 0) return 0;
  const recipients = await tx.user.findMany({ where: { active: true, OR: or, ...(exceptUserIds.length > 0 ? { id: { notIn: [...exceptUserIds] } } : {}) }, select: { id: true } });
  for (const r of recipients) {
    const n = await tx.notification.create({ data: { userId: r.id, title: message.title, body: message.body, link: message.link ?? null } });
    const outbox = await tx.outboxMessage.create({
      data: { notificationId: n.id, channel: "IN_APP", payload: { userId: r.id, title: message.title, body: message.body, link: message.link ?? null } },
    });
    await enqueueOutboxDelivery(tx, { outboxMessageId: outbox.id });
  }
  return recipients.length;
}
