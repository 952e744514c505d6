import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { assertPermission } from "@/lib/domain/permissions";
import { OBJECTION_ACTION_FOR, type ObjectionStatus } from "@/lib/domain/objection-workflow";
import { handleObjectionSchema } from "@/lib/schemas/application";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { UseCase } from "@/lib/server/use-case";
import { objectionAggregate } from "@/lib/server/workflow/aggregates";
import { claimState } from "@/lib/server/workflow/claim-state";
import { findVisibleApplication, notFound } from "./find-visible-application";

/**
 * 处理异议: upheld or dismissed, with how it was handled; once only — the objection's own
 * machine (lib/domain/objection-workflow.ts) on the workflow engine.
 */
export async function handleObjection({ user, input, ctx, now = new Date() }: UseCase) {
  assertPermission(user, "objection:handle");
  const parsed = handleObjectionSchema.safeParse(input);
  if (!parsed.success) throw new AppError({ code: "VALIDATION", message: messages.errors.validation, fieldErrors: fieldErrorsOf(parsed.error) });
  const d = parsed.data;
  return db.$transaction(async (tx) => {
    const objection = await tx.objection.findUnique({ where: { id: d.objectionId }, include: { notice: { select: { applicationId: true } } } });
    if (!objection) throw notFound();
    const app = await findVisibleApplication(user, objection.notice.applicationId, tx);
    const transition = await claimState(tx, {
      aggregate: objectionAggregate,
      user,
      ctx,
      now,
      action: OBJECTION_ACTION_FOR[d.outcome],
      record: { id: objection.id, status: objection.status as ObjectionStatus, applicationId: app.id },
      comment: d.handling,
      data: { handling: d.handling, handledById: user.id, handledAt: now },
    });
    return { status: transition.to, applicationId: app.id };
  });
}
