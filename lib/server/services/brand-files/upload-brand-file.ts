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
  evaluationId: z.string().min(1).max(64).optional(),
  fileName: z.string().min(1, e.fileMissing).max(255, a.fileNameTooLong),
});

const refuse = (message: string) => new AppError({ code: "VALIDATION", message, fieldErrors: { file: [message] } });

/**
 * Who may upload which kind: the bureau the outcome documents, payment vouchers, evaluation reports
 * and revocation evidence; a unit its use vouchers and its self-assessment for an evaluation.
 */
const UPLOADER: Record<(typeof BRAND_FILE_KINDS)[number], "BUREAU_OFFICIAL" | "APPLICANT_UNIT"> = {
  OUTCOME_DOCUMENT: "BUREAU_OFFICIAL",
  PAYMENT_VOUCHER: "BUREAU_OFFICIAL",
  USAGE_VOUCHER: "APPLICANT_UNIT",
  SELF_ASSESSMENT: "APPLICANT_UNIT",
  EVALUATION_REPORT: "BUREAU_OFFICIAL",
  REVOCATION_EVIDENCE: "BUREAU_OFFICIAL",
};

/**
 * 上传品牌文件: a scanned recognition document (bureau), a payment voucher (bureau, for a share) or a
 * use voucher (the unit, for its own share), an evaluation report or revocation evidence (bureau),
 * or a self-assessment (the evaluated lead unit, for its scheduled evaluation, attached at once).
 * PDF, JPG or PNG by content, 20 MB at most. Other files are referenced afterwards by the use case
 * that needs them (record an outcome, a payment, a report, an evaluation result, a revocation).
 */
export async function uploadBrandFile({
  user,
  input,
  ctx,
  now,
}: UseCase<{ brandId?: unknown; kind?: unknown; shareId?: unknown; evaluationId?: unknown; fileName?: unknown; bytes: Uint8Array }>) {
  assertPermission(user, "brand-file:upload");
  const parsed = schema.safeParse({ ...input, shareId: input.shareId || undefined, evaluationId: input.evaluationId || undefined });
  if (!parsed.success) throw new AppError({ code: "VALIDATION", message: parsed.error.issues[0]?.message ?? messages.errors.validation });
  const { brandId, kind, shareId } = parsed.data;
  if (UPLOADER[kind] !== user.role) throw new AppError({ code: "FORBIDDEN", message: messages.errors.forbidden });
  const needsShare = (SHARE_FILE_KINDS as readonly string[]).includes(kind);
  if (needsShare !== !!shareId) throw new AppError({ code: "VALIDATION", message: e.fileKindInvalid });
  const evaluationId = parsed.data.evaluationId;
  if ((kind === "SELF_ASSESSMENT") !== !!evaluationId) throw new AppError({ code: "VALIDATION", message: e.fileKindInvalid });

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
  if (evaluationId) {
    // A self-assessment: only for the unit's own evaluation, while it is still scheduled.
    const evaluation = await db.evaluation.findFirst({
      where: { id: evaluationId, brandId, ...(user.role === "APPLICANT_UNIT" ? { leadUnit: { unitId: user.unitId ?? "-" } } : {}) },
      select: { status: true },
    });
    if (!evaluation) throw new AppError({ code: "NOT_FOUND", message: messages.evaluations.errors.notFound });
    if (evaluation.status !== "SCHEDULED") throw new AppError({ code: "RULE_VIOLATION", message: messages.evaluations.errors.selfAssessmentClosed });
  }

  const key = await storage.put(input.bytes);
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.brandFile.create({
        data: {
          brandId,
          kind,
          shareId: shareId ?? null,
          evaluationId: evaluationId ?? null,
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
        changes: { file: { to: { id: row.id, kind, shareId: shareId ?? null, evaluationId: evaluationId ?? null, fileName, sizeBytes: row.sizeBytes } } },
      });
      return { id: row.id, kind, fileName, sizeBytes: row.sizeBytes, mimeType: row.mimeType };
    });
  } catch (error) {
    await storage.remove(key);
    throw error;
  }
}
