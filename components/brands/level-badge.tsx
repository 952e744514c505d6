import { levelLabel } from "@/lib/domain/labels";
import type { LevelCode } from "@/lib/eligibility";

const TONE: Record<LevelCode, string> = {
  DISTRICT: "bg-slate-100 text-slate-800",
  CITY: "bg-sky-50 text-sky-800",
  PROVINCE: "bg-amber-50 text-amber-900",
  NATIONAL: "bg-red-50 text-red-800",
};

/** A brand's level (F5) as a small badge. */
export function LevelBadge({ level }: { level: LevelCode }) {
  return <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${TONE[level]}`} data-testid="level-badge">{levelLabel(level)}</span>;
}
