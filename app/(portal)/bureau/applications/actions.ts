"use server";

import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/domain/app-error";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { getSessionUser } from "@/lib/server/auth/session";
import { toActionResult } from "@/lib/server/action-result";
import {
  approveForPublicity,
  bureauReturnApplicationToUnit,
  recogniseApplication,
  rejectAfterPublicity,
  rejectApplication,
  returnApplicationToNewCity,
} from "@/lib/server/services/applications/review-application";
import { handleObjection, recordObjection } from "@/lib/server/services/applications/objections";
import type { SessionUser } from "@/lib/server/session-user";
import { invalidateBrand, invalidateNotices } from "@/lib/server/showcase-cache";

// 新区审核与认定 (RULES.md F3): each action re-reads the session and hands the raw input to its
// service, which parses it, checks permission, scope and state, and writes the audit row.

async function sessionUser() {
  const user = await getSessionUser();
  if (!user) throw new AppError({ code: "UNAUTHENTICATED", message: messages.errors.unauthenticated });
  return user;
}

function revalidate(id?: string | null) {
  revalidatePath("/bureau/applications");
  revalidatePath("/bureau");
  if (id) revalidatePath(`/bureau/applications/${id}`);
}

const applicationIdOf = (input: unknown) =>
  typeof input === "object" && input !== null && "applicationId" in input ? String((input as { applicationId: unknown }).applicationId) : null;

function decision(service: (user: SessionUser, input: unknown) => Promise<{ status: string }>) {
  return async (input: unknown) =>
    toActionResult(async () => {
      const result = await service(await sessionUser(), input);
      revalidate(applicationIdOf(input));
      return result;
    });
}

const returnToNewCity = decision(returnApplicationToNewCity);
const returnToUnit = decision(bureauReturnApplicationToUnit);
const reject = decision(rejectApplication);
// The public showcase changes with exactly these three: a new notice, a new brand (and its
// notice's result), a notice's negative result. Invalidated after the transaction committed.
const approve = decision(async (user, input) => {
  const result = await approveForPublicity(user, input);
  invalidateNotices(result.noticeId);
  return result;
});
const recognise = decision(async (user, input) => {
  const result = await recogniseApplication(user, input);
  invalidateBrand(result.brandSlug);
  if (result.noticeId) invalidateNotices(result.noticeId);
  return result;
});
const rejectAfter = decision(async (user, input) => {
  const result = await rejectAfterPublicity(user, input);
  if (result.noticeId) invalidateNotices(result.noticeId);
  return result;
});

/** 退回新城 — reason required. */
export async function returnToNewCityAction(input: unknown) {
  return returnToNewCity(input);
}

/** 退回单位修改 — reason required, optional field comments. */
export async function bureauReturnToUnitAction(input: unknown) {
  return returnToUnit(input);
}

/** 不予认定 — reason required. */
export async function rejectAction(input: unknown) {
  return reject(input);
}

/** 拟认定（进入公示） — opens the publicity notice. */
export async function approveForPublicityAction(input: unknown) {
  return approve(input);
}

/** 确认认定 — after the period, with no pending or upheld objection. */
export async function recogniseAction(input: unknown) {
  return recognise(input);
}

/** 不予认定（异议成立） — after the period, with an upheld objection. */
export async function rejectAfterPublicityAction(input: unknown) {
  return rejectAfter(input);
}

/** 登记异议 during the publicity period. */
export async function recordObjectionAction(input: unknown) {
  return toActionResult(async () => {
    const result = await recordObjection(await sessionUser(), input);
    revalidate(applicationIdOf(input));
    return result;
  });
}

/** 处理异议 — the objection's application is found by the service; revalidate the whole area. */
export async function handleObjectionAction(input: unknown) {
  return toActionResult(async () => {
    const result = await handleObjection(await sessionUser(), input);
    revalidatePath("/bureau/applications", "layout");
    return result;
  });
}
