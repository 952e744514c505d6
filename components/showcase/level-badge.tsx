import { levelLabel } from "@/lib/domain/labels";

// Higher levels get stronger colours; every pair passes WCAG AA contrast.
const tones: Record<string, string> = {
  NATIONAL: "bg-brand-700 text-white",
  PROVINCE: "bg-amber-100 text-amber-900 ring-1 ring-amber-300",
  CITY: "bg-sky-50 text-sky-900 ring-1 ring-sky-200",
  DISTRICT: "bg-slate-100 text-slate-800 ring-1 ring-slate-300",
};

export function LevelBadge({ level, className = "" }: { level: string; className?: string }) {
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${tones[level] ?? tones.DISTRICT} ${className}`}>
      {levelLabel(level)}
    </span>
  );
}
