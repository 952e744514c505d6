import { expect, test } from "@playwright/test";
import { DEMO, login, logout, portalNav } from "./helpers";

test.describe("administrator (系统管理员)", () => {
  test("signs in and manages nothing it should not: sees users without password hashes", async ({ page }) => {
    await login(page, DEMO.admin);
    await expect(page).toHaveURL(/\/admin$/);
    await portalNav(page).getByRole("link", { name: "用户管理" }).click();
    await expect(page.getByRole("cell", { name: "fengxi", exact: true })).toBeVisible();
    await expect(page.getByRole("cell", { name: "沣西新城组织和人力资源部" })).toBeVisible();
    expect(await page.content()).not.toContain("$2b$");
    await logout(page);
  });

  test("unauthorized: admin gets 403 on the unit area; anonymous visitors go to login", async ({ page, context }) => {
    await login(page, DEMO.admin);
    await expect(page).toHaveURL(/\/admin$/);
    const response = await page.goto("/unit");
    expect(response?.status()).toBe(403);
    await context.clearCookies();
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  });

  test("a tampered session cookie is not accepted", async ({ page, context }) => {
    await login(page, DEMO.unitFengxi);
    await expect(page).toHaveURL(/\/unit$/);
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name.includes("next-auth.session-token"));
    expect(session).toBeDefined();
    // Flip characters in the signed token, as someone editing their role would have to.
    await context.addCookies([{ ...session!, value: session!.value.slice(0, -6) + "AAAAAA" }]);
    await page.goto("/bureau");
    await expect(page).toHaveURL(/\/login/);
  });
});
