import "server-only";
import { defaultEligibilitySettings, publicityPeriod } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { Effects } from "@/lib/server/effects";
import type { UseCase } from "@/lib/server/use-case";
import { decideApplication } from "./decide-application";

/**
 * 拟认定: opens the publicity period (公示) with its public notice. The period starts now and
 * runs through the `publicityDays`-th calendar day after today (Asia/Shanghai), ending at the
 * following midnight.
 */
export async function approveForPublicity({ user, input, ctx, now = new Date(), publicityDays = defaultEligibilitySettings.publicityDays }: UseCase & { publicityDays?: number }) {
  const { status, result: noticeId } = await decideApplication({
    user,
    input,
    ctx,
    now,
    action: "approveForPublicity",
    after: async ({ tx, app }) => {
      const { endsAt } = publicityPeriod({ approvedAt: now, settings: { ...defaultEligibilitySettings, publicityDays } });
      const leadUnitNames = app.leadUnits.map((u) => u.name).join("、");
      const notice = await tx.publicityNotice.upsert({
        where: { applicationId: app.id },
        update: {},
        create: {
          applicationId: app.id,
          title: `关于“${app.brandName}”拟认定为新区级劳务品牌的公示`,
          body:
            `经单位申报、${messages.roles.NEW_CITY_STAFF}推荐、新区社会事业服务局审核，拟认定“${app.brandName}”为西咸新区新区级劳务品牌，` +
            `${leadUnitNames}为劳务品牌创建引领单位。公示期内，如对公示对象有异议，请以书面形式向西咸新区社会事业服务局反映，并提供联系方式及相关材料。`,
          startsAt: now,
          endsAt,
          publishedById: user.id,
        },
      });
      return notice.id;
    },
  });
  // The public notice that now exists is refreshed in the showcase's cache after commit.
  const effects: Effects = { noticeIds: [noticeId] };
  return { status, noticeId, effects };
}
