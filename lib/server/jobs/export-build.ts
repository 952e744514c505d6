// The job that builds a large Excel export (exports.build): it streams the workbook into storage
// and marks the ExportFile DONE or FAILED (lib/server/services/exports/build-export-file.ts).
// Like the other job modules this file carries no "server-only" marker; the export code it runs
// does, so it is loaded only when a job runs: inside the portal (instrumentation, where Next
// resolves "server-only" for the server) or in `npm run worker`, started with
// --conditions=react-server for the same reason.
import { z } from "zod";
import { defineJob } from "./registry";

export const EXPORT_BUILD_KIND = "exports.build";

export const exportBuildJob = defineJob({
  kind: EXPORT_BUILD_KIND,
  payload: z.object({ exportFileId: z.string().min(1).max(64) }),
  async run({ exportFileId }, { now }) {
    const { buildExportFile } = await import("../services/exports/build-export-file");
    await buildExportFile({ exportFileId, now: now() });
  },
});
