import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { brandWhere, shareWhere } from "@/lib/server/scope";
import type { SessionUser } from "@/lib/server/session-user";

export const brandNotFound = () => new AppError({ code: "NOT_FOUND", message: messages.brandLife.errors.brandNotFound });

const validId = (id: unknown): id is string => typeof id === "string" && id.length > 0 && id.length <= 64;

/** The brand if this user may see it (lib/server/scope.ts brandWhere); otherwise NOT_FOUND. */
export async function findVisibleBrand(user: SessionUser, brandId: unknown, tx: Tx = db) {
  if (!validId(brandId)) throw brandNotFound();
  const brand = await tx.brand.findFirst({ where: { AND: [{ id: brandId }, brandWhere(user)] } });
  if (!brand) throw brandNotFound();
  return brand;
}

/** The share if this user may see it (a unit only its own, S8); otherwise NOT_FOUND. */
export async function findVisibleShare(user: SessionUser, shareId: unknown, tx: Tx = db) {
  if (!validId(shareId)) throw brandNotFound();
  const share = await tx.subsidyShare.findFirst({
    where: { AND: [{ id: shareId }, shareWhere(user)] },
    include: { award: { include: { brand: { select: { id: true, name: true, newCityId: true } } } } },
  });
  if (!share) throw brandNotFound();
  return share;
}
