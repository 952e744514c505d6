// The columns of the evaluation lists (E1–E4), defined once: the screen's tables render them and
// the Excel export writes them (lib/domain/columns.ts ColumnDef). Pure data and formatting.
import type { ColumnDef } from "@/lib/domain/columns";
import { categoryLabel, levelLabel, newCityLabel } from "@/lib/domain/labels";
import { messages } from "@/lib/i18n/messages.zh-CN";

const m = messages.evaluations;
const c = m.columns;

/** One evaluation record (评估记录), as listEvaluations returns it. */
export type EvaluationRow = {
  id: string;
  brandId: string;
  brandName: string;
  unitName: string;
  level: string;
  newCityId: string;
  category: string;
  cycleIndex: number;
  method: string;
  scheduledOn: string;
  evaluators: string;
  status: string;
  evaluatedOn: string | null;
  conclusion: string | null;
};

export const EVALUATION_COLUMNS: readonly ColumnDef<EvaluationRow>[] = [
  { key: "brand", header: c.brand, value: (r) => r.brandName, width: 20 },
  { key: "unit", header: c.unit, value: (r) => r.unitName, width: 30 },
  { key: "level", header: c.level, value: (r) => levelLabel(r.level), width: 8 },
  { key: "newCity", header: c.newCity, value: (r) => newCityLabel(r.newCityId), width: 10, optionalOnPhone: true },
  { key: "cycle", header: c.cycle, value: (r) => r.cycleIndex, width: 8 },
  { key: "method", header: c.method, value: (r) => m.method[r.method] ?? r.method, width: 14 },
  { key: "scheduledOn", header: c.scheduledOn, value: (r) => r.scheduledOn, width: 12 },
  { key: "evaluators", header: c.evaluators, value: (r) => r.evaluators, width: 24, optionalOnPhone: true },
  { key: "status", header: c.status, value: (r) => m.status[r.status] ?? r.status, width: 8 },
  { key: "evaluatedOn", header: c.evaluatedOn, value: (r) => r.evaluatedOn, width: 12 },
  { key: "conclusion", header: c.conclusion, value: (r) => r.conclusion, width: 40, optionalOnPhone: true },
];

/** One row of the bureau's queue (E1): a lead unit's recognition and where it stands. */
export type EvaluationQueueRow = {
  leadUnitRecognitionId: string;
  brandId: string;
  brandName: string;
  unitName: string;
  level: string;
  newCityId: string;
  category: string;
  recognisedOn: string;
  standing: string;
  cycleIndex: number | null;
  windowStart: string | null;
  dueDate: string | null;
  scheduled: { id: string; scheduledOn: string; method: string } | null;
};

export const EVALUATION_QUEUE_COLUMNS: readonly ColumnDef<EvaluationQueueRow>[] = [
  { key: "brand", header: c.brand, value: (r) => r.brandName, width: 20 },
  { key: "unit", header: c.unit, value: (r) => r.unitName, width: 30 },
  { key: "level", header: c.level, value: (r) => levelLabel(r.level), width: 8 },
  { key: "newCity", header: c.newCity, value: (r) => newCityLabel(r.newCityId), width: 10, optionalOnPhone: true },
  { key: "category", header: c.category, value: (r) => categoryLabel(r.category), width: 14, optionalOnPhone: true },
  { key: "recognisedOn", header: c.recognisedOn, value: (r) => r.recognisedOn, width: 12, optionalOnPhone: true },
  { key: "cycle", header: c.cycle, value: (r) => r.cycleIndex, width: 8 },
  { key: "window", header: c.window, value: (r) => (r.windowStart && r.dueDate ? m.ui.windowLabel(r.windowStart, r.dueDate) : null), width: 26 },
  { key: "standing", header: c.standing, value: (r) => m.standing[r.standing] ?? r.standing, width: 10 },
  { key: "scheduled", header: c.scheduled, value: (r) => (r.scheduled ? `${r.scheduled.scheduledOn} ${m.method[r.scheduled.method] ?? r.scheduled.method}` : null), width: 22 },
];
