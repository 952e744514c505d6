import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { revocationWhere } from "@/lib/server/scope";
import type { SessionUser } from "@/lib/server/session-user";

export const revocationNotFound = () => new AppError({ code: "NOT_FOUND", message: messages.revocations.errors.notFound });

/** The revocation scope of this user, with a unit's credit code read from its account. */
export async function revocationScopeOf(user: SessionUser, tx: Tx = db) {
  const unitCreditCode =
    user.role === "APPLICANT_UNIT" && user.unitId ? ((await tx.unit.findUnique({ where: { id: user.unitId }, select: { creditCode: true } }))?.creditCode ?? null) : null;
  return revocationWhere(user, { unitCreditCode });
}

/** The revocation if this user may see it (lib/server/scope.ts revocationWhere); otherwise NOT_FOUND. */
export async function findVisibleRevocation(user: SessionUser, revocationId: unknown, tx: Tx = db) {
  if (typeof revocationId !== "string" || revocationId.length === 0 || revocationId.length > 64) throw revocationNotFound();
  const revocation = await tx.revocation.findFirst({
    where: { AND: [{ id: revocationId }, await revocationScopeOf(user, tx)] },
    include: { brand: { select: { id: true, name: true, slug: true, newCityId: true, hiddenFromShowcase: true, highestLevel: true } } },
  });
  if (!revocation) throw revocationNotFound();
  return revocation;
}
