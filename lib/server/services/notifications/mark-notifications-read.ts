import "server-only";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import type { UseCase } from "@/lib/server/use-case";

/** Marks the user's own notifications read (never another user's: the filter includes userId). */
export async function markNotificationsRead({ user, input, now = new Date() }: UseCase<{ ids?: unknown } | undefined>) {
  assertPermission(user, "notification:read-own");
  const ids = input?.ids;
  const list = Array.isArray(ids) ? ids.filter((x): x is string => typeof x === "string").slice(0, 100) : undefined;
  const result = await db.notification.updateMany({
    where: { userId: user.id, readAt: null, ...(list ? { id: { in: list } } : {}) },
    data: { readAt: now },
  });
  return { count: result.count };
}
