import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { assertPermission } from "@/lib/domain/permissions";
import { extendBatchSchema, parseShanghaiDateTime } from "@/lib/schemas/application";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { writeAudit } from "@/lib/server/audit";
import type { UseCase } from "@/lib/server/use-case";

/** 延长申报批次: only to a later closing time, with the reason in the audit trail. */
export async function extendBatch({ user, input, ctx }: UseCase) {
  assertPermission(user, "batch:extend");
  const parsed = extendBatchSchema.safeParse(input);
  if (!parsed.success) throw new AppError({ code: "VALIDATION", message: messages.errors.validation, fieldErrors: fieldErrorsOf(parsed.error) });
  const d = parsed.data;
  const closesAt = parseShanghaiDateTime(d.closesAt) as Date;
  return db.$transaction(async (tx) => {
    const batch = await tx.batch.findUnique({ where: { id: d.batchId } });
    if (!batch) throw new AppError({ code: "NOT_FOUND", message: messages.workflowErrors.batchNotFound });
    if (closesAt <= batch.closesAt) {
      throw new AppError({ code: "VALIDATION", message: messages.batches.extendNotLater, fieldErrors: { closesAt: [messages.batches.extendNotLater] } });
    }
    const updated = await tx.batch.updateMany({ where: { id: batch.id, closesAt: batch.closesAt }, data: { closesAt } });
    if (updated.count !== 1) throw new AppError({ code: "STALE_STATE", message: messages.errors.staleState });
    await writeAudit(tx, {
      actor: user,
      ctx,
      action: "batch.extend",
      entityType: "Batch",
      entityId: batch.id,
      comment: d.reason,
      changes: { closesAt: { from: batch.closesAt.toISOString(), to: closesAt.toISOString() } },
    });
    return { closesAt };
  });
}
