import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { assertPermission } from "@/lib/domain/permissions";
import { handleObjectionSchema, objectionSchema, parseShanghaiDateTime } from "@/lib/schemas/application";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { checkObjectionReceivedAt } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { writeAudit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/session-user";
import { findVisibleApplication, notFound, staleState } from "./shared";

const invalid = (error: Parameters<typeof fieldErrorsOf>[0]) =>
  new AppError({ code: "VALIDATION", message: messages.errors.validation, fieldErrors: fieldErrorsOf(error) });

/** 登记异议: an objection received during the publicity period, recorded by the bureau. */
export async function recordObjection(user: SessionUser, input: unknown, now: Date = new Date()) {
  assertPermission(user, "application:review-bureau");
  const parsed = objectionSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const d = parsed.data;
  const receivedAt = parseShanghaiDateTime(d.receivedAt) as Date;
  return db.$transaction(async (tx) => {
    const app = await findVisibleApplication(user, d.applicationId, tx);
    const notice = app.publicityNotice;
    if (app.status !== "IN_PUBLICITY" || !notice) throw staleState();
    if (!checkObjectionReceivedAt({ notice, receivedAt, now }).ok) {
      throw new AppError({ code: "RULE_VIOLATION", message: messages.workflowErrors.publicityClosed, fieldErrors: { receivedAt: [messages.workflowErrors.publicityClosed] } });
    }
    const objection = await tx.objection.create({
      data: { noticeId: notice.id, receivedAt, objector: d.objector, contact: d.contact, content: d.content, recordedById: user.id },
    });
    await writeAudit(tx, {
      actorId: user.id,
      actorRole: user.role,
      action: "objection.record",
      entityType: "Application",
      entityId: app.id,
      comment: d.content,
      changes: { objection: { to: { id: objection.id, objector: d.objector, receivedAt: receivedAt.toISOString() } } },
    });
    return { id: objection.id };
  });
}

/** 处理异议: upheld or dismissed, with how it was handled; once only. */
export async function handleObjection(user: SessionUser, input: unknown) {
  assertPermission(user, "application:review-bureau");
  const parsed = handleObjectionSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const d = parsed.data;
  return db.$transaction(async (tx) => {
    const objection = await tx.objection.findUnique({ where: { id: d.objectionId }, include: { notice: { select: { applicationId: true } } } });
    if (!objection) throw notFound();
    await findVisibleApplication(user, objection.notice.applicationId, tx);
    const updated = await tx.objection.updateMany({
      where: { id: objection.id, status: "PENDING" },
      data: { status: d.outcome, handling: d.handling, handledById: user.id, handledAt: new Date() },
    });
    if (updated.count !== 1) throw new AppError({ code: "STALE_STATE", message: messages.objections.alreadyHandled });
    await writeAudit(tx, {
      actorId: user.id,
      actorRole: user.role,
      action: "objection.handle",
      entityType: "Application",
      entityId: objection.notice.applicationId,
      fromState: "PENDING",
      toState: d.outcome,
      comment: d.handling,
    });
    return { status: d.outcome };
  });
}
