import "server-only";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import type { UseCase } from "@/lib/server/use-case";

/** The unread count in the portal header. */
export async function countUnreadNotifications({ user }: Pick<UseCase, "user">) {
  assertPermission(user, "notification:read-own");
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}
