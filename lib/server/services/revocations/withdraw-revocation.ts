import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { assertPermission } from "@/lib/domain/permissions";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { withdrawRevocationSchema } from "@/lib/schemas/revocation";
import type { UseCase } from "@/lib/server/use-case";
import { revocationAggregate } from "@/lib/server/workflow/aggregates";
import { claimState } from "@/lib/server/workflow/claim-state";
import { findVisibleRevocation } from "./find-visible-revocation";

/**
 * 撤回撤销提议 (M1): a proposal not yet confirmed is withdrawn with a reason, by any bureau
 * official. Nothing was revoked, so nothing is restored; the openKey is released, so a new
 * proposal for the same lead unit may be made. Claimed on PROPOSED: a withdrawal racing a
 * confirmation loses with STALE_STATE (or wins, and the confirmation loses).
 */
export async function withdrawRevocation({ user, input, ctx, now = new Date() }: UseCase) {
  assertPermission(user, "revocation:propose");
  const parsed = withdrawRevocationSchema.safeParse(input);
  if (!parsed.success) throw new AppError({ code: "VALIDATION", message: parsed.error.issues[0]?.message ?? messages.errors.validation, fieldErrors: fieldErrorsOf(parsed.error) });
  const { revocationId, comment } = parsed.data;
  return db.$transaction(async (tx) => {
    const r = await findVisibleRevocation(user, revocationId, tx);
    await claimState(tx, {
      aggregate: revocationAggregate,
      user,
      ctx,
      now,
      action: "withdraw",
      record: { id: r.id, status: r.status, brandId: r.brandId, brandName: r.brand.name, unitName: r.unitName, unitId: r.unitId, newCityId: r.brand.newCityId },
      comment,
      data: { withdrawNote: comment, decidedById: user.id, decidedAt: now, openKey: null },
      changes: { revocationId: { to: r.id }, creditCode: { to: r.creditCode } },
    });
    return { id: r.id, status: "WITHDRAWN" as const };
  });
}
