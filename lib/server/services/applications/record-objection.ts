import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { assertPermission } from "@/lib/domain/permissions";
import { objectionSchema, parseShanghaiDateTime } from "@/lib/schemas/application";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { checkObjectionReceivedAt } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { writeAudit } from "@/lib/server/audit";
import type { UseCase } from "@/lib/server/use-case";
import { staleState } from "@/lib/server/workflow/claim-state";
import { findVisibleApplication } from "./find-visible-application";

/** 登记异议: an objection received during the publicity period, recorded by the bureau. */
export async function recordObjection({ user, input, ctx, now = new Date() }: UseCase) {
  assertPermission(user, "objection:record");
  const parsed = objectionSchema.safeParse(input);
  if (!parsed.success) throw new AppError({ code: "VALIDATION", message: messages.errors.validation, fieldErrors: fieldErrorsOf(parsed.error) });
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
      actor: user,
      ctx,
      at: now,
      action: "objection.record",
      entityType: "Application",
      entityId: app.id,
      comment: d.content,
      changes: { objection: { to: { id: objection.id, objector: d.objector, receivedAt: receivedAt.toISOString() } } },
    });
    return { id: objection.id };
  });
}
