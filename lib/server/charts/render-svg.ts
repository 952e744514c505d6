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
