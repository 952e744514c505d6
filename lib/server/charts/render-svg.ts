import "server-only";
import * as echarts from "echarts";

/**
 * Renders an ECharts option to an SVG string on the server (ECharts' SSR mode: no DOM, no chart
 * JavaScript in the browser). The fixed width and height only set the drawing's proportions: the
 * root <svg> keeps its viewBox and is made to scale to its container's width.
 */
export function renderChartSvg(option: Record<string, unknown>, { width = 640, height = 320 }: { width?: number; height?: number } = {}): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption(option);
    const svg = chart.renderToSVGString();
    // Scale with the container: drop the fixed size, keep the viewBox and the aspect ratio.
    return svg.replace(/^<svg width="\d+" height="\d+"/, '<svg width="100%" preserveAspectRatio="xMidYMid meet" focusable="false" aria-hidden="true"');
  } finally {
    chart.dispose();
  }
}

/** One chart drawn twice: for a desktop column and for a phone (≈360 px), so labels stay legible at both. */
export type ResponsiveChart = { wide: string; narrow: string; wideWidth: number; narrowWidth: number };

/**
 * A horizontal or vertical bar chart sized by its number of bars: `rows` categories × `series`
 * bars. The narrow drawing is 340 units wide, so at phone width the text is drawn near 1:1.
 */
export function renderResponsiveChart(option: Record<string, unknown>, { rows, series = 1, horizontal = true }: { rows: number; series?: number; horizontal?: boolean }): ResponsiveChart {
  const legend = series > 1 ? 32 : 0;
  const height = horizontal ? Math.max(140, rows * (series > 1 ? 56 : 36) + 40 + legend) : 280 + legend;
  return {
    wide: renderChartSvg(option, { width: 640, height: horizontal ? height : 300 + legend }),
    narrow: renderChartSvg(option, { width: 340, height: horizontal ? height : 260 + legend }),
    wideWidth: 640,
    narrowWidth: 340,
  };
}
