import { describe, expect, it } from "vitest";
import { barChartOption, CHART_FONT_FAMILY } from "@/lib/domain/chart-options";
import { renderChartSvg } from "@/lib/server/charts/render-svg";

describe("barChartOption", () => {
  const option = barChartOption({ categories: ["新区级", "市级或省级"], series: [{ name: "目标", values: [3, 2] }, { name: "实际完成", values: [4, 1] }] });

  it("has one bar series per figure, with the figures as data", () => {
    expect(option.series.map((s) => [s.type, s.name, s.data])).toEqual([
      ["bar", "目标", [3, 2]],
      ["bar", "实际完成", [4, 1]],
    ]);
    expect(option.xAxis).toMatchObject({ type: "category", data: ["新区级", "市级或省级"] });
    expect(option.yAxis).toMatchObject({ type: "value" });
    expect(option.textStyle).toEqual({ fontFamily: CHART_FONT_FAMILY });
    expect(CHART_FONT_FAMILY).toContain("Noto Sans CJK SC");
  });

  it("puts the categories on the y axis when horizontal, and stacks when asked", () => {
    const h = barChartOption({ categories: ["a", "b"], series: [{ name: "x", values: [1, 2] }], horizontal: true, stacked: true });
    expect(h.yAxis).toMatchObject({ type: "category", data: ["a", "b"] });
    expect(h.xAxis).toMatchObject({ type: "value" });
    expect(h.series[0]!.stack).toBe("total");
  });
});

describe("renderChartSvg", () => {
  it("renders an <svg> that scales to its container and carries the Chinese labels", () => {
    const svg = renderChartSvg(barChartOption({ categories: ["沣西新城", "秦汉新城"], series: [{ name: "申报", values: [7, 2] }] }), { width: 600, height: 300 });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('width="100%"');
    expect(svg).toContain('viewBox="0 0 600 300"');
    expect(svg).not.toMatch(/^<svg[^>]*height="300"/);
    expect(svg).toContain("沣西新城");
    expect(svg).toContain("秦汉新城");
    expect(svg).toContain("Noto Sans CJK SC");
    expect(svg).not.toContain("<script");
  });
});
