import { expect, test } from "@playwright/test";
import { DEMO, login, logout, portalNav } from "./helpers";

// A made-up code with valid check characters, different from every seeded unit.
const NEW_CODE = "91611104MA6XJ2W787";

test.describe("applicant unit (申报单位)", () => {
  test("registers, is told about bad input, signs in and out", async ({ page }) => {
    await page.goto("/register");
    await expect(page.getByRole("heading", { name: "申报单位注册" })).toBeVisible();

    // Bad input first: a wrong check character and a weak password are refused in Chinese.
    await page.getByLabel("统一社会信用代码").fill(NEW_CODE.slice(0, 17) + "0");
    await page.getByLabel("单位名称").fill("西咸新区巧匠家政服务有限公司");
    await page.getByRole("button", { name: "根据单位名称推荐字号" }).click();
    await expect(page.getByLabel("单位字号")).toHaveValue("巧匠");
    await page.getByLabel("单位类型").selectOption({ label: "企业" });
    await page.getByLabel("所在新城").selectOption({ label: "沣东新城" });
    await page.getByLabel("成立日期").fill("2020-06-01");
    await page.getByLabel("单位地址").fill("陕西省西咸新区沣东新城科技路1号");
    await page.getByLabel("联系人姓名").fill("赵芳");
    await page.getByLabel("联系电话").fill("13700001111");
    await page.getByLabel(/^密码/).fill("weakpass");
    await page.getByLabel("确认密码").fill("weakpass");
    await page.getByRole("button", { name: "提交注册" }).click();
    await expect(page.getByText(/校验/)).toBeVisible();
    await expect(page.getByText("密码至少8位，且需包含大写字母、小写字母、数字、符号中的至少3类")).toBeVisible();
    await expect(page).toHaveURL(/\/register/);

    // A duplicate code is refused by the server with a clear message.
    await page.getByLabel("统一社会信用代码").fill(DEMO.unitFengxi);
    await page.getByLabel(/^密码/).fill("Strong#2026");
    await page.getByLabel("确认密码").fill("Strong#2026");
    await page.getByRole("button", { name: "提交注册" }).click();
    await expect(page.getByText(/该统一社会信用代码已注册/).first()).toBeVisible();

    // Corrected: registration succeeds and leads to the login page.
    await page.getByLabel("统一社会信用代码").fill(NEW_CODE.toLowerCase());
    await page.getByRole("button", { name: "提交注册" }).click();
    await expect(page).toHaveURL(/\/login\?registered=1/);
    await expect(page.getByText("注册成功，请使用统一社会信用代码和密码登录。")).toBeVisible();

    await login(page, NEW_CODE, "Strong#2026");
    await expect(page).toHaveURL(/\/unit$/);
    await expect(page.getByText("您好，西咸新区巧匠家政服务有限公司")).toBeVisible();
    await expect(portalNav(page).getByRole("link", { name: "单位首页" })).toBeVisible();
    await expect(portalNav(page).getByRole("link", { name: "辖区单位" })).toHaveCount(0);
    await page.getByRole("link", { name: "单位信息" }).click();
    await expect(page.getByText(NEW_CODE)).toBeVisible();
    await expect(page.getByText("沣东新城", { exact: true })).toBeVisible();
    await logout(page);
    await page.goto("/unit");
    await expect(page).toHaveURL(/\/login/);
  });

  test("a wrong password is refused in Chinese", async ({ page }) => {
    await login(page, DEMO.unitFengxi, "Wrong#pass1");
    await expect(page.locator("form [role=alert]")).toHaveText("账号或密码错误，请重新输入。");
    await expect(page).toHaveURL(/\/login/);
  });

  test("unauthorized: a unit opening bureau, new-city and admin pages gets 403", async ({ page }) => {
    await login(page, DEMO.unitFengxi);
    await expect(page).toHaveURL(/\/unit$/);
    for (const path of ["/bureau", "/bureau/audit", "/new-city/units", "/admin/users"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
    }
  });
});
