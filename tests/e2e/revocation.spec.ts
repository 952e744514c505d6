import { expect, test, type Page } from "@playwright/test";
import { DEMO, login as submitLogin, logout } from "./helpers";

// Journey (b) of issue 10: a severe revocation proposed by one official, refused to the same
// official's confirmation, confirmed by another, removes the brand from the public showcase at
// once. Its target is the demo seed's 秦汉陶艺师 (prisma/seed-revocations.ts): recognised 新区级,
// one lead unit (秦砖陶艺), used by no other spec.
const BRAND = "秦汉陶艺师";
const UNIT = "西咸新区秦砖陶艺文化传播有限公司";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n");
const listUrl = `/brands?q=${encodeURIComponent(BRAND)}`;
const pageUrl = `/brands/${encodeURIComponent(BRAND)}`;

async function login(page: Page, account: string) {
  await submitLogin(page, account);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

async function confirmInDialog(page: Page, button: string | RegExp) {
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: button }).click();
}

test.describe.configure({ mode: "serial" });

test("a severe revocation proposed by one official, refused to the same official's confirmation, confirmed by another, removes the brand from the public showcase at once", async ({ page }) => {
  // Before: on the public list, its page and the sitemap.
  await page.goto(listUrl);
  await expect(page.getByRole("heading", { level: 2, name: BRAND })).toBeVisible();
  await page.goto(pageUrl);
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(BRAND) })).toBeVisible();
  expect(await (await page.request.get("/sitemap.xml")).text()).toContain(encodeURIComponent(BRAND));

  // The first official proposes a severe revocation from the brand's page, with evidence.
  await login(page, DEMO.bureau);
  await page.goto("/bureau/brands");
  await page.getByRole("link", { name: BRAND }).first().click();
  const section = page.getByTestId("revocations-section");
  await expect(section).toContainText("暂无撤销记录");
  await section.getByRole("link", { name: "提议撤销" }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`提议撤销：${BRAND}`) })).toBeVisible();
  const form = page.getByTestId("propose-revocation-form");
  await expect(form.getByLabel("撤销事由")).not.toContainText("绩效评估不合格");
  // Bad input first: nothing chosen, facts too short — refused on the spot.
  await form.getByLabel("事实与依据").fill("违规");
  await form.getByRole("button", { name: "提交撤销提议" }).click();
  await expect(form.getByText("请选择撤销事由（M1）")).toBeVisible();
  await expect(form.getByText("事实与依据至少10个字，请具体说明违规事实")).toBeVisible();

  await form.getByLabel("创建引领单位").selectOption({ label: `${UNIT}（持有：新区级）` });
  await form.getByLabel("撤销事由").selectOption("FORGERY");
  await form.getByLabel(/造成严重影响/).check();
  await form.getByLabel("事实与依据").fill("经核查，该单位伪造省级劳务品牌牌匾用于招生宣传，证据确凿，影响恶劣。");
  await form.getByLabel(/上传证明材料/).setInputFiles({ name: "伪造牌匾照片.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(form.getByText("已上传：伪造牌匾照片.pdf")).toBeVisible();
  await form.getByRole("button", { name: "提交撤销提议" }).click();
  await confirmInDialog(page, "提交撤销提议");
  await expect(page.getByText("撤销提议已提交，等待另一位审核员复核确认。")).toBeVisible();
  await expect(page.getByTestId("revocation-status")).toHaveText("待复核");
  const detailUrl = new URL(page.url()).pathname;
  await expect(page.getByTestId("revocation-effect")).toContainText("品牌将立即从公开展示");
  await expect(page.getByTestId("revocation-ban")).toContainText("五年内不得再次申报");
  await expect(page.getByRole("link", { name: "伪造牌匾照片.pdf" })).toBeVisible();

  // The same official tries to confirm: told why, and nothing changes.
  await expect(page.getByTestId("proposer-hint")).toBeVisible();
  await page.getByRole("button", { name: "复核确认撤销" }).click();
  await confirmInDialog(page, "确认撤销（不可撤回）");
  await expect(page.getByText("提议人不能复核确认自己的撤销提议，请由另一位审核员确认。")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("revocation-status")).toHaveText("待复核");
  await page.goto(listUrl);
  await expect(page.getByRole("heading", { level: 2, name: BRAND })).toBeVisible();
  await page.goto(detailUrl);
  await logout(page);

  // A second official finds it waiting and confirms it.
  await login(page, DEMO.bureau2);
  await page.goto("/bureau/revocations");
  await expect(page.getByRole("link", { name: `查看：${BRAND} ${UNIT}` })).toBeVisible();
  await page.getByRole("link", { name: `查看：${BRAND} ${UNIT}` }).click();
  await expect(page).toHaveURL(new RegExp(`${detailUrl}$`));
  await expect(page.getByTestId("proposer-hint")).toHaveCount(0);
  await page.getByRole("button", { name: "复核确认撤销" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("不可撤回");
  await confirmInDialog(page, "确认撤销（不可撤回）");
  await expect(page.getByText("撤销已确认生效。")).toBeVisible();
  await expect(page.getByTestId("revocation-status")).toHaveText("已撤销");
  await expect(page.getByRole("button", { name: "复核确认撤销" })).toHaveCount(0);
  await expect(page.getByTestId("revocation-decider")).toContainText("复核员");

  // At once: off the public list, its page is gone, and the sitemap no longer names it.
  await page.goto(listUrl);
  await expect(page.getByRole("heading", { level: 2, name: BRAND })).toHaveCount(0);
  await expect(page.getByText("没有符合条件的劳务品牌")).toBeVisible();
  const response = await page.goto(pageUrl);
  expect(response?.status()).toBe(404);
  expect(await (await page.request.get("/sitemap.xml")).text()).not.toContain(encodeURIComponent(BRAND));

  // The brand's portal page shows the revocation; its level is gone.
  await page.goto("/bureau/brands");
  await page.getByRole("link", { name: BRAND }).first().click();
  await expect(page.getByTestId("brand-revocations")).toContainText("已撤销");
});

test("the new city of the revoked unit sees the confirmed revocation on the brand page, read-only", async ({ page }) => {
  await login(page, DEMO.fengxi);
  await page.goto("/new-city/brands");
  await page.getByRole("link", { name: "沣西保洁员" }).first().click();
  const section = page.getByTestId("revocations-section");
  await expect(section).toContainText("西咸新区洁美物业服务有限公司");
  await expect(section).toContainText("已撤销");
  await expect(section.getByRole("link", { name: "提议撤销" })).toHaveCount(0);
  await expect(section.getByRole("link", { name: /查看/ })).toHaveCount(0);
});
