import "server-only";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import { storage } from "@/lib/server/storage";
import type { UseCase } from "@/lib/server/use-case";
import { findVisibleApplication, notFound } from "../applications/find-visible-application";

/** The file, for whoever may see the application (its unit, its new city, the bureau, admin). */
export async function readAttachment({ user, input }: UseCase<{ attachmentId: unknown }>) {
  assertPermission(user, "attachment:download");
  const { attachmentId } = input;
  if (typeof attachmentId !== "string" || attachmentId.length > 64) throw notFound();
  const row = await db.attachment.findUnique({ where: { id: attachmentId } });
  if (!row) throw notFound();
  await findVisibleApplication(user, row.applicationId);
  return { fileName: row.fileName, mimeType: row.mimeType, bytes: await storage.get(row.storageKey) };
}
