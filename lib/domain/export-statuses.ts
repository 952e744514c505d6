// The states of an Excel export made on the job runner (ExportFile), as the schema's enum states
// them (tests/unit/prisma-enums.test.ts holds them together).
export const EXPORT_STATUSES = ["QUEUED", "RUNNING", "DONE", "FAILED"] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];
