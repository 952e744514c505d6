import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { brandWhere } from "@/lib/server/scope";
import type { SessionUser } from "@/lib/server/session-user";

export const awardNotFound = () => new AppError({ code: "NOT_FOUND", message: messages.subsidies.errors.awardNotFound });

/** The award if this user may see its brand (lib/server/scope.ts brandWhere); otherwise NOT_FOUND. */
export async function findVisibleAward(user: SessionUser, awardId: string, tx: Tx = db) {
  const award = await tx.subsidyAward.findFirst({
    where: { id: awardId, brand: brandWhere(user) },
    include: { brand: { select: { id: true, name: true, newCityId: true } } },
  });
  if (!award) throw awardNotFound();
  return award;
}

/** The lead units holding the title at the award's level (its recognition's ACTIVE rows), in their order. */
export async function leadUnitsOfAward(tx: Tx, award: { recognitionId: string }) {
  return tx.leadUnitRecognition.findMany({
    where: { recognitionId: award.recognitionId, status: "ACTIVE" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { creditCode: true, unitName: true, unitId: true },
  });
}

/** Each lead unit's account: the one linked at recognition, else the Unit with its credit code, else none (paid all the same). */
export async function accountsOf(tx: Tx, leadUnits: readonly { creditCode: string; unitId: string | null }[]) {
  const missing = leadUnits.filter((u) => !u.unitId).map((u) => u.creditCode);
  const found = missing.length > 0 ? await tx.unit.findMany({ where: { creditCode: { in: missing } }, select: { id: true, creditCode: true } }) : [];
  const byCode = new Map(found.map((u) => [u.creditCode, u.id]));
  return new Map(leadUnits.map((u) => [u.creditCode, u.unitId ?? byCode.get(u.creditCode) ?? null]));
}
