import "server-only";
import type { Tx } from "@/lib/server/db";
import type { RevocationReasonCode } from "@/lib/eligibility";
import { writeAudit } from "@/lib/server/audit";
import type { Effects } from "@/lib/server/effects";
import { refreshHighestLevel } from "./levels";
import { orderReclaim, type Actor } from "./plaques";

// The one place a recognition's status changes after it was granted: a lead unit's title or a
// brand's recognition is revoked by a failed evaluation (E4) or a confirmed revocation (M1, M2),
// with their plaques ordered back. Inside the caller's transaction.

export type Revoked = {
  leadUnits: { id: string; creditCode: string; unitName: string; level: string }[];
  /** Levels of the brand revoked with them (severe, or no lead unit left at that level). */
  levels: string[];
  highestLevel: string | null;
  effects: Effects;
};

/**
 * Revokes lead units' titles (E4: one recognition at one level; M1: every level the unit holds in
 * the brand) and, when `severe` (M2), the brand's recognition at every level: the titles become
 * REVOKED on `revokedOn` (the ban of E5/M3 counts from it), their plaques are to be reclaimed, and
 * the brand leaves the showcase. A level left with no active lead unit is revoked with them, so a
 * brand whose last lead unit lost its title is no longer shown as recognised. Highest level is
 * re-derived; the showcase is refreshed after commit through the returned effects.
 */
export async function revokeRecognitions(
  tx: Tx,
  {
    user,
    ctx,
    now,
    brandId,
    leadUnitRecognitionIds,
    revokedOn,
    reason,
    reasonLabel,
    severe = false,
    revocationId = null,
    evaluationId = null,
  }: Actor & {
    brandId: string;
    leadUnitRecognitionIds: string[];
    revokedOn: Date;
    reason: RevocationReasonCode;
    /** Shown on the plaques to reclaim and in the trail. */
    reasonLabel: string;
    severe?: boolean;
    revocationId?: string | null;
    evaluationId?: string | null;
  },
): Promise<Revoked> {
  const targets = await tx.leadUnitRecognition.findMany({
    where: { brandId, status: "ACTIVE", ...(severe ? {} : { id: { in: leadUnitRecognitionIds } }) },
    select: { id: true, creditCode: true, unitName: true, level: true, recognitionId: true },
  });
  if (targets.length > 0) {
    await tx.leadUnitRecognition.updateMany({
      where: { id: { in: targets.map((t) => t.id) }, status: "ACTIVE" },
      data: { status: "REVOKED", revokedOn, revocationReason: reason, revocationId, evaluationId },
    });
    for (const t of targets) {
      await writeAudit(tx, {
        actor: user,
        ctx,
        at: now,
        action: "leadUnit.revoke",
        entityType: "Brand",
        entityId: brandId,
        comment: reasonLabel,
        changes: { creditCode: { to: t.creditCode }, unitName: { to: t.unitName }, level: { to: t.level }, reason: { to: reason }, revokedOn: { to: revokedOn.toISOString().slice(0, 10) } },
      });
    }
    await orderReclaim(tx, { user, ctx, now, brandId, where: { leadUnitRecognitionId: { in: targets.map((t) => t.id) } }, reason: reasonLabel });
  }

  // The brand's levels that go with them: all of them when severe, else those left without a lead unit.
  const active = await tx.brandRecognition.findMany({
    where: { brandId, status: "ACTIVE" },
    select: { id: true, level: true, _count: { select: { leadUnits: { where: { status: "ACTIVE" } } } } },
  });
  const levels = active.filter((r) => severe || r._count.leadUnits === 0);
  if (levels.length > 0) {
    await tx.brandRecognition.updateMany({ where: { id: { in: levels.map((r) => r.id) }, status: "ACTIVE" }, data: { status: "REVOKED", revokedOn } });
    await writeAudit(tx, {
      actor: user,
      ctx,
      at: now,
      action: "brand.revoke",
      entityType: "Brand",
      entityId: brandId,
      comment: reasonLabel,
      changes: { levels: { to: levels.map((r) => r.level) }, severe: { to: severe }, reason: { to: reason } },
    });
    await orderReclaim(tx, { user, ctx, now, brandId, where: { recognitionId: { in: levels.map((r) => r.id) }, kind: "BRAND" }, reason: reasonLabel });
  }
  const brand = await tx.brand.findUniqueOrThrow({ where: { id: brandId }, select: { slug: true, hiddenFromShowcase: true } });
  if (severe && !brand.hiddenFromShowcase) await tx.brand.update({ where: { id: brandId }, data: { hiddenFromShowcase: true } });
  const highestLevel = await refreshHighestLevel(tx, { user, ctx, now, brandId });
  const showcaseChanged = severe || levels.length > 0;
  return {
    leadUnits: targets.map((t) => ({ id: t.id, creditCode: t.creditCode, unitName: t.unitName, level: t.level })),
    levels: levels.map((r) => r.level),
    highestLevel,
    effects: showcaseChanged ? { brandSlugs: [brand.slug] } : {},
  };
}
