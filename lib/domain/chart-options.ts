// ECharts options of the dashboard's charts, built from plain figures (pure: no DOM, no server).
// The server renders them to SVG (lib/server/charts/render-svg.ts); the numbers also go into a
// table beside each chart, so nothing here is the only place a figure can be read.

/** The CJK font the machines have first (ENVIRONMENT.md trap 3), then the usual fallbacks. */
export const CHART_FONT_FAMILY = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** The portal's palette for series (blue, amber, green, slate, red). */
export const CHART_COLORS = ["#1d4ed8", "#d97706", "#15803d", "#64748b", "#b91c1c", "#7c3aed"];

export type BarSeries = { name: string; values: readonly number[] };

export type ChartOption = Record<string, unknown> & {
  xAxis: { type: "category"; data: string[] } | { type: "value" };
  yAxis: { type: "value" } | { type: "category"; data: string[]; inverse?: boolean };
  series: { type: "bar"; name: string; data: number[]; stack?: string }[];
};

/**
 * A bar chart: one bar group per category, one bar per series. `horizontal` puts the categories
 * on the y axis (long Chinese labels read better so on a phone); `stacked` stacks the series.
 */
export function barChartOption({
  categories,
  series,
  horizontal = false,
  stacked = false,
}: {
  categories: readonly string[];
  series: readonly BarSeries[];
  horizontal?: boolean;
  stacked?: boolean;
}): ChartOption {
  const categoryAxis = { type: "category" as const, data: [...categories], axisLabel: { interval: 0, fontSize: 12 }, axisTick: { alignWithLabel: true } };
  const valueAxis = { type: "value" as const, minInterval: 1, axisLabel: { fontSize: 12 } };
  return {
    animation: false,
    color: CHART_COLORS,
    textStyle: { fontFamily: CHART_FONT_FAMILY },
    legend: series.length > 1 ? { top: 0, textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 12 } } : { show: false },
    // Room above the bars (vertical) or to their right (horizontal) for the value labels.
    grid: { left: 8, right: horizontal ? 32 : 16, top: (series.length > 1 ? 32 : 8) + (horizontal ? 0 : 20), bottom: 8, containLabel: true },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? { ...categoryAxis, inverse: true as boolean } : valueAxis,
    series: series.map((s) => ({
      type: "bar" as const,
      name: s.name,
      data: [...s.values],
      barMaxWidth: 36,
      label: { show: !stacked, position: horizontal ? ("right" as const) : ("top" as const), fontSize: 12 },
      ...(stacked ? { stack: "total" } : {}),
    })),
  };
}
