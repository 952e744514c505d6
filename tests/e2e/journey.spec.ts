import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, login, logout, portalNav, tickAll, UNIT_DECLARATIONS, APPLICATION_DECLARATIONS } from "./helpers";

// Issue 4's whole journey in the browser, every step by the role that takes it: a unit registers,
// fills in and submits an application with an attachment; its new city returns it with a field
// comment; the unit fixes and resubmits; the new city recommends; the bureau approves for
// publicity; the publicity ends; the bureau recognises; the brand is a 新区级 brand, and the
// application's timeline shows every step. The only shortcut is time: the 7-day publicity period
// is moved into the past in the database, as seven days passing would.

const DB_FILE = path.resolve(process.env.E2E_DB ?? path.join("data", "e2e.db"));
const CODE = "91611102MA6TGR8D2B"; // valid check characters; not a seeded unit
const PASSWORD = "Journey#2026";
const BRAND = "沣东巧手电工";

const pdf = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n", "latin1");

function stepNav(page: Page) {
  return page.getByRole("navigation", { name: "申报步骤" });
}

async function goToStep(page: Page, step: string) {
  await page.getByRole("button", { name: "保存并下一步" }).click();
  await expect(stepNav(page).getByRole("link", { name: step })).toHaveAttribute("aria-current", "step");
}

async function confirmIn(page: Page, confirmLabel: string) {
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: confirmLabel, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test("a unit's brand goes from registration to a recognised 新区级 brand, every step in the browser", async ({ page }) => {
  test.setTimeout(300_000);
  let applicationId = "";

  await test.step("the unit registers and signs in", async () => {
    await page.goto("/register");
    await page.getByLabel("统一社会信用代码").fill(CODE);
    await page.getByLabel("单位名称").fill("西咸新区明亮电力服务有限公司");
    // The suggestion strips place and form words; the unit corrects it to its real 字号.
    await page.getByRole("button", { name: "根据单位名称推荐字号" }).click();
    await expect(page.getByLabel("单位字号")).toHaveValue("明亮电力");
    await page.getByLabel("单位字号").fill("明亮");
    await page.getByLabel("单位类型").selectOption({ label: "企业" });
    await page.getByLabel("所在新城").selectOption({ label: "沣东新城" });
    await page.getByLabel("成立日期").fill("2018-03-01");
    await page.getByLabel("单位地址").fill("陕西省西咸新区沣东新城丰产路8号");
    await page.getByLabel("联系人姓名").fill("陈明");
    await page.getByLabel("联系电话").fill("13912345678");
    await page.getByLabel(/^密码/).fill(PASSWORD);
    await page.getByLabel("确认密码").fill(PASSWORD);
    await page.getByRole("button", { name: "提交注册" }).click();
    await expect(page).toHaveURL(/\/login\?registered=1/);
    await login(page, CODE, PASSWORD);
    await expect(page).toHaveURL(/\/unit$/);
  });

  await test.step("the unit fills in every step, uploads its business licence and submits", async () => {
    await portalNav(page).getByRole("link", { name: "我的申报" }).click();
    await page.getByRole("button", { name: "新建申报" }).click();
    await expect(page).toHaveURL(/\/unit\/applications\/[^/]+\/edit\?step=brand/);
    applicationId = /applications\/([^/]+)\/edit/.exec(page.url())?.[1] as string;

    await page.getByLabel("劳务品牌名称").fill(BRAND);
    await page.getByLabel("品牌类别").selectOption({ label: "中高端技能型" });
    await goToStep(page, "创建引领单位");
    await tickAll(page, UNIT_DECLARATIONS);
    await goToStep(page, "带动就业与培训");
    await page.getByLabel("带动就业创业人数").fill("560");
    await page.getByLabel("其中脱贫劳动力人数").fill("90");
    await page.getByLabel("培训人数").fill("200");
    await page.getByLabel("培训合格人数").fill("150");
    await goToStep(page, "品牌介绍");
    await page.getByLabel("品牌故事与地域特色").fill("扎根沣东新城，培养电力安装与维修技能人才。");
    await page.getByLabel("经营项目说明").fill("电力安装、设备维修、技能培训。");
    await page.getByLabel("技能特点与培训能力").fill("持证电工培训，年培训两百人以上。");
    await page.getByLabel("劳务输转渠道").fill("与省内电力施工企业建立用工合作。");
    await page.getByLabel("职业安全教育与劳动维权服务").fill("岗前安全教育，设劳动维权联络员。");
    await goToStep(page, "附件材料");
    await page.getByLabel("附件类型").selectOption("BUSINESS_LICENSE");
    await page.getByLabel("选择文件").setInputFiles({ name: "营业执照.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByRole("button", { name: "上传", exact: true }).click();
    await expect(page.getByText("已上传：营业执照.pdf")).toBeVisible();
    await goToStep(page, "承诺与提交");
    await tickAll(page, APPLICATION_DECLARATIONS);
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await expect(page.getByText("已保存的内容符合全部可自动核对的认定条件。")).toBeVisible();
    await page.getByLabel("我已阅读并确认以上承诺书").check();
    await page.getByRole("button", { name: "提交申报" }).click();
    await confirmIn(page, "确认提交");
    await expect(page).toHaveURL(new RegExp(`/unit/applications/${applicationId}\\?submitted=1`));
    await expect(page.getByText("待新城审核").first()).toBeVisible();
    await logout(page);
  });

  await test.step("沣东新城 returns it with a comment on 带动就业创业人数", async () => {
    await login(page, "fengdong");
    await expect(page).toHaveURL(/\/new-city$/);
    await page.goto(`/new-city/applications/${applicationId}`);
    const back = page.getByRole("region", { name: "退回单位修改", exact: true });
    await back.getByRole("button", { name: "添加字段意见" }).click();
    await back.getByLabel("字段（第 1 条）").selectOption({ label: "带动就业创业人数" });
    await back.getByLabel("意见（第 1 条）").fill("人数与就业台账不一致，请核实。");
    await back.getByLabel("退回理由").fill("请核实带动就业人数后重新提交。");
    await back.getByRole("button", { name: "退回修改" }).click();
    await confirmIn(page, "退回修改");
    await expect(page.getByTestId("application-status")).toHaveText("退回修改");
    await logout(page);
  });

  await test.step("the unit sees the comment next to the field, fixes it and resubmits", async () => {
    await login(page, CODE, PASSWORD);
    await expect(page).toHaveURL(/\/unit$/);
    await page.goto(`/unit/applications/${applicationId}/edit?step=figures`);
    await expect(page.getByText("请核实带动就业人数后重新提交。")).toBeVisible();
    await expect(page.getByText("人数与就业台账不一致，请核实。")).toBeVisible();
    await page.getByLabel("带动就业创业人数").fill("610");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await expect(page.getByTestId("save-status")).toContainText(/已保存于 \d{2}:\d{2}/);
    await stepNav(page).getByRole("link", { name: "承诺与提交" }).click();
    await page.getByLabel("我已阅读并确认以上承诺书").check();
    await page.getByRole("button", { name: "重新提交" }).click();
    await confirmIn(page, "重新提交");
    await expect(page.getByText("待新城审核").first()).toBeVisible();
    await logout(page);
  });

  await test.step("沣东新城 sees what changed and recommends", async () => {
    await login(page, "fengdong");
    await expect(page).toHaveURL(/\/new-city$/);
    await page.goto(`/new-city/applications/${applicationId}`);
    const changes = page.getByRole("region", { name: "自上次提交以来的修改", exact: true });
    await expect(changes.locator("del")).toHaveText("560");
    await expect(changes.locator("ins")).toHaveText("610");
    const recommend = page.getByRole("region", { name: "推荐至新区", exact: true });
    await recommend.getByLabel("推荐意见").fill("已核实，同意推荐。");
    await recommend.getByRole("button", { name: "推荐" }).click();
    await confirmIn(page, "推荐");
    await expect(page.getByText("已推荐至新区社会事业服务局。")).toBeVisible();
    await logout(page);
  });

  await test.step("the bureau approves it for publicity", async () => {
    await login(page, DEMO.bureau);
    await expect(page).toHaveURL(/\/bureau$/);
    await page.goto(`/bureau/applications/${applicationId}`);
    const approve = page.getByRole("region", { name: "拟认定（进入公示）", exact: true });
    await approve.getByRole("button", { name: "拟认定（进入公示）" }).click();
    await confirmIn(page, "拟认定（进入公示）");
    await expect(page.getByText("已进入公示。")).toBeVisible();
  });

  await test.step("seven days pass; the bureau recognises it as a 新区级 brand", async () => {
    const db = new Database(DB_FILE);
    try {
      const now = Date.now();
      const moved = db
        .prepare(`UPDATE "PublicityNotice" SET startsAt = ?, endsAt = ? WHERE applicationId = ?`)
        .run(new Date(now - 8 * 86_400_000).toISOString(), new Date(now - 60_000).toISOString(), applicationId);
      expect(moved.changes).toBe(1);
    } finally {
      db.close();
    }
    await page.reload();
    const recognise = page.getByRole("region", { name: "确认认定", exact: true });
    await recognise.getByRole("button", { name: "确认认定" }).click();
    await confirmIn(page, "确认认定");
    await expect(page.getByText("已认定为新区级劳务品牌。").first()).toBeVisible();
    await expect(page.getByTestId("certificate-no")).toHaveText(/^西咸劳务品牌〔\d{4}〕\d{3}号$/);
    await expect(page.getByRole("region", { name: "认定结果", exact: true })).toContainText("新区级");
    await logout(page);
  });

  await test.step("the unit's timeline shows every step, in order", async () => {
    await login(page, CODE, PASSWORD);
    await expect(page).toHaveURL(/\/unit$/);
    await page.goto(`/unit/applications/${applicationId}`);
    await expect(page.getByText("已认定").first()).toBeVisible();
    const entries = page.getByTestId("timeline-entry");
    const texts = await entries.allInnerTexts();
    const order = ["新建申报", "提交申报", "新城退回修改", "修改后重新提交", "新城推荐", "拟认定，进入公示", "认定为新区级劳务品牌"];
    let at = -1;
    for (const label of order) {
      const index = texts.findIndex((t, i) => i > at && t.includes(label));
      expect(index, `timeline entry ${label}`).toBeGreaterThan(at);
      at = index;
    }
    await expect(entries.filter({ hasText: "新城退回修改" })).toContainText("请核实带动就业人数后重新提交。");
  });

  await test.step("the public showcase lists the new 新区级 brand at once", async () => {
    await page.goto(`/brands?q=${encodeURIComponent(BRAND)}`);
    await expect(page.getByRole("link", { name: new RegExp(BRAND) }).first()).toBeVisible();
    await page.goto(`/brands/${encodeURIComponent(BRAND)}`);
    await expect(page.getByRole("heading", { level: 1, name: BRAND })).toBeVisible();
    await expect(page.locator("#main")).toContainText("新区级");
    await expect(page.locator("#main")).toContainText("西咸新区明亮电力服务有限公司");
    // Nothing private reaches the public page.
    await expect(page.locator("#main")).not.toContainText("13912345678");
  });
});
