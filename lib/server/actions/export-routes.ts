import "server-only";
import { PassThrough, Readable } from "node:stream";
import { exportsPathFor } from "@/lib/domain/export-paths";
import { downloadResponse } from "@/lib/server/file-response";
import { XLSX_MIME } from "@/lib/server/exports/workbook";
import { createExport } from "@/lib/server/services/exports/create-export";
import { readExportFile } from "@/lib/server/services/exports/read-export-file";
import { defineRoute } from "./define-route";

/**
 * GET /api/exports/:kind?<the screen's query> — a plain link on each list. A small export streams
 * the workbook into the response; a large one is queued (ExportFile + job) and the browser is sent
 * to the user's 导出记录 page, where the file appears when the job is done.
 */
export const exportListRoute = defineRoute<{ kind: string }>({
  name: "export.create",
  permission: "export:create",
  run: async ({ user, ctx, request, params }) => {
    const search = new URL(request.url).searchParams;
    const query: Record<string, string> = {};
    for (const [key, value] of search) if (key !== "page") query[key] = value;
    const created = await createExport({ user, ctx, input: { kind: params.kind, query } });
    if (created.mode === "queued") {
      const target = new URL(`${exportsPathFor(user.role)}?queued=${encodeURIComponent(created.exportFileId)}`, request.url);
      return Response.redirect(target, 303);
    }
    const body = new PassThrough();
    // The response starts at once; a failure half-way ends the download with an error, never a
    // silently short file.
    created.write(body).catch((error: unknown) => body.destroy(error instanceof Error ? error : new Error(String(error))));
    return downloadResponse({ body: Readable.toWeb(body) as ReadableStream, fileName: created.fileName, mimeType: XLSX_MIME, asciiFallback: `${params.kind}.xlsx` });
  },
});

/** GET /api/exports/files/:id — a finished export, for its requester only. */
export const downloadExportFileRoute = defineRoute<{ id: string }>({
  name: "export.download",
  permission: "export:create",
  run: async ({ user, params }) => {
    const file = await readExportFile({ user, input: { exportFileId: params.id } });
    return downloadResponse({ body: Buffer.from(file.bytes), fileName: file.fileName, mimeType: XLSX_MIME, size: file.bytes.byteLength, asciiFallback: "export.xlsx" });
  },
});
