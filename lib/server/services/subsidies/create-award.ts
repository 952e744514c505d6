import "server-only";
import type { Tx } from "@/lib/server/db";
import { formatYuan } from "@/lib/domain/money";
import { defaultEligibilitySettings, subsidyDue, type EligibilitySettings, type LevelCode } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { writeAudit } from "@/lib/server/audit";
import type { RequestContext } from "@/lib/server/request-context";
import type { SessionUser } from "@/lib/server/session-user";

/**
 * The award a new level brings (S1, S2, S4): one per brand and level, never per lead unit. The
 * amount is subsidyDue for the level given what the brand's earlier awards came to, under the
 * configured upgrade policy and the cap; a zero award is kept, with the reason the policy gives.
 * Runs inside the transaction that records the level (recognition, or a push's outcome).
 */
export async function createAwardForLevel(
  tx: Tx,
  {
    user,
    ctx,
    now,
    brandId,
    recognitionId,
    level,
    settings = defaultEligibilitySettings,
  }: { user: SessionUser; ctx?: RequestContext; now?: Date; brandId: string; recognitionId: string; level: LevelCode; settings?: EligibilitySettings },
) {
  const earlier = await tx.subsidyAward.aggregate({ where: { brandId }, _sum: { amount: true } });
  const priorAwarded = earlier._sum.amount ?? 0;
  const due = subsidyDue({ level, alreadyPaid: priorAwarded, settings });
  // subsidyDue fails only on an unknown level or a prior total above the cap, neither of which the
  // portal can write; a failure still yields a zero award with the rule's own message.
  const amount = due.ok ? due.amount : 0;
  const z = messages.brandLife.awardZero;
  const zeroReason =
    amount > 0 ? null : !due.ok ? (due.failures[0]?.message ?? null) : settings.subsidyUpgradePolicy === "none" ? z.none : z.topUp(formatYuan(priorAwarded));
  const award = await tx.subsidyAward.create({ data: { brandId, recognitionId, level, amount, priorAwarded, zeroReason } });
  await writeAudit(tx, {
    actor: user,
    ctx,
    at: now,
    action: "award.create",
    entityType: "Brand",
    entityId: brandId,
    toState: "PROPOSED",
    changes: { award: { to: { id: award.id, level, amount, priorAwarded, zeroReason } } },
  });
  return award;
}
