import "server-only";
import type { Tx } from "@/lib/server/db";
import { plaqueNumber, plaqueNumberPrefix } from "@/lib/domain/plaque-number";
import type { PlaqueKind } from "@/lib/domain/recognition-statuses";
import { writeAudit } from "@/lib/server/audit";
import type { RequestContext } from "@/lib/server/request-context";
import type { SessionUser } from "@/lib/server/session-user";

// Plaques (牌匾): issued with each level (gainLevel), ordered back when the recognition they
// stand for is revoked (revokeRecognitions), and recorded as reclaimed by the bureau. Inside the
// caller's transaction.

export type Actor = { user: SessionUser; ctx?: RequestContext; now: Date };

async function nextPlaqueNo(tx: Tx, kind: PlaqueKind, year: number): Promise<string> {
  const issued = await tx.plaque.count({ where: { kind, plaqueNo: { startsWith: plaqueNumberPrefix({ kind, year }) } } });
  return plaqueNumber({ kind, year, sequence: issued + 1 });
}

/** 授牌: the brand's plaque for a recognition and one plaque per lead unit recognised with it. */
export async function issuePlaques(
  tx: Tx,
  { user, ctx, now, brandId, recognitionId, issuedOn, leadUnits }: Actor & { brandId: string; recognitionId: string; issuedOn: Date; leadUnits: readonly { id: string; unitName: string }[] },
) {
  const year = issuedOn.getUTCFullYear();
  const issued: { plaqueNo: string; kind: PlaqueKind; unitName?: string }[] = [];
  const brandPlaque = await tx.plaque.create({ data: { plaqueNo: await nextPlaqueNo(tx, "BRAND", year), kind: "BRAND", brandId, recognitionId, issuedOn } });
  issued.push({ plaqueNo: brandPlaque.plaqueNo, kind: "BRAND" });
  for (const u of leadUnits) {
    const p = await tx.plaque.create({
      data: { plaqueNo: await nextPlaqueNo(tx, "LEAD_UNIT", year), kind: "LEAD_UNIT", brandId, recognitionId, leadUnitRecognitionId: u.id, issuedOn },
    });
    issued.push({ plaqueNo: p.plaqueNo, kind: "LEAD_UNIT", unitName: u.unitName });
  }
  await writeAudit(tx, { actor: user, ctx, at: now, action: "plaque.issue", entityType: "Brand", entityId: brandId, changes: { plaques: { to: issued } } });
  return issued;
}

export async function orderReclaim(tx: Tx, { user, ctx, now, brandId, where, reason }: Actor & { brandId: string; where: { id?: { in: string[] }; leadUnitRecognitionId?: { in: string[] }; recognitionId?: { in: string[] }; kind?: PlaqueKind }; reason: string }) {
  const plaques = await tx.plaque.findMany({ where: { ...where, brandId, status: "ISSUED" }, select: { id: true, plaqueNo: true } });
  if (plaques.length === 0) return [];
  await tx.plaque.updateMany({ where: { id: { in: plaques.map((p) => p.id) }, status: "ISSUED" }, data: { status: "TO_RECLAIM", reclaimReason: reason, reclaimOrderedAt: now } });
  await writeAudit(tx, {
    actor: user,
    ctx,
    at: now,
    action: "plaque.order-reclaim",
    entityType: "Brand",
    entityId: brandId,
    comment: reason,
    changes: { plaques: { to: plaques.map((p) => p.plaqueNo) } },
  });
  return plaques;
}

