import "server-only";
import type { Tx } from "@/lib/server/db";
import { levelRank, type LevelCode } from "@/lib/eligibility";
import { writeAudit } from "@/lib/server/audit";
import type { RequestContext } from "@/lib/server/request-context";
import type { SessionUser } from "@/lib/server/session-user";
import { createAwardForLevel } from "../subsidies/create-award";
import { issuePlaques } from "./plaques";

/** The highest of the levels a brand holds (F5), or null when it holds none. */
export function highestLevelOf(levels: readonly LevelCode[]): LevelCode | null {
  return levels.reduce<LevelCode | null>((top, l) => (top === null || levelRank(l) > levelRank(top) ? l : top), null);
}

/**
 * Re-derives Brand.highestLevel from the level history (its ACTIVE recognitions): the history is
 * the single truth, the column a cache of it for lists and the showcase. Returns the new level.
 */
export async function refreshHighestLevel(tx: Tx, { user, ctx, now, brandId }: { user: SessionUser; ctx?: RequestContext; now?: Date; brandId: string }) {
  const [brand, held] = await Promise.all([
    tx.brand.findUniqueOrThrow({ where: { id: brandId }, select: { highestLevel: true } }),
    tx.brandRecognition.findMany({ where: { brandId, status: "ACTIVE" }, select: { level: true } }),
  ]);
  const highest = highestLevelOf(held.map((r) => r.level));
  if (highest !== brand.highestLevel) {
    await tx.brand.update({ where: { id: brandId }, data: { highestLevel: highest } });
    await writeAudit(tx, {
      actor: user,
      ctx,
      at: now,
      action: "brand.level-change",
      entityType: "Brand",
      entityId: brandId,
      changes: { highestLevel: { from: brand.highestLevel, to: highest } },
    });
  }
  return highest;
}

export type LevelGained = {
  brandId: string;
  level: LevelCode;
  recognisedOn: Date;
  /** The portal's own recognition (新区级). */
  applicationId?: string;
  certificateNo?: string;
  /** A higher body's recognition, recorded as a push's outcome. */
  pushId?: string;
  issuingBody?: string;
  documentNo?: string;
  documentId?: string | null;
  /** The lead units holding the title at this level. */
  leadUnits: readonly { creditCode: string; unitName: string; unitId: string | null }[];
};

/**
 * A brand gains a level (F5): the level-history row, each lead unit's recognition at that level
 * (E1's cycles count from it), their plaques (the brand's and each lead unit's), the award it
 * brings (S1, S4), and Brand.highestLevel re-derived.
 * Inside the caller's transaction; the one place a level is ever written.
 */
export async function gainLevel(tx: Tx, { user, ctx, now, gained }: { user: SessionUser; ctx?: RequestContext; now?: Date; gained: LevelGained }) {
  const recognition = await tx.brandRecognition.create({
    data: {
      brandId: gained.brandId,
      level: gained.level,
      recognisedOn: gained.recognisedOn,
      source: gained.pushId ? "PUSH_OUTCOME" : "PORTAL",
      applicationId: gained.applicationId ?? null,
      certificateNo: gained.certificateNo ?? null,
      pushId: gained.pushId ?? null,
      issuingBody: gained.issuingBody ?? null,
      documentNo: gained.documentNo ?? null,
      documentId: gained.documentId ?? null,
    },
  });
  // A lead unit with an account is linked now (by its 统一社会信用代码); one without is linked when
  // it registers (lib/server/services/units/register-unit.ts).
  const codes = gained.leadUnits.map((u) => u.creditCode);
  const accounts = await tx.unit.findMany({ where: { creditCode: { in: codes } }, select: { id: true, creditCode: true } });
  const unitOf = new Map(accounts.map((a) => [a.creditCode, a.id]));
  const leadUnits: { id: string; unitName: string }[] = [];
  for (const u of gained.leadUnits) {
    const row = await tx.leadUnitRecognition.create({
      data: {
        recognitionId: recognition.id,
        brandId: gained.brandId,
        unitId: u.unitId ?? unitOf.get(u.creditCode) ?? null,
        creditCode: u.creditCode,
        unitName: u.unitName,
        level: gained.level,
        recognisedOn: gained.recognisedOn,
      },
    });
    leadUnits.push({ id: row.id, unitName: row.unitName });
  }
  await issuePlaques(tx, { user, ctx, now: now ?? new Date(), brandId: gained.brandId, recognitionId: recognition.id, issuedOn: gained.recognisedOn, leadUnits });
  const award = await createAwardForLevel(tx, { user, ctx, now, brandId: gained.brandId, recognitionId: recognition.id, level: gained.level });
  const highestLevel = await refreshHighestLevel(tx, { user, ctx, now, brandId: gained.brandId });
  return { recognition, award, highestLevel };
}
