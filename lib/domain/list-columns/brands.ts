// The columns of 已认定品牌, once: the brand list on screen and its Excel export. Money stays a
// number in the workbook (yuan; fen figures as yuan with two decimals).
import type { ColumnDef } from "@/lib/domain/columns";
import { categoryLabel, levelLabel } from "@/lib/domain/labels";
import { formatCalendarDate } from "@/lib/domain/dates";
import type { MoneyTotals } from "@/lib/domain/money";
import type { LevelCode } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";

export type BrandRow = {
  id: string;
  name: string;
  slug: string;
  category: string;
  highestLevel: LevelCode | null;
  newCityName: string;
  leadUnitNames: string[];
  money: MoneyTotals;
  overdueReports: number;
  openPush: LevelCode | null;
};

/** The export's row: the screen's row plus the level history and every lead unit's title. */
export type BrandExportRow = BrandRow & {
  levels: { level: string; recognisedOn: Date; revokedOn: Date | null }[];
  leadUnits: { unitName: string; creditCode: string; level: string; status: string }[];
};

const m = messages.brandLife.list;
const x = messages.exports.columns;
const yuanOfFen = (fen: number) => Math.round(fen) / 100;

export const brandColumns = {
  name: { key: "name", header: m.name, value: (r) => r.name, width: 26 },
  highestLevel: { key: "highestLevel", header: m.highestLevel, value: (r) => (r.highestLevel ? levelLabel(r.highestLevel) : m.revoked), width: 12 },
  newCity: { key: "newCity", header: m.newCity, value: (r) => r.newCityName, width: 12 },
  leadUnits: { key: "leadUnits", header: m.leadUnits, value: (r) => r.leadUnitNames.join("、"), width: 36 },
  awarded: { key: "awarded", header: m.awarded, value: (r) => r.money.awarded, width: 12 },
  paid: { key: "paid", header: m.paid, value: (r) => r.money.paid, width: 12 },
  used: { key: "used", header: m.used, value: (r) => yuanOfFen(r.money.usedFen), width: 12 },
  remaining: { key: "remaining", header: m.remaining, value: (r) => yuanOfFen(r.money.remainingFen), width: 12 },
} satisfies Record<string, ColumnDef<BrandRow>>;

export const BRAND_EXPORT_COLUMNS: readonly ColumnDef<BrandExportRow>[] = [
  brandColumns.name,
  { key: "category", header: m.category, value: (r) => categoryLabel(r.category), width: 16 },
  brandColumns.highestLevel,
  brandColumns.newCity,
  brandColumns.leadUnits,
  {
    key: "levels",
    header: x.levels,
    value: (r) => r.levels.map((l) => `${levelLabel(l.level)} ${formatCalendarDate(l.recognisedOn)}${l.revokedOn ? `（${x.revokedOn(formatCalendarDate(l.revokedOn))}）` : ""}`).join("；"),
    width: 40,
  },
  {
    key: "leadUnitTitles",
    header: x.leadUnitTitles,
    value: (r) => r.leadUnits.map((u) => `${u.unitName}（${u.creditCode}）${levelLabel(u.level)}${messages.brandLife.detail.leadUnitStatus[u.status] ?? u.status}`).join("；"),
    width: 60,
  },
  brandColumns.awarded,
  brandColumns.paid,
  brandColumns.used,
  brandColumns.remaining,
  { key: "overdue", header: m.reportOverdue, value: (r) => r.overdueReports, width: 12 },
];
