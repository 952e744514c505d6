// Progress of the programme against its targets (RULES.md T2): one figure's actual against its
// target. Pure; the dashboard service counts the actuals and reads the targets from the database.

/** The three figures T2 sets a target for. */
export const TARGET_KEYS = ["districtBrands", "cityOrProvinceBrands", "nationalRecommendations"] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];

export type TargetFigures = Record<TargetKey, number>;

export type TargetProgress = {
  key: TargetKey;
  actual: number;
  /** null when no target is set for the year ("未设定"). */
  target: number | null;
  /** Whole percent of the target reached, capped at 100; null without a target. A target of 0 is met at once. */
  percent: number | null;
  met: boolean | null;
};

/** One figure's progress: met once actual ≥ target (T2 says "at least"). */
export function progressOf({ key, actual, target }: { key: TargetKey; actual: number; target: number | null }): TargetProgress {
  if (target === null) return { key, actual, target, percent: null, met: null };
  const percent = target <= 0 ? 100 : Math.min(100, Math.floor((actual * 100) / target));
  return { key, actual, target, percent, met: actual >= target };
}

/** The progress of every T2 figure, in TARGET_KEYS order. */
export function targetProgress({ actuals, targets }: { actuals: TargetFigures; targets: TargetFigures | null }): TargetProgress[] {
  return TARGET_KEYS.map((key) => progressOf({ key, actual: actuals[key], target: targets ? targets[key] : null }));
}
