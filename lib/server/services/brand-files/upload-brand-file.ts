import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { BRAND_FILE_KINDS, SHARE_FILE_KINDS } from "@/lib/domain/brand-files";
import { ATTACHMENT_MAX_BYTES, claimedExtension, detectFileType, safeFileName } from "@/lib/domain/file-type";
import { assertPermission } from "@/lib/domain/permissions";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { writeAudit } from "@/lib/server/audit";
import { storage } from "@/lib/server/storage";
import type { UseCase } from "@/lib/server/use-case";
import { findVisibleBrand, findVisibleShare } from "../brands/find-visible-brand";

const e = messages.brandLife.errors;
const a = messages.attachments;
const schema = z.object({
  brandId: z.string().min(1).max(64),
  kind: z.enum(BRAND_FILE_KINDS, { error: e.fileKindInvalid }),
  shareId: z.string().min(1).max(64).optional(),
  fileName: z.string().min(1, e.fileMissing).max(255, a.fileNameTooLong),
});

const refuse = (message: string) => new AppError({ code: "VALIDATION", message, fieldErrors: { file: [message] } });

/** Who may upload which kind: the bureau the outcome documents and payment vouchers, a unit its use vouchers. */
const UPLOADER: Record<(typeof BRAND_FILE_KINDS)[number], "BUREAU_OFFICIAL" | "APPLICANT_UNIT"> = {
  OUTCOME_DOCUMENT: "BUREAU_OFFICIAL",
  PAYMENT_VOUCHER: "BUREAU_OFFICIAL",
  USAGE_VOUCHER: "APPLICANT_UNIT",
};

/**
 * 上传品牌文件: a scanned recognition document (bureau), a payment voucher (bureau, for a share) or a
 * use voucher (the unit, for its own share). PDF, JPG or PNG by content, 20 MB at most. The file
 * is referenced afterwards by the use case that needs it (record an outcome, a payment, a report).
 */
export async function uploadBrandFile({ user, input, ctx, now }: UseCase<{ brandId?: unknown; kind?: unknown; shareId?: unknown; fileName?: unknown; bytes: Uint8Array }>) {
  assertPermission(user, "brand-file:upload");
  const parsed = schema.safeParse({ ...input, shareId: input.shareId || undefined });
  if (!parsed.success) throw new AppError({ code: "VALIDATION", message: parsed.error.issues[0]?.message ?? messages.errors.validation });
  const { brandId, kind, shareId } = parsed.data;
  if (UPLOADER[kind] !== user.role) throw new AppError({ code: "FORBIDDEN", message: messages.errors.forbidden });
  const needsShare = (SHARE_FILE_KINDS as readonly string[]).includes(kind);
  if (needsShare !== !!shareId) throw new AppError({ code: "VALIDATION", message: e.fileKindInvalid });

  const fileName = safeFileName(parsed.data.fileName);
  if (input.bytes.byteLength === 0) throw refuse(a.fileEmpty);
  if (input.bytes.byteLength > ATTACHMENT_MAX_BYTES) throw refuse(a.tooLarge);
  const detected = detectFileType(input.bytes);
  if (!detected || detected.ext === "xlsx") throw refuse(e.fileTypeNotAllowed);
  if (claimedExtension(fileName) !== detected.ext) throw refuse(a.extensionMismatch);

  // Scope before the file touches the disk.
  await findVisibleBrand(user, brandId);
  if (shareId) {
    const share = await findVisibleShare(user, shareId);
    if (share.brandId !== brandId) throw new AppError({ code: "NOT_FOUND", message: e.brandNotFound });
  }

  const key = await storage.put(input.bytes);
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.brandFile.create({
        data: {
          brandId,
          kind,
          shareId: shareId ?? null,
          fileName,
          mimeType: detected.mime,
          sizeBytes: input.bytes.byteLength,
          sha256: createHash("sha256").update(input.bytes).digest("hex"),
          storageKey: key,
          uploadedById: user.id,
        },
      });
      await writeAudit(tx, {
        actor: user,
        ctx,
        at: now,
        action: "brandFile.upload",
        entityType: "Brand",
        entityId: brandId,
        changes: { file: { to: { id: row.id, kind, shareId: shareId ?? null, fileName, sizeBytes: row.sizeBytes } } },
      });
      return { id: row.id, kind, fileName, sizeBytes: row.sizeBytes, mimeType: row.mimeType };
    });
  } catch (error) {
    await storage.remove(key);
    throw error;
  }
}
