import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, login, tickAll, UNIT_DECLARATIONS, APPLICATION_DECLARATIONS } from "./helpers";

// The applicant unit's journey (issue 4): 我的申报 → 新建申报 → every step of the form → attachments
// (a real PDF and a forged one) → the verdict → a refused submission → submission with the
// commitment → status and timeline. FORM_SHOTS_DIR=… also saves each step at 1280 and 360 px.

const SHOTS = process.env.FORM_SHOTS_DIR;

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true });
    // Tall pages also in readable slices.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0, i = 0; y < height; y += 1000, i++) {
      await page.screenshot({ path: path.join(SHOTS, `${name}-${width}-part${i}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(1000, height - y) } });
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

function stepNav(page: Page) {
  return page.getByRole("navigation", { name: "申报步骤" });
}

async function next(page: Page, step: string) {
  await page.getByRole("button", { name: "保存并下一步" }).click();
  await expect(stepNav(page).getByRole("link", { name: step })).toHaveAttribute("aria-current", "step");
}

const minimalPdf = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  "latin1",
);
// A Windows executable's header (MZ …) wearing a .pdf name.
const forgedPdf = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff", "latin1"), Buffer.alloc(256, 0)]);

test("unit creates, fills, and submits an application with its commitment", async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, DEMO.unitFengxi);
  await expect(page).toHaveURL(/\/unit/);

  await test.step("我的申报 and 新建申报 in the open demo batch", async () => {
    await page.goto("/unit/applications");
    await expect(page.getByRole("heading", { level: 1, name: "我的申报" })).toBeVisible();
    await shoot(page, "00-list");
    await page.getByRole("button", { name: "新建申报" }).click();
    await expect(page).toHaveURL(/\/unit\/applications\/[^/]+\/edit\?step=brand/);
    await expect(stepNav(page).getByRole("link", { name: "品牌信息" })).toHaveAttribute("aria-current", "step");
  });
  const editUrl = page.url();
  const applicationId = /applications\/([^/]+)\/edit/.exec(editUrl)?.[1] as string;

  await test.step("品牌信息: the live B4 check blocks the unit's 字号, then a good name", async () => {
    const name = page.getByLabel("劳务品牌名称");
    await name.fill("好帮手家政师");
    const live = page.getByTestId("b4-live");
    await expect(live).toContainText("不符合（须修改）");
    await expect(live).toContainText("好帮手");
    await expect(live).toContainText("（B4）");
    await name.fill("沣西巧手家政师");
    await expect(live).toContainText("名称符合命名规则");
    await page.getByLabel("品牌类别").selectOption({ label: "高品质服务型" });
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await expect(page.getByTestId("save-status")).toContainText(/已保存于 \d{2}:\d{2}/);
    await shoot(page, "01-brand");
  });

  await test.step("创建引领单位: applicant's U1 declarations; at most two co-lead units", async () => {
    await next(page, "创建引领单位");
    await expect(page.locator("#main").getByText("西咸新区好帮手家政服务有限公司")).toBeVisible();
    await tickAll(page, UNIT_DECLARATIONS);
    await page.getByLabel("创建贡献说明").first().fill("负责品牌培训基地建设与家政人员输出。");
    const add = page.getByRole("button", { name: "添加共同创建单位" });
    await add.click();
    await add.click();
    await expect(add).toBeDisabled();
    await expect(page.getByText("已达到3家创建引领单位的上限（B2）")).toBeVisible();
    await page.getByLabel("单位名称").first().fill("西安市巧匠职业技能培训学校");
    await page.getByRole("button", { name: "根据单位名称推荐字号" }).first().click();
    await expect(page.getByLabel("单位字号").first()).toHaveValue("巧匠");
    await shoot(page, "02-lead-units");
    await page.getByRole("button", { name: "移除第3家单位" }).click();
    await page.getByRole("button", { name: "移除第2家单位" }).click();
    await expect(add).toBeEnabled();
  });

  await test.step("带动就业与培训", async () => {
    await next(page, "带动就业与培训");
    await page.getByLabel("带动就业创业人数").fill("620");
    await page.getByLabel("其中脱贫劳动力人数").fill("130");
    await page.getByLabel("培训人数").fill("300");
    await page.getByLabel("培训合格人数").fill("240");
    await expect(page.getByText("培训合格率：80.0%")).toBeVisible();
    await shoot(page, "03-figures");
  });

  await test.step("品牌介绍", async () => {
    await next(page, "品牌介绍");
    await page.getByLabel("品牌故事与地域特色").fill("立足沣西新城，培育以家政服务为特色的劳务品牌。");
    await page.getByLabel("经营项目说明").fill("家政服务、母婴护理、养老护理。");
    await page.getByLabel("技能特点与培训能力").fill("自有培训基地，常年开展家政技能培训。");
    await page.getByLabel("劳务输转渠道").fill("与西安、咸阳多家家政企业签订输转协议。");
    await page.getByLabel("职业安全教育与劳动维权服务").fill("上岗前开展职业安全教育，设维权服务热线。");
    await shoot(page, "04-narratives");
  });

  await test.step("附件材料: a real PDF is accepted, a forged one refused in Chinese", async () => {
    await next(page, "附件材料");
    await page.getByLabel("附件类型").selectOption("BUSINESS_LICENSE");
    await page.getByLabel("选择文件").setInputFiles({ name: "营业执照.pdf", mimeType: "application/pdf", buffer: minimalPdf });
    await page.getByRole("button", { name: "上传", exact: true }).click();
    await expect(page.getByText("已上传：营业执照.pdf")).toBeVisible();
    await expect(page.getByRole("link", { name: "下载 营业执照.pdf" })).toBeVisible();

    await page.getByLabel("附件类型").selectOption("OTHER");
    await page.getByLabel("选择文件").setInputFiles({ name: "x.pdf", mimeType: "application/pdf", buffer: forgedPdf });
    await page.getByRole("button", { name: "上传", exact: true }).click();
    await expect(page.getByText("仅支持PDF、JPG、PNG、XLSX格式的文件（按文件内容识别）")).toBeVisible();
    await expect(page.getByRole("link", { name: "下载 x.pdf" })).toHaveCount(0);
    await shoot(page, "05-attachments");
  });

  await test.step("承诺与提交: a submission with blocking failures is refused, naming the rule", async () => {
    await next(page, "承诺与提交");
    const verdict = page.getByRole("region", { name: "资格核对结果" });
    await expect(verdict).toContainText("规则 B3");
    await page.getByLabel("我已阅读并确认以上承诺书").check();
    await page.getByRole("button", { name: "提交申报" }).click();
    const dialog = page.getByRole("dialog", { name: "确认提交" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "取消" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await page.getByRole("button", { name: "提交申报" }).click();
    await dialog.getByRole("button", { name: "确认提交" }).click();
    await expect(page.getByText("申报不符合认定条件，请按提示修改后再提交。")).toBeVisible();
    await expect(page.getByTestId("refused-rules")).toContainText("B3");
    await expect(page.getByText("须承诺“劳务品牌经营项目符合国家产业政策”（B3）").first()).toBeVisible();
    await shoot(page, "06-submit-refused");
  });

  await test.step("承诺与提交: declarations, commitment, confirmed submission", async () => {
    await tickAll(page, APPLICATION_DECLARATIONS);
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await expect(page.getByText("已保存的内容符合全部可自动核对的认定条件。")).toBeVisible();
    await page.getByLabel("我已阅读并确认以上承诺书").check();
    await shoot(page, "07-submit-ready");
    await page.getByRole("button", { name: "提交申报" }).click();
    await page.getByRole("dialog", { name: "确认提交" }).getByRole("button", { name: "确认提交" }).click();
    await expect(page).toHaveURL(new RegExp(`/unit/applications/${applicationId}\\?submitted=1`));
  });

  await test.step("the view shows 待新城审核 and 提交申报 in the timeline; editing is closed", async () => {
    await expect(page.getByText("待新城审核").first()).toBeVisible();
    await expect(page.getByTestId("timeline-entry").filter({ hasText: "提交申报" })).toHaveCount(1);
    await expect(page.getByRole("button", { name: "撤回申报" })).toBeVisible();
    await shoot(page, "08-view");
    await page.goto(editUrl);
    await expect(page).toHaveURL(new RegExp(`/unit/applications/${applicationId}$`));
    await page.goto("/unit/applications");
    await expect(page.getByRole("link", { name: "沣西巧手家政师" })).toBeVisible();
  });

  await test.step("撤回申报 asks for confirmation, then ends the application", async () => {
    await page.goto(`/unit/applications/${applicationId}`);
    await page.getByRole("button", { name: "撤回申报" }).click();
    const dialog = page.getByRole("dialog", { name: "确认撤回申报" });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel("撤回原因（选填）").fill("材料需进一步完善");
    await dialog.getByRole("button", { name: "确认撤回" }).click();
    await expect(page.getByText("申报已撤回。")).toBeVisible();
    await expect(page.getByTestId("timeline-entry").filter({ hasText: "撤回申报" })).toContainText("材料需进一步完善");
    await expect(page.getByRole("button", { name: "撤回申报" })).toHaveCount(0);
  });
});
