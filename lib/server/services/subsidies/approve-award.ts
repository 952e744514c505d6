import "server-only";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import { formatCalendarDate, storedDateOf } from "@/lib/domain/dates";
import { levelLabel } from "@/lib/domain/labels";
import { formatYuan } from "@/lib/domain/money";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { approveAwardSchema } from "@/lib/schemas/subsidy";
import { notifyParties } from "@/lib/server/notify";
import type { UseCase } from "@/lib/server/use-case";
import { awardAggregate } from "@/lib/server/workflow/aggregates";
import { claimState } from "@/lib/server/workflow/claim-state";
import { accountsOf, findVisibleAward, leadUnitsOfAward } from "./find-visible-award";
import { invalidInput, restale } from "./subsidy-errors";

const s = messages.subsidies;

/**
 * 审批奖补 (S1, S2, S4): the bureau approves an award; the approval's calendar date is the award
 * date (S6: no spending before it). An award that needs no split — one lead unit at its level, or
 * an amount of 0 — is allocated in the same transaction: the one unit's share is the whole amount,
 * a zero award gets no share and keeps its reason as the basis. The lead units with an account
 * are told.
 */
export async function approveAward({ user, input, ctx, now = new Date() }: UseCase) {
  assertPermission(user, "subsidy:approve");
  const parsed = approveAwardSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  try {
    return await db.$transaction(async (tx) => {
      const award = await findVisibleAward(user, parsed.data.awardId, tx);
      const leadUnits = await leadUnitsOfAward(tx, award);
      const awardedOn = storedDateOf(now);
      const approved = await claimState(tx, { aggregate: awardAggregate, user, ctx, now, action: "approve", record: award, data: { awardedOn, approvedById: user.id } });

      const accounts = await accountsOf(tx, leadUnits);
      let status: string = approved.to;
      let shareId: string | null = null;
      const single = leadUnits.length === 1 ? leadUnits[0] : undefined;
      if (award.amount === 0 || single) {
        const splitBasis = award.amount === 0 ? (award.zeroReason ?? s.basis.zero) : s.basis.single;
        const shares = award.amount === 0 || !single ? [] : [{ creditCode: single.creditCode, unitName: single.unitName, amount: award.amount }];
        const allocated = await claimState(tx, {
          aggregate: awardAggregate,
          user,
          ctx,
          now,
          action: "allocate",
          record: { ...award, status: approved.to },
          data: { splitBasis },
          changes: { shares: { to: shares } },
        });
        status = allocated.to;
        for (const share of shares) {
          const created = await tx.subsidyShare.create({
            data: { awardId: award.id, brandId: award.brandId, creditCode: share.creditCode, unitName: share.unitName, unitId: accounts.get(share.creditCode) ?? null, amount: share.amount },
          });
          shareId = created.id;
        }
      }

      const unitIds = [...new Set([...accounts.values()].filter((id): id is string => !!id))];
      if (unitIds.length > 0) {
        const level = levelLabel(award.level);
        await notifyParties(tx, {
          parties: ["unit"],
          unitId: "",
          unitIds,
          newCityId: "",
          message: {
            title: s.notify.title(award.brand.name, s.notify.approvedWhat),
            body: s.notify.approved(level, formatYuan(award.amount), formatCalendarDate(awardedOn)),
            link: `/portal/brands/${award.brandId}`,
          },
        });
      }
      return { awardId: award.id, brandId: award.brandId, status, awardedOn: formatCalendarDate(awardedOn), shareId };
    });
  } catch (error) {
    throw restale(error, "award");
  }
}
