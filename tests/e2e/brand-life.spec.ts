import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { login as submitLogin, logout } from "./helpers";

// A brand's life after recognition, in the browser (issue: pushes, levels, subsidies). It starts
// from the demo seed's 沣东育婴员 (prisma/seed-brands.ts): recognised 新区级 in November 2026 with
// two lead units — 福瑞 (the applicant) and 秦味 (co-lead), both with accounts — and its 10万 award
// waiting for the bureau. One serial journey, each step by the role that takes it.
const BRAND = "沣东育婴员";
const FURUI = { login: "52611104MJU2835F22", name: "西咸新区福瑞职业技能培训学校" };
const QINWEI = { login: "91611104MA6TG8XK7A", name: "西咸新区秦味餐饮管理有限公司" };
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n");
const today = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date());

/** Signs in and waits for the portal, so the next navigation does not cut the sign-in short. */
async function login(page: Page, account: string) {
  await submitLogin(page, account);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

async function openBrand(page: Page, area: "bureau" | "unit") {
  await page.goto(`/${area}/brands`);
  await page.getByRole("link", { name: BRAND }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(BRAND) })).toBeVisible();
}

async function confirmDialog(page: Page, button: string | RegExp) {
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: button }).click();
  await expect(dialog).toBeHidden();
}

async function pay(page: Page, unitName: string, amount: number, voucherNo: string) {
  await page.locator("summary", { hasText: `登记拨付：${unitName}` }).click();
  const f = page.getByRole("form", { name: `登记拨付：${unitName}` });
  await f.getByLabel("拨付日期").fill(today());
  await f.getByLabel("拨付金额（元）").fill(String(amount));
  await f.getByLabel("凭证号").fill(voucherNo);
  await f.getByLabel(/拨付凭证/).setInputFiles({ name: `${voucherNo}.pdf`, mimeType: "application/pdf", buffer: PDF });
  await expect(f.getByText(`已上传：${voucherNo}.pdf`)).toBeVisible();
  await f.getByRole("button", { name: "登记拨付" }).click();
  await confirmDialog(page, "登记拨付");
}

test.describe.configure({ mode: "serial" });

test.describe("a brand's life after recognition (bureau, lead units, the public)", () => {
  test("the bureau approves the 10万 award and splits it 6万/4万 by contribution", async ({ page }) => {
    await login(page, "bureau");
    await openBrand(page, "bureau");
    const award = page.getByTestId("award-DISTRICT");
    await expect(award).toContainText("100,000 元");
    await award.getByRole("button", { name: /审批/ }).click();
    await confirmDialog(page, "审批");
    await expect(award).toContainText("已审批，待分配");

    // A split that does not add up is refused at once (S3), before anything is sent.
    const split = page.getByTestId("award-split-form");
    await split.getByLabel(`${FURUI.name} 的份额（元）`).fill("60000");
    await split.getByLabel(`${QINWEI.name} 的份额（元）`).fill("30000");
    await expect(split.getByTestId("split-difference")).toContainText("10,000");
    await split.getByLabel("分配依据").fill("福瑞负责育婴员培训与取证（60%），秦味提供实训与就业岗位（40%）。");
    await split.getByTestId("split-submit").click();
    await expect(page.getByRole("dialog")).toBeHidden();
    await split.getByLabel(`${QINWEI.name} 的份额（元）`).fill("40000");
    await expect(split.getByTestId("split-difference")).not.toContainText("10,000");
    await split.getByTestId("split-submit").click();
    await confirmDialog(page, "确认分配");
    await expect(award).toContainText("已分配");
    await expect(page.getByTestId(`share-row-${FURUI.login}`)).toContainText("60,000 元");
    await expect(page.getByTestId(`share-row-${QINWEI.login}`)).toContainText("40,000 元");
  });

  test("the bureau records the payments with their vouchers; the books reconcile", async ({ page }) => {
    await login(page, "bureau");
    await openBrand(page, "bureau");
    await pay(page, FURUI.name, 60000, "XXSZ-E2E-01");
    await pay(page, QINWEI.name, 40000, "XXSZ-E2E-02");
    await expect(page.getByTestId("money-paid")).toHaveText("100,000 元");
    await expect(page.getByTestId("money-awarded")).toHaveText("100,000 元");
    await expect(page.getByTestId("reconciliation")).toHaveText("账目核对一致");
  });

  test("a lead unit sees only its own share, confirms receipt and files a use report: a cash line is refused (S7), a valid one goes in", async ({ page }) => {
    await login(page, FURUI.login);
    await openBrand(page, "unit");
    await expect(page.getByTestId("money-paid")).toHaveText("60,000 元");
    await expect(page.getByText(QINWEI.name + " 的拨付记录")).toHaveCount(0);
    await page.getByRole("button", { name: /确认收款/ }).click();
    await confirmDialog(page, /确认收款/);
    await expect(page.getByTestId("payment-status")).toContainText("单位已确认收款");

    const form = page.getByTestId("usage-report-form");
    const line = (n: number) => form.getByTestId(`usage-line-${n}`);
    await line(0).getByLabel("使用日期").fill(today());
    await line(0).getByLabel("资金用途").selectOption({ label: "宣传推介" });
    await line(0).getByLabel("金额（元）").fill("800.00");
    await line(0).getByLabel("支付方式").selectOption({ label: "现金" });
    await line(0).getByLabel("收款方").fill("沣东印刷部");
    await form.getByRole("button", { name: "增加一条明细" }).click();
    await line(1).getByLabel("使用日期").fill(today());
    await line(1).getByLabel("资金用途").selectOption({ label: "劳务品牌培育发展" });
    await line(1).getByLabel("金额（元）").fill("12345.67");
    await line(1).getByLabel("支付方式").selectOption({ label: "银行转账" });
    await line(1).getByLabel("收款方").fill("西安育婴实训设备有限公司");
    await form.getByRole("button", { name: "提交报告" }).click();
    await confirmDialog(page, "确认提交");
    // Refused by the rule, named at its line; nothing was filed.
    await expect(line(0)).toContainText("S7");
    await expect(page.getByTestId("money-pending")).toHaveText("0.00 元");

    await form.getByRole("button", { name: "删除明细 1" }).click();
    await form.getByRole("button", { name: "提交报告" }).click();
    await confirmDialog(page, "确认提交");
    await expect(page.getByTestId("money-pending")).toHaveText("12,345.67 元");
    await logout(page);

    // The other lead unit sees its own 4万, not 福瑞's report or money.
    await login(page, QINWEI.login);
    await openBrand(page, "unit");
    await expect(page.getByTestId("money-paid")).toHaveText("40,000 元");
    await expect(page.getByText("西安育婴实训设备有限公司")).toHaveCount(0);
  });

  test("the bureau accepts the report: used rises, remaining falls", async ({ page }) => {
    await login(page, "bureau");
    await openBrand(page, "bureau");
    const review = page.getByTestId("usage-review-form");
    await review.getByRole("button", { name: "通过" }).click();
    await confirmDialog(page, "通过");
    await expect(page.getByTestId("money-used")).toHaveText("12,345.67 元");
    await expect(page.getByTestId("money-remaining")).toHaveText("87,654.33 元");
  });

  test("the bureau pushes the brand to the city, prints the recommendation form and downloads the package", async ({ page }) => {
    await login(page, "bureau");
    await openBrand(page, "bureau");
    const push = page.getByTestId("push-form");
    await push.getByLabel("推荐意见").fill("带动就业 680 人，育婴员取证率 84%，择优推荐参加市级劳务品牌认定。");
    await push.getByRole("button", { name: "推送至市级" }).click();
    await confirmDialog(page, "推送至市级");
    await expect(page.getByTestId("push-status").first()).toHaveText("已推送，待结果");

    const zip = page.waitForEvent("download");
    await page.getByTestId("push-zip-link").click();
    const download = await zip;
    expect(download.suggestedFilename()).toBe(`${BRAND}-推荐材料.zip`);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    expect(bytes.includes(Buffer.from("营业执照.pdf"))).toBe(true);

    await page.getByTestId("push-print-link").click();
    await expect(page.getByRole("heading", { name: "劳务品牌推荐表" })).toBeVisible();
    await expect(page.getByTestId("push-print-button")).toBeVisible();
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    // Chrome maps some CJK glyphs to their compatibility forms (⼈ for 人): compare normalised text.
    const printed = text.normalize("NFKC").replace(/\s+/g, "");
    for (const expected of ["劳务品牌推荐表", "西咸新区推荐参加市级劳务品牌认定", BRAND, FURUI.name, QINWEI.name, "新区级→市级", "择优推荐参加市级劳务品牌认定", "营业执照.pdf", "陕西省西咸新区社会事业服务局（盖章）"]) {
      expect(printed, expected).toContain(expected.normalize("NFKC").replace(/\s+/g, ""));
    }
    // The portal's navigation stays off the paper.
    expect(printed).not.toContain("退出登录");
  });

  test("the bureau records the city's recognition: 市级 in the history and a 10万 top-up award (S4)", async ({ page }) => {
    await login(page, "bureau");
    await openBrand(page, "bureau");
    const outcome = page.getByTestId("push-outcome-form");
    await outcome.getByRole("radio", { name: "获认定", exact: true }).check();
    await outcome.getByLabel("结果日期").fill(today());
    await outcome.getByLabel("认定机关").fill("西安市人力资源和社会保障局");
    await outcome.getByLabel("认定文号").fill("市人社发〔2026〕101号");
    await outcome.getByLabel(/认定文件/).setInputFiles({ name: "市级认定文件.pdf", mimeType: "application/pdf", buffer: PDF });
    await expect(outcome.getByTestId("push-outcome-upload-status")).toContainText("已上传");
    await outcome.getByRole("button", { name: "登记结果" }).click();
    await confirmDialog(page, "登记结果");
    await expect(page.getByRole("heading", { level: 1 }).getByTestId("level-badge")).toHaveText("市级");
    await expect(page.getByTestId("level-history")).toContainText("市人社发〔2026〕101号");
    const topUp = page.getByTestId("award-CITY");
    await expect(topUp).toContainText("100,000 元");
    await expect(topUp).toContainText("待审批");
    await expect(page.getByTestId("money-awarded")).toHaveText("200,000 元");
  });

  test("the public brand page shows 市级 with its history at once", async ({ page }) => {
    await page.goto(`/brands/${encodeURIComponent(BRAND)}`);
    await expect(page.getByRole("heading", { level: 1, name: BRAND })).toBeVisible();
    await expect(page.getByText("市级").first()).toBeVisible();
    await expect(page.getByText("西安市人力资源和社会保障局")).toBeVisible();
    await expect(page.getByText("市人社发〔2026〕101号")).toBeVisible();
    // Levels only: no money on the public page.
    await expect(page.getByText("100,000 元")).toHaveCount(0);
  });

  test("unauthorized: a new city reads its own brands without actions; another new city and another unit cannot open them", async ({ page }) => {
    await login(page, "fengdong");
    await openBrandAs(page, "new-city");
    await expect(page.getByRole("button", { name: /审批|登记拨付|推送至/ })).toHaveCount(0);
    const url = page.url();
    await logout(page);
    await login(page, "qinhan");
    const id = url.split("/").pop()!;
    const other = await page.goto(`/new-city/brands/${id}`);
    expect(other?.status()).toBe(404);
    await logout(page);
    await login(page, "91611105MA6W0H1A18");
    expect((await page.goto(`/unit/brands/${id}`))?.status()).toBe(404);
    expect((await page.goto(`/bureau/brands/${id}`))?.status()).toBe(403);
  });
});

async function openBrandAs(page: Page, area: "new-city") {
  await page.goto(`/${area}/brands`);
  await page.getByRole("link", { name: BRAND }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(BRAND) })).toBeVisible();
}
