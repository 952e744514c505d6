import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { certificateNumber } from "@/lib/domain/certificate-number";
import { storedDateOf } from "@/lib/domain/dates";
import { mayRecognise } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { Effects } from "@/lib/server/effects";
import type { UseCase } from "@/lib/server/use-case";
import { gainLevel } from "../brands/levels";
import { decideApplication } from "./decide-application";

const w = messages.workflowErrors;

/** 公示期满，确认认定: makes the brand a 新区级 brand and its lead units 创建引领单位. */
export async function recogniseApplication({ user, input, ctx, now = new Date() }: UseCase) {
  const { status, result } = await decideApplication({
    user,
    input,
    ctx,
    now,
    action: "recognise",
    check: async ({ app }) => {
      const notice = app.publicityNotice;
      const publicity = mayRecognise({ notice, objections: notice?.objections ?? [], now });
      if (!publicity.ok) throw new AppError({ code: "RULE_VIOLATION", message: w[publicity.reason] });
      if (!app.category) throw new AppError({ code: "RULE_VIOLATION", message: w.verdictFailures });
    },
    after: async ({ tx, app }) => {
      const category = app.category as NonNullable<typeof app.category>;
      const recognisedOn = storedDateOf(now);
      const year = recognisedOn.getUTCFullYear();
      const brand = await tx.brand.create({
        data: {
          name: app.brandName,
          slug: app.brandName,
          category,
          isNationalIch: app.isNationalIch,
          ichItemName: app.ichItemName,
          ichListNumber: app.ichListNumber,
          newCityId: app.newCityId,
          story: app.brandDescription,
          skills: app.trainingDescription,
          transferChannels: app.transferDescription,
          trademarks: app.trademarks,
          awards: app.awards,
          employedCount: app.employedCount ?? 0,
          povertyAlleviatedCount: app.povertyAlleviatedCount ?? 0,
        },
      });
      const sameYear = await tx.brandRecognition.count({
        where: { certificateNo: { not: null }, recognisedOn: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
      });
      const certificateNo = certificateNumber({ year, sequence: sameYear + 1 });
      // The level, its lead units' recognitions and the 10万 award it brings (S1), in one place.
      await gainLevel(tx, {
        user,
        ctx,
        now,
        gained: {
          brandId: brand.id,
          level: "DISTRICT",
          recognisedOn,
          applicationId: app.id,
          certificateNo,
          leadUnits: app.leadUnits.map((u) => ({ creditCode: u.creditCode, unitName: u.name, unitId: u.unitId })),
        },
      });
      await tx.application.update({ where: { id: app.id }, data: { brandId: brand.id } });
      return { brandSlug: brand.slug, noticeId: app.publicityNotice?.id ?? null };
    },
  });
  // The new brand page and the notice that now shows its result, refreshed after commit.
  const effects: Effects = { brandSlugs: [result.brandSlug], noticeIds: result.noticeId ? [result.noticeId] : [] };
  return { status, brandSlug: result.brandSlug, noticeId: result.noticeId, effects };
}
