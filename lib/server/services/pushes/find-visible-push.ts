import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { brandWhere } from "@/lib/server/scope";
import type { SessionUser } from "@/lib/server/session-user";

export const pushNotFound = () => new AppError({ code: "NOT_FOUND", message: messages.pushes.errors.pushNotFound });

/** The push with its brand if this user may see the brand (lib/server/scope.ts); otherwise NOT_FOUND. */
export async function findVisiblePush(user: SessionUser, pushId: unknown, tx: Tx = db) {
  if (typeof pushId !== "string" || pushId.length === 0 || pushId.length > 64) throw pushNotFound();
  const push = await tx.brandPush.findFirst({ where: { id: pushId, brand: brandWhere(user) }, include: { brand: true } });
  if (!push) throw pushNotFound();
  return push;
}
