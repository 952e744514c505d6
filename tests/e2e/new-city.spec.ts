import { expect, test } from "@playwright/test";
import { DEMO, login, logout, portalNav } from "./helpers";

test.describe("new-city staff (新城组织和人力资源部)", () => {
  test("signs in to the new-city home and sees only its own units", async ({ page }) => {
    await login(page, DEMO.fengxi);
    await expect(page).toHaveURL(/\/new-city$/);
    await expect(page.getByRole("heading", { name: "新城工作台" })).toBeVisible();
    await expect(page.getByText("（沣西新城）")).toBeVisible();
    await portalNav(page).getByRole("link", { name: "辖区单位" }).click();
    await expect(page.getByRole("cell", { name: "西咸新区好帮手家政服务有限公司" })).toBeVisible();
    // The 秦汉 unit belongs to another new city and never shows here.
    await expect(page.getByText("匠心陶艺")).toHaveCount(0);
    await page.getByLabel("按单位名称或统一社会信用代码搜索").fill("52611104MJ0K7Q2BX5");
    await page.getByRole("button", { name: "搜索" }).click();
    await expect(page.getByText("暂无单位。")).toBeVisible();
    await logout(page);
  });

  test("unauthorized: new-city staff get 403 on bureau, unit and admin pages", async ({ page }) => {
    await login(page, DEMO.qinhan);
    await expect(page).toHaveURL(/\/new-city$/);
    for (const path of ["/bureau", "/unit", "/admin", "/bureau/units"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
  });
});
