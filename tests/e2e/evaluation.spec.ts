import { expect, test, type Page } from "@playwright/test";
import { banOf, parseCalendarDate } from "../../lib/eligibility";
import { login as submitLogin, logout } from "./helpers";

// 绩效评估 in the browser (issue 10, journey a): the demo seed's 秦汉园艺工 (prisma/seed-evaluations.ts)
// was recognised in June 2022, so its lead unit's first cycle ended in June 2026 with no
// evaluation. The bureau finds it overdue in the queue, schedules it, records a fail with its
// confirmation; the unit then sees its title revoked, and its 新建申报 refused until the ban ends.
const BRAND = "秦汉园艺工";
const UNIT = { login: "91611102MA6QCL3W5F", name: "西咸新区秦川绿化工程有限公司" };
const today = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date());

async function login(page: Page, account: string) {
  await submitLogin(page, account);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

test.describe.configure({ mode: "serial" });

test("a lead unit recognised four years ago is due, is evaluated, fails, loses its status; its new application is refused with the ban's end date", async ({ page }) => {
  const parsed = parseCalendarDate(today());
  if (!parsed.ok) throw new Error("today");
  const ban = banOf({ revokedOn: parsed.date });

  await login(page, "bureau");
  await page.goto("/bureau/evaluations?tab=overdue");
  const row = page.getByTestId("evaluation-queue").getByRole("row", { name: new RegExp(BRAND) });
  await expect(row).toContainText(UNIT.name);
  await expect(row).toContainText("逾期");
  await row.getByRole("link", { name: "安排评估" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "安排绩效评估" })).toBeVisible();
  await page.getByLabel("评估方式").selectOption("ON_SITE_INSPECTION");
  await page.getByLabel("评估日期").fill(today());
  await page.getByLabel("评估人员").fill("新区社会事业服务局 刘洋、陈静");
  await page.getByRole("button", { name: "确认安排" }).click();
  await page.waitForURL(/\/bureau\/evaluations\/(?!schedule)[^/]+$/);
  await expect(page.getByTestId("evaluation-status")).toHaveText("已安排");

  // U2 fails: its note and the conclusion are required, and the confirmation names the ban.
  await page.getByTestId("u1-pass").check();
  await page.getByTestId("u2-fail").check();
  await page.getByTestId("u3-pass").check();
  await page.getByTestId("u4-pass").check();
  await page.getByRole("button", { name: "登记结果" }).click();
  await expect(page.getByText("U2 品牌培训能力不合格时须填写说明。")).toBeVisible();
  await expect(page.getByText("评估不合格时须填写评估结论。")).toBeVisible();
  await page.getByLabel("U2说明").fill("培训台账不完整，合格率低于60%");
  await page.getByLabel("评估结论").fill("U2不达标，评估不合格。");
  await page.getByLabel("评估完成日期").fill(today());
  await page.getByRole("button", { name: "登记结果" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("创建引领单位称号将被撤销");
  await expect(dialog).toContainText(`禁止申报至${ban.banLastDay}`);
  await dialog.getByRole("button", { name: "登记结果" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("evaluation-status")).toHaveText("不合格");
  await expect(page.getByTestId("evaluation-result")).toContainText("培训台账不完整");

  // The lead unit's plaque is now to be reclaimed.
  await page.goto("/bureau/evaluations?view=plaques");
  await expect(page.getByTestId("plaques-to-reclaim")).toContainText(BRAND);
  await logout(page);

  await login(page, UNIT.login);
  await page.goto("/unit/evaluations?view=records");
  await expect(page.getByTestId("evaluation-records").getByRole("row", { name: new RegExp(BRAND) })).toContainText("不合格");
  await page.goto("/unit/brands");
  await page.getByRole("link", { name: BRAND }).first().click();
  await expect(page.getByTestId("lead-unit-evaluations")).toContainText(`已于${today()}撤销`);

  await page.goto("/unit/applications");
  await expect(page.getByRole("alert").filter({ hasText: "暂不能新建申报" })).toContainText(`禁止申报至${ban.banLastDay}，${ban.mayApplyFrom}起可再次申报`);
  await expect(page.getByRole("button", { name: "新建申报" })).toHaveCount(0);
});
