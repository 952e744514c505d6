import "server-only";
import type { Tx } from "./db";
import type { Party } from "@/lib/domain/application-workflow";

export type NotificationDraft = { title: string; body: string; link?: string };

/**
 * In-app notifications for every active user of the parties concerned, each with an outbox row
 * in the same transaction, so SMS or e-mail delivery can be added later by draining the outbox.
 */
export async function notifyParties(
  tx: Tx,
  { parties, unitId, newCityId, message }: { parties: readonly Party[]; unitId: string; newCityId: string; message: NotificationDraft },
): Promise<number> {
  const or = parties.map((p) =>
    p === "unit" ? { unitId, role: "APPLICANT_UNIT" as const } : p === "newCity" ? { newCityId, role: "NEW_CITY_STAFF" as const } : { role: "BUREAU_OFFICIAL" as const },
  );
  if (or.length === 0) return 0;
  const recipients = await tx.user.findMany({ where: { active: true, OR: or }, select: { id: true } });
  for (const r of recipients) {
    const n = await tx.notification.create({ data: { userId: r.id, title: message.title, body: message.body, link: message.link ?? null } });
    await tx.outboxMessage.create({
      data: { notificationId: n.id, channel: "IN_APP", payload: { userId: r.id, title: message.title, body: message.body, link: message.link ?? null } },
    });
  }
  return recipients.length;
}
