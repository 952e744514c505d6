import "server-only";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import { DEFAULT_PAGE_SIZE, pageCountOf } from "@/lib/domain/pagination";
import type { UseCase } from "@/lib/server/use-case";

/** 消息通知: the signed-in user's own notifications, newest first. */
export async function listNotifications({ user, input: { page = 1 } = {} }: Pick<UseCase<{ page?: number } | undefined>, "user" | "input">) {
  assertPermission(user, "notification:read-own");
  const where = { userId: user.id };
  const [total, unread, items] = await Promise.all([
    db.notification.count({ where }),
    db.notification.count({ where: { ...where, readAt: null } }),
    db.notification.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (Math.max(1, page) - 1) * DEFAULT_PAGE_SIZE, take: DEFAULT_PAGE_SIZE }),
  ]);
  return { items, total, unread, page, pageCount: pageCountOf(total), pageSize: DEFAULT_PAGE_SIZE };
}
