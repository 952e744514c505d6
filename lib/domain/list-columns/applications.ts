// The columns of 申报列表 / 审核队列, once: the queue's table on screen and its Excel export both
// read them (lib/domain/columns.ts). The row is what list-applications returns.
import type { ColumnDef } from "@/lib/domain/columns";
import { categoryLabel } from "@/lib/domain/labels";
import { formatDateTime } from "@/lib/domain/dates";
import { messages } from "@/lib/i18n/messages.zh-CN";

export type ApplicationRow = {
  id: string;
  brandName: string;
  unitName: string;
  unitCreditCode: string;
  newCityName: string;
  status: string;
  category: string | null;
  employedCount: number | null;
  povertyAlleviatedCount: number | null;
  submittedAt: Date | null;
  updatedAt: Date;
  version: number;
};

const c = messages.reviewUi.queue.columns;
const x = messages.exports.columns;

export const applicationColumns = {
  brandName: { key: "brandName", header: c.brandName, value: (r) => r.brandName || messages.reviewUi.queue.untitled, width: 28 },
  unit: { key: "unit", header: c.unit, value: (r) => r.unitName, width: 30 },
  newCity: { key: "newCity", header: c.newCity, value: (r) => r.newCityName, width: 12 },
  category: { key: "category", header: c.category, value: (r) => (r.category ? categoryLabel(r.category) : null), width: 16 },
  povertyAlleviated: { key: "povertyAlleviated", header: c.povertyAlleviated, value: (r) => r.povertyAlleviatedCount, width: 12 },
  employed: { key: "employed", header: c.employed, value: (r) => r.employedCount, width: 12 },
  submittedAt: { key: "submittedAt", header: c.submittedAt, value: (r) => (r.submittedAt ? formatDateTime(r.submittedAt) : null), width: 18 },
  status: { key: "status", header: c.status, value: (r) => messages.applicationStatus[r.status as keyof typeof messages.applicationStatus] ?? r.status, width: 14 },
} satisfies Record<string, ColumnDef<ApplicationRow>>;

/** The workbook: the screen's columns, then the export-only ones. */
export const APPLICATION_EXPORT_COLUMNS: readonly ColumnDef<ApplicationRow>[] = [
  applicationColumns.brandName,
  applicationColumns.unit,
  { key: "creditCode", header: x.creditCode, value: (r) => r.unitCreditCode, width: 22 },
  applicationColumns.newCity,
  applicationColumns.category,
  applicationColumns.povertyAlleviated,
  applicationColumns.employed,
  applicationColumns.submittedAt,
  applicationColumns.status,
  { key: "updatedAt", header: x.updatedAt, value: (r) => formatDateTime(r.updatedAt), width: 18 },
  { key: "id", header: x.id, value: (r) => r.id, width: 28 },
];
