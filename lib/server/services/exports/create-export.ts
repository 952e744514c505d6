import "server-only";
import type { Writable } from "node:stream";
import { db } from "@/lib/server/db";
import { writeAudit } from "@/lib/server/audit";
import { enqueueJob } from "@/lib/server/jobs";
import { EXPORT_BUILD_KIND } from "@/lib/server/jobs/export-build";
import { EXPORT_STREAM_THRESHOLD } from "@/lib/server/exports/registry";
import { exportFileName, writeWorkbook } from "@/lib/server/exports/workbook";
import { batchesOfIds } from "@/lib/server/exports/batches";
import type { UseCase } from "@/lib/server/use-case";
import type { RequestContext } from "@/lib/server/request-context";
import type { SessionUser } from "@/lib/server/session-user";
import { exportAccess } from "./export-kind-access";

export type CreatedExport =
  | { mode: "stream"; fileName: string; rowCount: number; write: (stream: Writable) => Promise<{ rowCount: number }> }
  | { mode: "queued"; exportFileId: string; fileName: string; rowCount: number };

/**
 * 导出 Excel of a list with the screen's query. Up to EXPORT_STREAM_THRESHOLD rows the workbook
 * is streamed straight to the response (`write`); more rows become an ExportFile (QUEUED) and an
 * `exports.build` job in one transaction, handed back as a link (the job takes its own snapshot
 * when it runs). Either way the export is in the
 * audit log (kind, query, rowCount) before a single row leaves the server.
 */
export async function createExport({ user, input, now = new Date(), ctx }: UseCase<{ kind: unknown; query: unknown }>): Promise<CreatedExport> {
  const { definition, query } = exportAccess(user, input.kind, input.query);
  // The export's snapshot: exactly these rows, in the screen's order, whatever is written meanwhile
  // (its own audit row included).
  const ids = await definition.ids(user, query, now);
  const rowCount = ids.length;
  const fileName = exportFileName(definition.title, now);
  const changes = { kind: { to: definition.kind }, query: { to: query }, rowCount: { to: rowCount } };

  if (rowCount <= EXPORT_STREAM_THRESHOLD) {
    await db.$transaction(async (tx) => {
      await writeAudit(tx, { actor: user, ctx, action: "export.create", entityType: "Export", entityId: definition.kind, changes, at: now });
    });
    return {
      mode: "stream",
      fileName,
      rowCount,
      write: (stream) =>
        writeWorkbook({
          stream,
          heading: { title: definition.title, exportedAt: now, exportedBy: user.displayName, filters: definition.describe(query) },
          columns: definition.columns,
          batches: batchesOfIds(ids, (batch) => definition.load(user, batch, now)),
        }),
    };
  }

  const exportFileId = await queueExport({ user, ctx, now, kind: definition.kind, query, fileName, rowCount });
  return { mode: "queued", exportFileId, fileName, rowCount };
}

/**
 * The large path: the ExportFile (QUEUED), its `exports.build` job and the audit row, in one
 * transaction. Also used by the demo seed (prisma/seed-exports.ts) to queue one export.
 */
export async function queueExport({ user, ctx, now, kind, query, fileName, rowCount }: { user: SessionUser; ctx?: RequestContext; now: Date; kind: string; query: unknown; fileName: string; rowCount: number }): Promise<string> {
  const changes = { kind: { to: kind }, query: { to: query }, rowCount: { to: rowCount } };
  const file = await db.$transaction(async (tx) => {
    const created = await tx.exportFile.create({ data: { kind, query: query as object, requestedById: user.id, fileName, rowCount, createdAt: now } });
    await enqueueJob(tx, { kind: EXPORT_BUILD_KIND, payload: { exportFileId: created.id }, dedupeKey: `${EXPORT_BUILD_KIND}:${created.id}`, maxAttempts: 2 });
    await writeAudit(tx, { actor: user, ctx, action: "export.create", entityType: "ExportFile", entityId: created.id, toState: "QUEUED", changes, at: now });
    return created;
  });
  return file.id;
}
