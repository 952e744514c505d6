import "server-only";
import type { ExportKind } from "./types";
import { applicationsExport } from "./kinds/applications";
import { brandsExport } from "./kinds/brands";
import { subsidiesExport } from "./kinds/subsidies";
import { auditExport } from "./kinds/audit";
import { evaluationsExport } from "./kinds/evaluations";
import { evaluationQueueExport } from "./kinds/evaluation-queue";
import { revocationsExport } from "./kinds/revocations";

// Every exportable list. A new one is a file in kinds/ (its query schema, columns, filter text and
// rows through the list's own where/order builders) and one line here.
export const EXPORT_KINDS: readonly ExportKind<never, never>[] = [applicationsExport, brandsExport, subsidiesExport, auditExport, evaluationsExport, evaluationQueueExport, revocationsExport] as unknown as ExportKind<never, never>[];

export function exportKindOf(kind: string): ExportKind | undefined {
  return EXPORT_KINDS.find((k) => k.kind === kind) as ExportKind | undefined;
}

/** Lists of more rows than this are built on the job runner and handed back as a download link. */
export const EXPORT_STREAM_THRESHOLD = Number(process.env.EXPORT_STREAM_THRESHOLD ?? "") || 5000;
