import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { formatCalendarDate, storedDateOf } from "@/lib/domain/dates";
import { levelLabel } from "@/lib/domain/labels";
import { assertPermission } from "@/lib/domain/permissions";
import { nextLevel } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { pushBrandsSchema } from "@/lib/schemas/push";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { writeAudit } from "@/lib/server/audit";
import { isUniqueViolation } from "@/lib/server/db/errors";
import { notifyParties } from "@/lib/server/notify";
import type { UseCase } from "@/lib/server/use-case";
import { findVisibleBrand } from "../brands/find-visible-brand";
import { activeLeadUnits } from "./lead-units";

const e = messages.pushes.errors;

/**
 * 择优推送 (RULES.md F4): the bureau pushes one or several recognised brands one level up
 * (F5: 新区级 → 市级 → 省级 → 国家级). Each brand must be visible, hold a level, still be shown
 * (not revoked as severe, M2), be below 国家级 and have no open push. All or nothing: one
 * transaction for the whole selection, which shares one groupId. The open push's unique openKey
 * (`brandId:toLevel`) is the database's last guard when two officials push the same brand at once.
 */
export async function pushBrands({ user, input, ctx, now = new Date() }: UseCase) {
  assertPermission(user, "brand:push");
  const parsed = pushBrandsSchema.safeParse(input);
  if (!parsed.success) throw new AppError({ code: "VALIDATION", message: messages.errors.validation, fieldErrors: fieldErrorsOf(parsed.error) });
  const { brandIds, opinion } = parsed.data;
  const pushedOn = storedDateOf(now);
  const groupId = randomUUID();

  try {
    return await db.$transaction(async (tx) => {
      const pushes: { id: string; brandId: string; fromLevel: string; toLevel: string }[] = [];
      for (const brandId of brandIds) {
        const brand = await findVisibleBrand(user, brandId, tx);
        if (!brand.highestLevel) throw new AppError({ code: "RULE_VIOLATION", message: e.notRecognised(brand.name) });
        if (brand.hiddenFromShowcase) throw new AppError({ code: "RULE_VIOLATION", message: e.hidden(brand.name) });
        const toLevel = nextLevel(brand.highestLevel);
        if (!toLevel) throw new AppError({ code: "RULE_VIOLATION", message: e.national(brand.name) });
        // A level is held once per brand (BrandRecognition is unique by brand × level): one revoked
        // earlier could not be recorded again, so the push is refused now rather than at its outcome.
        const heldBefore = await tx.brandRecognition.count({ where: { brandId, level: toLevel } });
        if (heldBefore > 0) throw new AppError({ code: "RULE_VIOLATION", message: e.levelHeldBefore(brand.name, levelLabel(toLevel)) });
        const open = await tx.brandPush.count({ where: { brandId, status: "PUSHED" } });
        if (open > 0) throw new AppError({ code: "CONFLICT", message: e.alreadyOpen(brand.name) });

        // The creation is the claim: the unique openKey refuses a second open push at this level.
        const push = await tx.brandPush.create({
          data: { brandId, fromLevel: brand.highestLevel, toLevel, opinion, openKey: `${brandId}:${toLevel}`, groupId, pushedOn, pushedById: user.id },
        });
        await writeAudit(tx, {
          actor: user,
          ctx,
          at: now,
          action: "push.create",
          entityType: "Brand",
          entityId: brandId,
          toState: "PUSHED",
          comment: opinion,
          changes: { pushId: { to: push.id }, fromLevel: { to: brand.highestLevel }, toLevel: { to: toLevel }, opinion: { to: opinion }, groupId: { to: groupId }, pushedOn: { to: formatCalendarDate(pushedOn) } },
        });
        const { unitIds } = await activeLeadUnits(tx, brandId);
        await notifyParties(tx, {
          parties: ["unit", "newCity"],
          unitId: "",
          unitIds,
          newCityId: brand.newCityId,
          message: {
            title: `品牌“${brand.name}”：${messages.auditActions["push.create"]}`,
            body: `已推送至${levelLabel(toLevel)}认定。推荐意见：${opinion}`,
            link: `/portal/brands/${brandId}`,
          },
        });
        pushes.push({ id: push.id, brandId, fromLevel: brand.highestLevel, toLevel });
      }
      return { groupId, pushes };
    });
  } catch (error) {
    // Another official pushed one of these brands meanwhile: nothing of this selection was written.
    if (isUniqueViolation(error)) throw new AppError({ code: "CONFLICT", message: e.openRace });
    throw error;
  }
}
