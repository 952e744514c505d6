import "server-only";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import { DEFAULT_PAGE_SIZE, pageCountOf } from "@/lib/domain/pagination";
import type { SessionUser } from "@/lib/server/session-user";

/** 消息通知: the signed-in user's own notifications, newest first. */
export async function listNotifications(user: SessionUser, { page = 1 }: { page?: number } = {}) {
  assertPermission(user, "portal:access");
  const where = { userId: user.id };
  const [total, unread, items] = await Promise.all([
    db.notification.count({ where }),
    db.notification.count({ where: { ...where, readAt: null } }),
    db.notification.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (Math.max(1, page) - 1) * DEFAULT_PAGE_SIZE, take: DEFAULT_PAGE_SIZE }),
  ]);
  return { items, total, unread, page, pageCount: pageCountOf(total), pageSize: DEFAULT_PAGE_SIZE };
}

export async function unreadNotificationCount(user: SessionUser) {
  assertPermission(user, "portal:access");
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}

/** Marks the user's own notifications read (never another user's: the filter includes userId). */
export async function markNotificationsRead(user: SessionUser, ids?: unknown) {
  assertPermission(user, "portal:access");
  const list = Array.isArray(ids) ? ids.filter((x): x is string => typeof x === "string").slice(0, 100) : undefined;
  const result = await db.notification.updateMany({
    where: { userId: user.id, readAt: null, ...(list ? { id: { in: list } } : {}) },
    data: { readAt: new Date() },
  });
  return { count: result.count };
}
