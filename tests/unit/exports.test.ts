import { describe, expect, it } from "vitest";
import { exportDownloadPath, exportHref, exportsPathFor } from "@/lib/domain/export-paths";
import { rowCells } from "@/lib/domain/columns";
import { BRAND_EXPORT_COLUMNS, type BrandExportRow } from "@/lib/domain/list-columns/brands";
import { subsidyColumns, type SubsidyShareRow } from "@/lib/domain/list-columns/subsidies";
import { batchesOfIds, inOrderOf } from "@/lib/server/exports/batches";
import { exportFileName, filtersText } from "@/lib/server/exports/workbook";

describe("export links and paths", () => {
  it("carries the screen's query, leaving out empty values and the page, flags as 1", () => {
    expect(exportHref("brands", { level: "CITY", q: "", newCityId: undefined, unspent: true, overdue: false })).toBe("/api/exports/brands?level=CITY&unspent=1");
    expect(exportHref("audit", {})).toBe("/api/exports/audit");
    expect(exportHref("applications", { q: "家政 & 月嫂" })).toBe("/api/exports/applications?q=%E5%AE%B6%E6%94%BF+%26+%E6%9C%88%E5%AB%82");
  });
  it("sends each role to its own 导出记录 and names the download", () => {
    expect(exportsPathFor("BUREAU_OFFICIAL")).toBe("/bureau/exports");
    expect(exportsPathFor("NEW_CITY_STAFF")).toBe("/new-city/exports");
    expect(exportsPathFor("ADMIN")).toBe("/admin/exports");
    expect(exportDownloadPath("abc")).toBe("/api/exports/files/abc");
  });
});

describe("workbook heading and file name", () => {
  it("states the filters in Chinese, or 全部", () => {
    expect(filtersText([])).toBe("筛选条件：全部");
    expect(filtersText([["级别", "市级"], ["搜索", "家政"]])).toBe("筛选条件：级别：市级；搜索：家政");
  });
  it("names the file by the list and the Beijing time, without the title's parenthesis", () => {
    expect(exportFileName("已认定品牌（含创建引领单位及级别）", new Date("2026-12-02T16:05:00Z"))).toBe("已认定品牌-20261203-0005.xlsx");
  });
});

describe("column definitions", () => {
  const share: SubsidyShareRow = {
    shareId: "s",
    brandId: "b",
    brandName: "沣东面点师",
    newCityName: "沣东新城",
    level: "DISTRICT",
    unitName: "西咸新区秦味餐饮管理有限公司",
    creditCode: "91611104MA6TG8XK7A",
    awardStatus: "ALLOCATED",
    money: { share: 60000, paid: 60000, usedFen: 3428050, pendingFen: 0, remainingFen: 2571950, unpaid: 0 },
    confirmed: 60000,
    nextDueOn: "2026-07-15",
    overdue: true,
  };
  it("keeps money a number in yuan (fen as two decimals) and marks an overdue report", () => {
    expect(subsidyColumns.used.value(share)).toBe(34280.5);
    expect(subsidyColumns.remaining.value(share)).toBe(25719.5);
    expect(subsidyColumns.nextDue.value(share)).toBe("2026-07-15（逾期）");
    expect(subsidyColumns.nextDue.value({ ...share, overdue: false })).toBe("2026-07-15");
    expect(subsidyColumns.nextDue.value({ ...share, nextDueOn: null })).toBeNull();
    expect(subsidyColumns.awardStatus.value(share)).toBe("已分配");
  });
  it("writes a brand's levels and lead units' titles, revoked ones dated", () => {
    const row: BrandExportRow = {
      id: "b",
      name: "沣东面点师",
      slug: "x",
      category: "HIGH_QUALITY_SERVICE",
      highestLevel: "CITY",
      newCityName: "沣东新城",
      leadUnitNames: ["甲公司"],
      money: { awarded: 200000, allocated: 100000, paid: 100000, usedFen: 0, pendingFen: 0, remainingFen: 10000000 },
      overdueReports: 0,
      openPush: null,
      levels: [
        { level: "DISTRICT", recognisedOn: new Date("2025-06-20T00:00:00Z"), revokedOn: null },
        { level: "CITY", recognisedOn: new Date("2025-12-15T00:00:00Z"), revokedOn: new Date("2026-03-01T00:00:00Z") },
      ],
      leadUnits: [{ unitName: "甲公司", creditCode: "91611104MA6TG8XK7A", level: "DISTRICT", status: "ACTIVE" }, { unitName: "乙公司", creditCode: "52611104MJU2835F22", level: "DISTRICT", status: "REVOKED" }],
    };
    const cells = Object.fromEntries(BRAND_EXPORT_COLUMNS.map((c, i) => [c.key, rowCells(BRAND_EXPORT_COLUMNS, row)[i]]));
    expect(cells.levels).toBe("新区级 2025-06-20；市级 2025-12-15（2026-03-01 撤销）");
    expect(cells.leadUnitTitles).toBe("甲公司（91611104MA6TG8XK7A）新区级有效；乙公司（52611104MJU2835F22）新区级已撤销");
    expect(cells.remaining).toBe(100000);
  });
});

describe("batches", () => {
  it("reads the ids in batches and keeps their order whatever the query returns", async () => {
    const ids = Array.from({ length: 7 }, (_, i) => `id${i}`);
    const seen: string[][] = [];
    const out: string[] = [];
    for await (const batch of batchesOfIds(ids, async (b) => { seen.push(b); return inOrderOf(b, [...b].reverse().map((id) => ({ id }))).map((r) => r.id); }, 3)) out.push(...batch);
    expect(seen).toEqual([["id0", "id1", "id2"], ["id3", "id4", "id5"], ["id6"]]);
    expect(out).toEqual(ids);
    expect(inOrderOf(["a", "gone", "b"], [{ id: "b" }, { id: "a" }])).toEqual([{ id: "a" }, { id: "b" }]);
  });
});
