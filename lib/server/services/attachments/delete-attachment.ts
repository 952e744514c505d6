import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { assertPermission } from "@/lib/domain/permissions";
import { isEditableStatus } from "@/lib/domain/application-workflow";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { writeAudit } from "@/lib/server/audit";
import { storage } from "@/lib/server/storage";
import type { UseCase } from "@/lib/server/use-case";
import { findVisibleApplication, notFound } from "../applications/find-visible-application";

/** 删除附件 while the application is editable. */
export async function deleteAttachment({ user, input, ctx }: UseCase<{ attachmentId: unknown }>) {
  assertPermission(user, "attachment:delete");
  const { attachmentId } = input;
  if (typeof attachmentId !== "string" || attachmentId.length > 64) throw notFound();
  const key = await db.$transaction(async (tx) => {
    const row = await tx.attachment.findUnique({ where: { id: attachmentId } });
    if (!row) throw notFound();
    const app = await findVisibleApplication(user, row.applicationId, tx);
    if (!isEditableStatus(app.status)) throw new AppError({ code: "RULE_VIOLATION", message: messages.workflowErrors.notEditable });
    await tx.attachment.delete({ where: { id: row.id } });
    await writeAudit(tx, {
      actor: user,
      ctx,
      action: "attachment.delete",
      entityType: "Application",
      entityId: row.applicationId,
      changes: { attachment: { from: { id: row.id, kind: row.kind, fileName: row.fileName } } },
    });
    return row.storageKey;
  });
  await storage.remove(key);
}
