import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { formatCalendarDate, parseCalendarDate, storedDateOf } from "@/lib/domain/dates";
import { assertPermission } from "@/lib/domain/permissions";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { recordPlaqueReclaimedSchema } from "@/lib/schemas/evaluation";
import { writeAudit } from "@/lib/server/audit";
import { brandWhere } from "@/lib/server/scope";
import type { UseCase } from "@/lib/server/use-case";

const e = messages.evaluations.errors;
const invalid = (field: string, message: string) => new AppError({ code: "VALIDATION", message, fieldErrors: { [field]: [message] } });

/**
 * 登记牌匾已收回 (RULES.md E4, M1, M2): a plaque ordered back (TO_RECLAIM) is recorded as
 * reclaimed on a date (not in the future, not before the order) with a note. Conditional update
 * TO_RECLAIM → RECLAIMED: a second record finds it moved on. Audited on the brand's trail.
 */
export async function recordPlaqueReclaimed({ user, input, ctx, now = new Date() }: UseCase) {
  assertPermission(user, "plaque:reclaim");
  const parsed = recordPlaqueReclaimedSchema.safeParse(input);
  if (!parsed.success) throw new AppError({ code: "VALIDATION", message: messages.errors.validation, fieldErrors: fieldErrorsOf(parsed.error) });
  const d = parsed.data;
  const reclaimedOn = parseCalendarDate(d.reclaimedOn) as Date;
  if (reclaimedOn.getTime() > storedDateOf(now).getTime()) throw invalid("reclaimedOn", e.reclaimedInFuture);
  return db.$transaction(async (tx) => {
    const plaque = await tx.plaque.findFirst({ where: { id: d.plaqueId, brand: brandWhere(user) } });
    if (!plaque) throw new AppError({ code: "NOT_FOUND", message: e.plaqueNotFound });
    if (plaque.status !== "TO_RECLAIM" || !plaque.reclaimOrderedAt) throw new AppError({ code: "STALE_STATE", message: e.plaqueNotToReclaim });
    const orderedOn = storedDateOf(plaque.reclaimOrderedAt);
    if (reclaimedOn.getTime() < orderedOn.getTime()) throw invalid("reclaimedOn", e.reclaimedBeforeOrder(formatCalendarDate(orderedOn)));
    const updated = await tx.plaque.updateMany({
      where: { id: plaque.id, status: "TO_RECLAIM" },
      data: { status: "RECLAIMED", reclaimedOn, reclaimedById: user.id, reclaimNote: d.note },
    });
    if (updated.count !== 1) throw new AppError({ code: "STALE_STATE", message: e.plaqueNotToReclaim });
    await writeAudit(tx, {
      actor: user,
      ctx,
      at: now,
      action: "plaque.reclaim",
      entityType: "Brand",
      entityId: plaque.brandId,
      fromState: "TO_RECLAIM",
      toState: "RECLAIMED",
      comment: d.note,
      changes: { plaqueNo: { to: plaque.plaqueNo }, reclaimedOn: { to: formatCalendarDate(reclaimedOn) } },
    });
    return { id: plaque.id, status: "RECLAIMED" as const };
  });
}
