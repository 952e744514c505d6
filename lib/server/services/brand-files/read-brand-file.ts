import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { assertPermission } from "@/lib/domain/permissions";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { storage } from "@/lib/server/storage";
import type { UseCase } from "@/lib/server/use-case";
import { findVisibleBrand, findVisibleShare } from "../brands/find-visible-brand";

const notFound = () => new AppError({ code: "NOT_FOUND", message: messages.brandLife.errors.fileNotFound });

/**
 * A brand file, for whoever may see it: an outcome document anyone who sees the brand; a voucher
 * only who sees its share (a unit its own, S8); an evaluation's files officials and the evaluated
 * unit; revocation evidence bureau officials. Anything else is NOT_FOUND, revealing nothing.
 */
export async function readBrandFile({ user, input }: UseCase<{ fileId: unknown }>) {
  assertPermission(user, "brand-file:download");
  const { fileId } = input;
  if (typeof fileId !== "string" || fileId.length === 0 || fileId.length > 64) throw notFound();
  const row = await db.brandFile.findUnique({ where: { id: fileId } });
  if (!row) throw notFound();
  // Revocation evidence (M1) is the bureau's working file: never a unit's or a new city's to read.
  if (row.kind === "REVOCATION_EVIDENCE" && user.role !== "BUREAU_OFFICIAL") throw notFound();
  try {
    await findVisibleBrand(user, row.brandId);
    if (row.shareId) await findVisibleShare(user, row.shareId);
    // A self-assessment or evaluation report: officials, and the evaluated lead unit only (not its co-leads).
    if (row.evaluationId && user.role === "APPLICANT_UNIT") {
      const own = await db.evaluation.count({ where: { id: row.evaluationId, leadUnit: { unitId: user.unitId ?? "-" } } });
      if (own === 0) throw notFound();
    }
    // An evaluation report not yet attached to its evaluation: officials only.
    if (user.role === "APPLICANT_UNIT" && row.kind === "EVALUATION_REPORT" && !row.evaluationId) throw notFound();
  } catch {
    throw notFound();
  }
  return { fileName: row.fileName, mimeType: row.mimeType, bytes: await storage.get(row.storageKey) };
}

/** Checks that `fileId` is a file of `kind` for this brand (and share), uploaded and visible: used by the use cases that reference one. */
export async function assertBrandFile(
  tx: Pick<typeof db, "brandFile">,
  { fileId, brandId, kind, shareId }: { fileId: string; brandId: string; kind: string; shareId?: string | null },
) {
  const row = await tx.brandFile.findUnique({ where: { id: fileId }, select: { brandId: true, kind: true, shareId: true } });
  if (!row || row.brandId !== brandId || row.kind !== kind || (shareId !== undefined && row.shareId !== shareId)) throw notFound();
}
