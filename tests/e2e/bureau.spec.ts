import { expect, test } from "@playwright/test";
import { DEMO, login, logout, portalNav } from "./helpers";

test.describe("bureau official (新区社会事业服务局)", () => {
  test("signs in, sees all units across new cities and the audit log", async ({ page }) => {
    await login(page, DEMO.bureau);
    await expect(page).toHaveURL(/\/bureau$/);
    await expect(page.getByRole("heading", { name: "新区工作台" })).toBeVisible();
    await expect(page.getByText(/演示批次/)).toBeVisible();
    await portalNav(page).getByRole("link", { name: "申报单位" }).click();
    await expect(page.getByRole("cell", { name: "西咸新区好帮手家政服务有限公司" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "西咸新区匠心陶艺职业技能培训学校" })).toBeVisible();
    await portalNav(page).getByRole("link", { name: "操作日志" }).click();
    await expect(page.getByRole("heading", { name: "操作日志" })).toBeVisible();
    await logout(page);
  });

  test("unauthorized: the bureau gets 403 on unit, new-city and admin pages", async ({ page }) => {
    await login(page, DEMO.bureau);
    await expect(page).toHaveURL(/\/bureau$/);
    for (const path of ["/unit", "/new-city", "/admin/users"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
  });
});
