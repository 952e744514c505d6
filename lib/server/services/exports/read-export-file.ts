import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { assertPermission } from "@/lib/domain/permissions";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { storage } from "@/lib/server/storage";
import type { UseCase } from "@/lib/server/use-case";

const notFound = () => new AppError({ code: "NOT_FOUND", message: messages.exports.errors.notFound });

/** A finished export, for the one who asked for it and nobody else (anyone else: NOT_FOUND). */
export async function readExportFile({ user, input }: Pick<UseCase<{ exportFileId: unknown }>, "user" | "input">) {
  assertPermission(user, "export:create");
  const { exportFileId } = input;
  if (typeof exportFileId !== "string" || exportFileId.length === 0 || exportFileId.length > 64) throw notFound();
  const row = await db.exportFile.findFirst({ where: { id: exportFileId, requestedById: user.id } });
  if (!row) throw notFound();
  if (row.status !== "DONE" || !row.storageKey) throw new AppError({ code: "CONFLICT", message: messages.exports.errors.notReady });
  return { fileName: row.fileName, bytes: await storage.get(row.storageKey) };
}
