import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { assertPermission } from "@/lib/domain/permissions";
import { levelLabel } from "@/lib/domain/labels";
import { formatYuan } from "@/lib/domain/money";
import { checkSubsidySplit, normalizeCode } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { allocateAwardSchema } from "@/lib/schemas/subsidy";
import { notifyParties } from "@/lib/server/notify";
import type { UseCase } from "@/lib/server/use-case";
import { awardAggregate } from "@/lib/server/workflow/aggregates";
import { assertTransition, claimState } from "@/lib/server/workflow/claim-state";
import { accountsOf, findVisibleAward, leadUnitsOfAward } from "./find-visible-award";
import { invalidInput, restale, ruleRefusal } from "./subsidy-errors";

const s = messages.subsidies;

/**
 * 分配奖补 (S2, S3): the bureau splits an approved award among the brand's lead units at that
 * level, by contribution, with its basis. Integer yuan, none negative, only those lead units,
 * adding up exactly to the award (checkSubsidySplit); a unit left out gets a share of 0. One share
 * per lead unit — a unit without an account is paid all the same — and each unit with an account
 * hears of its own share only.
 */
export async function allocateAward({ user, input, ctx, now = new Date() }: UseCase) {
  assertPermission(user, "subsidy:split");
  const parsed = allocateAwardSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { awardId, basis, shares } = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      const award = await findVisibleAward(user, awardId, tx);
      // A moved state is said before the figures are judged (they would be judged in vain).
      assertTransition(awardAggregate, { user, action: "allocate", status: award.status });
      const leadUnits = await leadUnitsOfAward(tx, award);
      if (leadUnits.length === 0) throw new AppError({ code: "RULE_VIOLATION", message: s.errors.noLeadUnits });
      const verdict = checkSubsidySplit({ amount: award.amount, leadUnitCreditCodes: leadUnits.map((u) => u.creditCode), shares });
      if (!verdict.ok) throw ruleRefusal(verdict.failures);

      const amountOf = new Map(shares.map((x) => [normalizeCode(x.creditCode), x.amount]));
      const split = leadUnits.map((u) => ({ creditCode: u.creditCode, unitName: u.unitName, amount: amountOf.get(normalizeCode(u.creditCode)) ?? 0 }));
      await claimState(tx, { aggregate: awardAggregate, user, ctx, now, action: "allocate", record: award, data: { splitBasis: basis }, changes: { shares: { to: split } } });

      const accounts = await accountsOf(tx, leadUnits);
      const created = [];
      for (const share of split) {
        const unitId = accounts.get(share.creditCode) ?? null;
        const row = await tx.subsidyShare.create({ data: { awardId: award.id, brandId: award.brandId, ...share, unitId } });
        created.push({ id: row.id, creditCode: row.creditCode, amount: row.amount });
        // Each unit hears of its own share, never of the others' (S8).
        if (unitId) {
          await notifyParties(tx, {
            parties: ["unit"],
            unitId,
            newCityId: "",
            message: {
              title: s.notify.title(award.brand.name, s.notify.allocatedWhat),
              body: s.notify.allocatedOwn(levelLabel(award.level), formatYuan(share.amount)),
              link: `/portal/brands/${award.brandId}`,
            },
          });
        }
      }
      return { awardId: award.id, brandId: award.brandId, status: "ALLOCATED" as const, shares: created };
    });
  } catch (error) {
    throw restale(error, "award");
  }
}
