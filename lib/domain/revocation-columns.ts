// The revocation list's columns (撤销管理), defined once for the table on screen and its Excel
// export (lib/domain/columns.ts). Pure: the row is what listRevocations returns.
import { REVOCATION_REASONS } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { ColumnDef } from "./columns";

/** One revocation as the list shows it; dates already formatted (calendar dates YYYY-MM-DD, instants in Shanghai time). */
export type RevocationRow = {
  id: string;
  brandId: string;
  brandName: string;
  newCityId: string;
  newCityName: string;
  creditCode: string;
  unitName: string;
  reason: string;
  severe: boolean;
  status: "PROPOSED" | "CONFIRMED" | "WITHDRAWN";
  proposedAt: string;
  proposerName: string;
  decidedAt: string | null;
  deciderName: string | null;
  revokedOn: string | null;
  /** M3: the last day of the five-year ban (confirmed only). */
  banLastDay: string | null;
};

const c = messages.revocations.list.columns;
const l = messages.revocations.list;
export const revocationReasonLabel = (code: string) => REVOCATION_REASONS.find((r) => r.code === code)?.label ?? code;

export const REVOCATION_COLUMNS: readonly ColumnDef<RevocationRow>[] = [
  { key: "brand", header: c.brand, value: (r) => r.brandName, width: 16 },
  { key: "unit", header: c.unit, value: (r) => r.unitName, width: 28 },
  { key: "creditCode", header: c.creditCode, value: (r) => r.creditCode, width: 22, optionalOnPhone: true },
  { key: "newCity", header: c.newCity, value: (r) => r.newCityName, width: 10, optionalOnPhone: true },
  { key: "reason", header: c.reason, value: (r) => revocationReasonLabel(r.reason), width: 30 },
  { key: "severe", header: c.severe, value: (r) => (r.severe ? l.yes : l.no), width: 8 },
  { key: "status", header: c.status, value: (r) => messages.revocations.status[r.status] ?? r.status, width: 8 },
  { key: "proposedAt", header: c.proposedAt, value: (r) => r.proposedAt, width: 17, optionalOnPhone: true },
  { key: "proposer", header: c.proposer, value: (r) => r.proposerName, width: 20, optionalOnPhone: true },
  { key: "decider", header: c.decider, value: (r) => r.deciderName, width: 20, optionalOnPhone: true },
  { key: "revokedOn", header: c.revokedOn, value: (r) => r.revokedOn, width: 12 },
  { key: "banEnds", header: c.banEnds, value: (r) => r.banLastDay, width: 12, optionalOnPhone: true },
];
