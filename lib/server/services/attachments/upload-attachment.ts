import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { assertPermission } from "@/lib/domain/permissions";
import { isEditableStatus } from "@/lib/domain/application-workflow";
import { publicFlagAtUpload } from "@/lib/domain/public-photo";
import { ATTACHMENT_KINDS, ATTACHMENT_MAX_BYTES, KIND_TYPES, claimedExtension, detectFileType, safeFileName } from "@/lib/domain/file-type";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { writeAudit } from "@/lib/server/audit";
import { storage } from "@/lib/server/storage";
import type { UseCase } from "@/lib/server/use-case";
import { findVisibleApplication } from "../applications/find-visible-application";

const a = messages.attachments;
const uploadSchema = z.object({
  applicationId: z.string().min(1).max(64),
  kind: z.enum(ATTACHMENT_KINDS, { error: a.kindInvalid }),
  fileName: z.string().min(1, a.fileMissing).max(255, a.fileNameTooLong),
  isPublic: z.boolean().optional().transform((b) => b === true),
});

const refuse = (message: string) => new AppError({ code: "VALIDATION", message, fieldErrors: { file: [message] } });

/**
 * 上传附件: the applicant's own application, while editable. The type is read from the bytes
 * and must match both the name's extension and what the kind allows; 20 MB at most.
 */
export async function uploadAttachment({ user, input, ctx }: UseCase<{ applicationId?: unknown; kind?: unknown; fileName?: unknown; isPublic?: unknown; bytes: Uint8Array }>) {
  assertPermission(user, "attachment:upload");
  const parsed = uploadSchema.safeParse(input);
  if (!parsed.success) throw new AppError({ code: "VALIDATION", message: parsed.error.issues[0]?.message ?? messages.errors.validation });
  const { applicationId, kind } = parsed.data;
  const fileName = safeFileName(parsed.data.fileName);
  if (input.bytes.byteLength === 0) throw refuse(a.fileEmpty);
  if (input.bytes.byteLength > ATTACHMENT_MAX_BYTES) throw refuse(a.tooLarge);
  const detected = detectFileType(input.bytes);
  if (!detected) throw refuse(a.typeNotAllowed);
  if (claimedExtension(fileName) !== detected.ext) throw refuse(a.extensionMismatch);
  if (!KIND_TYPES[kind].includes(detected.ext)) throw refuse(a.typeNotForKind);

  // Check scope and state before the file touches the disk.
  const app = await findVisibleApplication(user, applicationId);
  if (!isEditableStatus(app.status)) throw new AppError({ code: "RULE_VIOLATION", message: messages.workflowErrors.notEditable });

  const key = await storage.put(input.bytes);
  try {
    return await db.$transaction(async (tx) => {
      const current = await findVisibleApplication(user, applicationId, tx);
      if (current.status !== app.status) throw new AppError({ code: "STALE_STATE", message: messages.errors.staleState });
      const row = await tx.attachment.create({
        data: {
          applicationId,
          kind,
          fileName,
          mimeType: detected.mime,
          sizeBytes: input.bytes.byteLength,
          sha256: createHash("sha256").update(input.bytes).digest("hex"),
          storageKey: key,
          isPublic: publicFlagAtUpload({ kind, requested: parsed.data.isPublic }),
          uploadedById: user.id,
        },
      });
      await writeAudit(tx, {
        actor: user,
        ctx,
        action: "attachment.upload",
        entityType: "Application",
        entityId: applicationId,
        changes: { attachment: { to: { id: row.id, kind, fileName, sizeBytes: row.sizeBytes } } },
      });
      return { id: row.id, kind, fileName, sizeBytes: row.sizeBytes, mimeType: row.mimeType };
    });
  } catch (error) {
    await storage.remove(key); // no orphan file when the row was not written
    throw error;
  }
}
