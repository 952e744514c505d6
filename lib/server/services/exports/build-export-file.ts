import "server-only";
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { db, type Tx } from "@/lib/server/db";
import { AppError, isAppError } from "@/lib/domain/app-error";
import { exportDownloadPath, exportsPathFor } from "@/lib/domain/export-paths";
import { isRole } from "@/lib/domain/roles";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { enqueueOutboxDelivery } from "@/lib/server/jobs";
import { storage } from "@/lib/server/storage";
import { writeWorkbook } from "@/lib/server/exports/workbook";
import { batchesOfIds } from "@/lib/server/exports/batches";
import type { SessionUser } from "@/lib/server/session-user";
import { exportAccess } from "./export-kind-access";

const m = messages.exports;

async function notifyUser(tx: Tx, userId: string, message: { title: string; body: string; link: string }) {
  const n = await tx.notification.create({ data: { userId, ...message } });
  const outbox = await tx.outboxMessage.create({ data: { notificationId: n.id, channel: "IN_APP", payload: { userId, ...message } } });
  await enqueueOutboxDelivery(tx, { outboxMessageId: outbox.id });
}

export type BuildOutcome = { status: "DONE"; rowCount: number; sizeBytes: number } | { status: "FAILED"; error: string } | { status: "SKIPPED" };

/**
 * The body of the `exports.build` job: claims the ExportFile (QUEUED, or RUNNING again when a
 * worker died half-way), re-checks the requester's access and query exactly as the request did,
 * streams the workbook to a temp file (memory stays flat), stores it and marks it DONE with its
 * row count and size, or FAILED with the reason; the requester is notified either way.
 */
export async function buildExportFile({ exportFileId, now = new Date() }: { exportFileId: string; now?: Date }): Promise<BuildOutcome> {
  const claimed = await db.exportFile.updateMany({ where: { id: exportFileId, status: { in: ["QUEUED", "RUNNING"] } }, data: { status: "RUNNING" } });
  if (claimed.count === 0) return { status: "SKIPPED" };
  const file = await db.exportFile.findUniqueOrThrow({ where: { id: exportFileId } });
  const temp = path.join(os.tmpdir(), `portal-export-${file.id}-${randomUUID()}.xlsx`);
  const requester = await db.user.findUnique({ where: { id: file.requestedById }, select: { id: true, role: true, displayName: true, unitId: true, newCityId: true, active: true } });
  try {
    if (!requester || !requester.active || !isRole(requester.role)) throw new AppError({ code: "FORBIDDEN", message: messages.errors.forbidden });
    const user: SessionUser = { id: requester.id, role: requester.role, displayName: requester.displayName, unitId: requester.unitId, newCityId: requester.newCityId };
    const { definition, query } = exportAccess(user, file.kind, file.query);
    const ids = await definition.ids(user, query, file.createdAt);
    const { rowCount } = await writeWorkbook({
      stream: createWriteStream(temp),
      heading: { title: definition.title, exportedAt: file.createdAt, exportedBy: user.displayName, filters: definition.describe(query) },
      columns: definition.columns,
      batches: batchesOfIds(ids, (batch) => definition.load(user, batch, file.createdAt)),
    });
    const sizeBytes = (await stat(temp)).size;
    const storageKey = await storage.putFile(temp);
    await db.$transaction(async (tx) => {
      await tx.exportFile.update({ where: { id: file.id }, data: { status: "DONE", rowCount, sizeBytes, storageKey, error: null, finishedAt: now } });
      await notifyUser(tx, file.requestedById, { title: m.done.title, body: m.done.body(definition.title, rowCount), link: exportDownloadPath(file.id) });
    });
    return { status: "DONE", rowCount, sizeBytes };
  } catch (error) {
    const reason = isAppError(error) ? error.message : error instanceof Error ? error.message : String(error);
    const title = (m.kinds as Record<string, string>)[file.kind] ?? file.kind;
    await db.$transaction(async (tx) => {
      await tx.exportFile.update({ where: { id: file.id }, data: { status: "FAILED", error: reason.slice(0, 500), finishedAt: now } });
      await notifyUser(tx, file.requestedById, { title: m.failed.title, body: m.failed.body(title), link: requester && isRole(requester.role) ? exportsPathFor(requester.role) : "/portal" });
    });
    return { status: "FAILED", error: reason };
  } finally {
    await rm(temp, { force: true });
  }
}
