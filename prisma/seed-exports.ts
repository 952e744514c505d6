// Demo data for Excel exports (导出记录): one finished export of the recognised brands by the
// bureau's demo official, queued and built through the real code path (queueExport, then the
// exports.build job's body buildExportFile), so /bureau/exports shows a file to download on
// `npm run dev`. Runs after seedDemoBrands (the brands it exports). Idempotent: skipped when the
// bureau already has an export.
import type { Db } from "../lib/server/db/client";
import type { SessionUser } from "../lib/server/session-user";
import { queueExport } from "../lib/server/services/exports/create-export";
import { buildExportFile } from "../lib/server/services/exports/build-export-file";
import { exportAccess } from "../lib/server/services/exports/export-kind-access";
import { exportFileName } from "../lib/server/exports/workbook";

export async function seedDemoExports({ db, sessionOf }: { db: Db; sessionOf: (loginName: string) => Promise<SessionUser> }) {
  const bureau = await sessionOf("bureau");
  if ((await db.exportFile.count({ where: { requestedById: bureau.id } })) > 0) return { skipped: true };
  const now = new Date();
  const { definition, query } = exportAccess(bureau, "brands", {});
  const ids = await definition.ids(bureau, query, now);
  const exportFileId = await queueExport({ user: bureau, now, kind: definition.kind, query, fileName: exportFileName(definition.title, now), rowCount: ids.length });
  const outcome = await buildExportFile({ exportFileId, now });
  if (outcome.status !== "DONE") throw new Error(`seed: the demo export did not finish: ${JSON.stringify(outcome)}`);
  return { exportFileId, rowCount: outcome.rowCount };
}
