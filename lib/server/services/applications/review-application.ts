import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { assertPermission, type Permission } from "@/lib/domain/permissions";
import type { ApplicationStatus, WorkflowAction } from "@/lib/domain/application-workflow";
import { certificateNumber } from "@/lib/domain/certificate-number";
import { storedDateOf } from "@/lib/domain/dates";
import { defaultEligibilitySettings, mayRecognise, mayRejectAfterPublicity, publicityPeriod } from "@/lib/eligibility";
import { reviewDecisionSchema } from "@/lib/schemas/application";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { Tx } from "@/lib/server/db";
import type { SessionUser } from "@/lib/server/session-user";
import { applyTransition, assertTransition, findVisibleApplication, staleState } from "./shared";
import { isUniqueViolation } from "@/lib/server/db/errors";

const w = messages.workflowErrors;
type Visible = Awaited<ReturnType<typeof findVisibleApplication>>;
type Decision = { applicationId: string; comment: string; fieldComments: { field: string; message: string }[] };
type Step = (tx: Tx, app: Visible, decision: Decision) => Promise<Record<string, unknown> | void>;

/**
 * The shared path of every reviewer decision, in one transaction: permission, zod, the scoped
 * application, the action's own checks (`check`, which may return columns to set), then the
 * conditional transition with its audit row and notifications, and only then the action's
 * other writes (`after`). Claiming the state before writing anything else means that of two
 * officials acting at once, the second waits on the row and then finds the state changed —
 * on PostgreSQL as on SQLite — instead of colliding on the first one's records.
 */
async function decide(
  user: SessionUser,
  input: unknown,
  { permission, action, check, after }: { permission: Permission; action: WorkflowAction; check?: Step; after?: Step },
) {
  assertPermission(user, permission);
  const parsed = reviewDecisionSchema.safeParse(input);
  if (!parsed.success) throw new AppError({ code: "VALIDATION", message: messages.errors.validation, fieldErrors: fieldErrorsOf(parsed.error) });
  const decision = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      const app = await findVisibleApplication(user, decision.applicationId, tx);
      assertTransition({ user, action, status: app.status as ApplicationStatus, comment: decision.comment });
      const data = (await check?.(tx, app, decision)) ?? {};
      const transition = await applyTransition(tx, {
        user,
        action,
        application: { id: app.id, status: app.status as ApplicationStatus, unitId: app.unitId, newCityId: app.newCityId, brandName: app.brandName },
        comment: decision.comment,
        data,
      });
      const more = (await after?.(tx, app, decision)) ?? {};
      if (Object.keys(more).length > 0) await tx.application.update({ where: { id: app.id }, data: more });
      return { status: transition.to };
    });
  } catch (error) {
    // A unique index lost a race (e.g. two certificates numbered at once): nothing was written.
    if (isUniqueViolation(error)) throw staleState();
    throw error;
  }
}

/** Field comments go with a return, on the version the reviewer read. */
async function saveFieldComments(tx: Tx, user: SessionUser, app: Visible, decision: Decision) {
  for (const c of decision.fieldComments) {
    await tx.reviewComment.create({
      data: { applicationId: app.id, version: app.version, field: c.field, message: c.message, authorId: user.id, authorRole: user.role },
    });
  }
}

/** 新城推荐 (F2), with the recommendation opinion. */
export const recommendApplication = (user: SessionUser, input: unknown) =>
  decide(user, input, {
    permission: "application:review-new-city",
    action: "recommend",
    check: async (_tx, _app, d) => ({ recommendationOpinion: d.comment }),
  });

/** 新城退回修改 (F2), with a reason and optional comments on fields. */
export const returnApplicationToUnit = (user: SessionUser, input: unknown) =>
  decide(user, input, { permission: "application:review-new-city", action: "returnToUnit", after: (tx, app, d) => saveFieldComments(tx, user, app, d) });

/** 新区退回新城 (F3). */
export const returnApplicationToNewCity = (user: SessionUser, input: unknown) =>
  decide(user, input, { permission: "application:review-bureau", action: "bureauReturnToNewCity" });

/** 新区退回单位修改 (F3), with optional field comments. */
export const bureauReturnApplicationToUnit = (user: SessionUser, input: unknown) =>
  decide(user, input, { permission: "application:review-bureau", action: "bureauReturnToUnit", after: (tx, app, d) => saveFieldComments(tx, user, app, d) });

/** 不予认定 (F3), reason required. */
export const rejectApplication = (user: SessionUser, input: unknown) =>
  decide(user, input, { permission: "application:review-bureau", action: "reject", check: async (_tx, _app, d) => ({ decisionReason: d.comment }) });

/**
 * 拟认定: opens the publicity period (公示) with its public notice. The period starts now and
 * runs through the `publicityDays`-th calendar day after today (Asia/Shanghai), ending at the
 * following midnight.
 */
export async function approveForPublicity(user: SessionUser, input: unknown, now: Date = new Date(), publicityDays = defaultEligibilitySettings.publicityDays) {
  let noticeId = "";
  const result = await decide(user, input, {
    permission: "application:review-bureau",
    action: "approveForPublicity",
    after: async (tx, app) => {
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
      noticeId = notice.id;
    },
  });
  // The public notice that now exists, for the showcase's cache invalidation.
  return { ...result, noticeId };
}

/** 公示期满，确认认定: makes the brand a 新区级 brand and its lead units 创建引领单位. */
export async function recogniseApplication(user: SessionUser, input: unknown, now: Date = new Date()) {
  let brandSlug = "";
  let noticeId: string | null = null;
  const result = await decide(user, input, {
    permission: "application:review-bureau",
    action: "recognise",
    check: async (_tx, app) => {
      const notice = app.publicityNotice;
      const publicity = mayRecognise({ notice, objections: notice?.objections ?? [], now });
      if (!publicity.ok) throw new AppError({ code: "RULE_VIOLATION", message: w[publicity.reason] });
      if (!app.category) throw new AppError({ code: "RULE_VIOLATION", message: w.verdictFailures });
    },
    after: async (tx, app) => {
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
          highestLevel: "DISTRICT",
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
        where: { recognisedOn: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
      });
      const certificateNo = certificateNumber({ year, sequence: sameYear + 1 });
      const recognition = await tx.brandRecognition.create({
        data: { brandId: brand.id, applicationId: app.id, level: "DISTRICT", recognisedOn, certificateNo },
      });
      for (const u of app.leadUnits) {
        await tx.leadUnitRecognition.create({
          data: {
            recognitionId: recognition.id,
            brandId: brand.id,
            unitId: u.unitId,
            creditCode: u.creditCode,
            unitName: u.name,
            level: "DISTRICT",
            recognisedOn,
          },
        });
      }
      brandSlug = brand.slug;
      noticeId = app.publicityNotice?.id ?? null;
      return { brandId: brand.id };
    },
  });
  // The new brand page and the notice that now shows its result, for the showcase's cache.
  return { ...result, brandSlug, noticeId };
}

/** 公示后不予认定: only once the period is over and an objection was upheld. */
export async function rejectAfterPublicity(user: SessionUser, input: unknown, now: Date = new Date()) {
  let noticeId: string | null = null;
  const result = await decide(user, input, {
    permission: "application:review-bureau",
    action: "rejectAfterPublicity",
    check: async (_tx, app, d) => {
      const notice = app.publicityNotice;
      const publicity = mayRejectAfterPublicity({ notice, objections: notice?.objections ?? [], now });
      if (!publicity.ok) throw new AppError({ code: "RULE_VIOLATION", message: w[publicity.reason] });
      noticeId = notice?.id ?? null;
      return { decisionReason: d.comment };
    },
  });
  return { ...result, noticeId };
}

/** 撤回申报 by the applicant, before a recommendation. */
export const withdrawApplication = (user: SessionUser, input: unknown) =>
  decide(user, input, { permission: "application:create", action: "withdraw" });
