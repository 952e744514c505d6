import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, test, type Download, type Page } from "@playwright/test";
import { login as submitLogin, logout } from "./helpers";

// Excel exports in the browser (issue 10, done-when (c)): an export downloaded in the browser is
// parsed back with exceljs and has the rows the screen shows. Starts from the demo seed's brands
// (prisma/seed-brands.ts) and its finished brand export (prisma/seed-exports.ts).

async function login(page: Page, account: string) {
  await submitLogin(page, account);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

async function sheetOf(download: Download): Promise<ExcelJS.Worksheet> {
  const path = await download.path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no sheet in the workbook");
  return sheet;
}

/** The workbook's column under `header` (the header row is the fourth, below the title rows). */
function column(sheet: ExcelJS.Worksheet, header: string): string[] {
  const headers = (sheet.getRow(4).values as unknown[]).slice(1);
  const index = headers.indexOf(header);
  expect(index, `column ${header}`).toBeGreaterThan(-1);
  const values: string[] = [];
  for (let r = 5; r <= sheet.rowCount; r += 1) values.push(String(sheet.getRow(r).getCell(index + 1).value ?? "—"));
  return values;
}

test.describe("Excel exports", () => {
  test("the bureau's filtered brand list, exported, has exactly the rows the screen shows", async ({ page }) => {
    await login(page, "bureau");
    await page.goto("/bureau/brands?newCityId=FENGDONG");
    const rows = page.locator("table tbody tr");
    await expect(rows.first()).toBeVisible();
    const count = await rows.count();
    expect(count).toBeGreaterThan(1);
    const screen = { names: [] as string[], newCities: [] as string[], leadUnits: [] as string[] };
    for (let i = 0; i < count; i += 1) {
      const row = rows.nth(i);
      screen.names.push((await row.locator("th a").innerText()).trim());
      screen.newCities.push((await row.locator("td").nth(1).innerText()).trim());
      screen.leadUnits.push((await row.locator("td").nth(2).innerText()).trim());
    }
    expect(new Set(screen.newCities)).toEqual(new Set(["沣东新城"]));

    const link = page.getByRole("link", { name: "导出 Excel" });
    await expect(link).toHaveAttribute("href", "/api/exports/brands?newCityId=FENGDONG");
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^已认定品牌-\d{8}-\d{4}\.xlsx$/);
    const sheet = await sheetOf(download);
    expect(sheet.getRow(1).getCell(1).value).toBe("已认定品牌（含创建引领单位及级别）");
    expect(String(sheet.getRow(2).getCell(1).value)).toMatch(/^导出时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间） 导出人：新区社会事业服务局（审核员）$/);
    expect(sheet.getRow(3).getCell(1).value).toBe("筛选条件：新城：沣东新城");
    expect(column(sheet, "品牌名称")).toEqual(screen.names);
    expect(column(sheet, "所属新城")).toEqual(screen.newCities);
    expect(column(sheet, "创建引领单位")).toEqual(screen.leadUnits);
  });

  test("the bureau's 已认定 applications, exported from the queue, match the queue's rows", async ({ page }) => {
    await login(page, "bureau");
    await page.goto("/bureau/applications?status=RECOGNISED&sort=submitted");
    const rows = page.locator("table tbody tr");
    await expect(rows.first()).toBeVisible();
    const names = await rows.locator("th").allInnerTexts();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "导出 Excel" }).click()]);
    const sheet = await sheetOf(download);
    expect(sheet.getRow(3).getCell(1).value).toBe("筛选条件：状态：已认定；排序：提交时间（最新在前）");
    expect(column(sheet, "劳务品牌名称")).toEqual(names.map((n) => n.trim()));
    expect(new Set(column(sheet, "状态"))).toEqual(new Set(["已认定"]));
  });

  test("the bureau's revocations and evaluation records, exported, have the rows the screens show", async ({ page }) => {
    await login(page, "bureau");
    // The 待复核 tab (the seed's open proposal) first, then every status's rows.
    for (const status of ["PROPOSED", "CONFIRMED"]) {
      await page.goto(`/bureau/revocations?status=${status}`);
      const rows = page.getByTestId("revocation-row");
      await expect(rows.first()).toBeVisible();
      const brands = (await rows.locator("td:first-child").allInnerTexts()).map((t) => t.trim());
      const link = page.getByRole("link", { name: "导出 Excel" });
      await expect(link).toHaveAttribute("href", `/api/exports/revocations?status=${status}`);
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      const sheet = await sheetOf(download);
      expect(sheet.getRow(1).getCell(1).value).toBe("撤销记录");
      expect(column(sheet, "品牌")).toEqual(brands);
      expect(new Set(column(sheet, "状态"))).toEqual(new Set([status === "PROPOSED" ? "待复核" : "已撤销"]));
    }

    await page.goto("/bureau/evaluations?view=records");
    const records = page.getByTestId("evaluation-records").locator("tbody tr");
    await expect(records.first()).toBeVisible();
    const brands = (await records.locator("td:first-child").allInnerTexts()).map((t) => t.trim());
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "导出 Excel" }).click()]);
    const sheet = await sheetOf(download);
    expect(sheet.getRow(1).getCell(1).value).toBe("绩效评估记录");
    // The screen shows its first page; the workbook every record, in the same order.
    expect(column(sheet, "品牌").slice(0, brands.length)).toEqual(brands);
  });

  test("导出记录 lists the seeded export, downloadable by its requester only; a new city cannot export the audit log", async ({ page, request }) => {
    await login(page, "bureau");
    await page.goto("/bureau/exports");
    const table = page.getByTestId("exports-table");
    await expect(table).toContainText("已认定品牌（含创建引领单位及级别）");
    await expect(table).toContainText("已完成");
    const [download] = await Promise.all([page.waitForEvent("download"), table.getByRole("link", { name: /^下载/ }).first().click()]);
    const sheet = await sheetOf(download);
    expect(sheet.getRow(1).getCell(1).value).toBe("已认定品牌（含创建引领单位及级别）");
    expect(sheet.rowCount).toBeGreaterThan(4);
    const href = await table.getByRole("link", { name: /^下载/ }).first().getAttribute("href");

    // Another signed-in user gets nothing: the file is the requester's alone.
    await logout(page);
    await login(page, "fengdong");
    const other = await page.request.get(href!);
    expect(other.status()).toBe(404);
    const audit = await page.request.get("/api/exports/audit");
    expect(audit.status()).toBe(403);
    expect((await audit.json()).message ?? JSON.stringify(await audit.json())).toContain("您没有权限");
    // Signed out: nothing at all.
    expect((await request.get("/api/exports/brands")).status()).toBe(401);
  });
});
