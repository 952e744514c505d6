// The columns of 奖补资金 (one row per lead unit's share), once: the subsidies list on screen and
// its Excel export. The figures are shareFigures' (lib/server/services/subsidies/share-figures.ts).
import type { ColumnDef } from "@/lib/domain/columns";
import { levelLabel } from "@/lib/domain/labels";
import type { ShareMoney } from "@/lib/domain/money";
import type { AwardStatus } from "@/lib/domain/subsidy-workflow";
import { messages } from "@/lib/i18n/messages.zh-CN";

export type SubsidyShareRow = {
  shareId: string;
  brandId: string;
  brandName: string;
  newCityName: string;
  level: string;
  unitName: string;
  creditCode: string;
  awardStatus: AwardStatus;
  money: ShareMoney;
  /** Σ payments the unit confirmed it received, in yuan. */
  confirmed: number;
  /** The next S8 report's due date (YYYY-MM-DD), or null when nothing is due. */
  nextDueOn: string | null;
  overdue: boolean;
};

const s = messages.exports.subsidies.columns;
const yuanOfFen = (fen: number) => Math.round(fen) / 100;

export const subsidyColumns = {
  brand: { key: "brand", header: s.brand, value: (r) => r.brandName, width: 26 },
  level: { key: "level", header: s.level, value: (r) => levelLabel(r.level), width: 10 },
  unit: { key: "unit", header: s.unit, value: (r) => r.unitName, width: 30 },
  awardStatus: { key: "awardStatus", header: s.awardStatus, value: (r) => messages.brandLife.awardStatus[r.awardStatus], width: 14 },
  share: { key: "share", header: s.share, value: (r) => r.money.share, width: 12 },
  paid: { key: "paid", header: s.paid, value: (r) => r.money.paid, width: 12 },
  confirmed: { key: "confirmed", header: s.confirmed, value: (r) => r.confirmed, width: 12 },
  used: { key: "used", header: s.used, value: (r) => yuanOfFen(r.money.usedFen), width: 12 },
  remaining: { key: "remaining", header: s.remaining, value: (r) => yuanOfFen(r.money.remainingFen), width: 12 },
  nextDue: { key: "nextDue", header: s.nextDue, value: (r) => (r.nextDueOn ? (r.overdue ? `${r.nextDueOn}（${s.overdue}）` : r.nextDueOn) : null), width: 18 },
} satisfies Record<string, ColumnDef<SubsidyShareRow>>;

export const SUBSIDY_SCREEN_COLUMNS: readonly ColumnDef<SubsidyShareRow>[] = Object.values(subsidyColumns);

export const SUBSIDY_EXPORT_COLUMNS: readonly ColumnDef<SubsidyShareRow>[] = [
  subsidyColumns.brand,
  { key: "newCity", header: s.newCity, value: (r) => r.newCityName, width: 12 },
  subsidyColumns.level,
  subsidyColumns.unit,
  { key: "creditCode", header: s.creditCode, value: (r) => r.creditCode, width: 22 },
  subsidyColumns.awardStatus,
  subsidyColumns.share,
  subsidyColumns.paid,
  subsidyColumns.confirmed,
  subsidyColumns.used,
  { key: "pending", header: s.pending, value: (r) => yuanOfFen(r.money.pendingFen), width: 12 },
  subsidyColumns.remaining,
  { key: "unpaid", header: s.unpaid, value: (r) => r.money.unpaid, width: 12 },
  subsidyColumns.nextDue,
];
