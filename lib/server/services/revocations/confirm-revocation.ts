import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { formatCalendarDate, storedDateOf } from "@/lib/domain/dates";
import { checkFourEyes } from "@/lib/domain/four-eyes";
import { assertPermission } from "@/lib/domain/permissions";
import { revocationEffect, type RevocationReasonCode } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { confirmRevocationSchema } from "@/lib/schemas/revocation";
import type { UseCase } from "@/lib/server/use-case";
import { revocationAggregate } from "@/lib/server/workflow/aggregates";
import { assertTransition, claimState } from "@/lib/server/workflow/claim-state";
import { revokeRecognitions } from "../brands/recognition-status";
import { findVisibleRevocation } from "./find-visible-revocation";
import { reasonLabelOf } from "./propose-revocation";

const e = messages.revocations.errors;

/**
 * 复核确认撤销 (M1–M3): a second bureau official confirms a proposal (the four-eyes rule: never
 * the proposer) and it takes effect on the Shanghai date of `now`: every ACTIVE title of that
 * unit in the brand is revoked, its plaques ordered back, and — when severe (M2) — every level of
 * the brand with its plaques, and the brand leaves the showcase (through the effects, after
 * commit). All through revokeRecognitions, the one writer of a revoked title. The state is
 * claimed first: of two confirmations (or two officials at once) exactly one succeeds, the other
 * is STALE_STATE. Irreversible: no action undoes it.
 */
export async function confirmRevocation({ user, input, ctx, now = new Date() }: UseCase) {
  assertPermission(user, "revocation:confirm");
  const parsed = confirmRevocationSchema.safeParse(input);
  if (!parsed.success) throw new AppError({ code: "VALIDATION", message: messages.errors.validation, fieldErrors: fieldErrorsOf(parsed.error) });
  const revokedOn = storedDateOf(now);

  const result = await db.$transaction(async (tx) => {
    const r = await findVisibleRevocation(user, parsed.data.revocationId, tx);
    // A decided proposal is STALE_STATE for everyone, the proposer included; then the four eyes.
    assertTransition(revocationAggregate, { user, action: "confirm", status: r.status });
    const eyes = checkFourEyes({ proposerId: r.proposedById, confirmerId: user.id });
    if (!eyes.ok) throw new AppError({ code: "FORBIDDEN", message: eyes.reason === "SAME_PERSON" ? e.sameOfficial : e.noProposer });
    const titles = await tx.leadUnitRecognition.findMany({ where: { brandId: r.brandId, creditCode: r.creditCode, status: "ACTIVE" }, select: { id: true } });
    if (titles.length === 0) throw new AppError({ code: "RULE_VIOLATION", message: e.nothingToRevoke });
    const { effect } = revocationEffect({ reason: r.reason, revokedOn: formatCalendarDate(revokedOn), severe: r.severe });
    if (!effect) throw new AppError({ code: "RULE_VIOLATION", message: e.reasonRequired });

    await claimState(tx, {
      aggregate: revocationAggregate,
      user,
      ctx,
      now,
      action: "confirm",
      record: { id: r.id, status: r.status, brandId: r.brandId, brandName: r.brand.name, unitName: r.unitName, unitId: r.unitId, newCityId: r.brand.newCityId },
      data: { decidedById: user.id, decidedAt: now, revokedOn, openKey: null },
      changes: { revocationId: { to: r.id }, creditCode: { to: r.creditCode }, severe: { to: r.severe }, banLastDay: { to: effect.banLastDay }, mayApplyFrom: { to: effect.mayApplyFrom } },
    });
    const revoked = await revokeRecognitions(tx, {
      user,
      ctx,
      now,
      brandId: r.brandId,
      leadUnitRecognitionIds: titles.map((t) => t.id),
      revokedOn,
      reason: r.reason as RevocationReasonCode,
      reasonLabel: reasonLabelOf(r.reason),
      severe: r.severe,
      revocationId: r.id,
    });
    return { id: r.id, revoked, effect };
  });

  return {
    id: result.id,
    status: "CONFIRMED" as const,
    leadUnits: result.revoked.leadUnits,
    levels: result.revoked.levels,
    highestLevel: result.revoked.highestLevel,
    ban: { revokedOn: result.effect.revokedOn, banLastDay: result.effect.banLastDay, mayApplyFrom: result.effect.mayApplyFrom },
    leavesShowcase: result.effect.leavesShowcase,
    effects: result.revoked.effects,
  };
}
