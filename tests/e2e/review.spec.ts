import path from "node:path";
import { mkdirSync } from "node:fs";
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, login, logout, portalNav } from "./helpers";

// The reviewers' journeys (issue 4): a new city returns and recommends, another new city cannot
// see it, the bureau opens publicity, records and handles an objection and recognises; the bureau
// rejects (reason required); batches are created and extended. The unit's side is driven here by
// writing its steps straight into the e2e SQLite file (as the unit's own journey is another spec),
// and the passing of the 7-day publicity period by moving the notice's dates.

const DB_FILE = path.resolve(process.env.E2E_DB ?? path.join("data", "e2e.db"));
// Optional screenshots of the queues, a detail page and the timeline (REVIEW_SHOTS_DIR=/tmp/review-shots).
const SHOTS = process.env.REVIEW_SHOTS_DIR;

const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
const ALL_TRUE_APP = {
  industrialPolicy: true,
  regularTraining: true,
  trainingLedger: true,
  entrepreneurshipGuidance: true,
  stableTransferChannels: true,
  priorityPovertyAlleviated: true,
  employmentLedger: true,
  safetyEducation: true,
  rightsServices: true,
};
const ALL_TRUE_UNIT = { industryScale: true, lawAbiding: true, soundManagement: true, noViolations: true, noPendingDisputes: true };

function withDb<T>(run: (db: Database.Database) => T): T {
  const db = new Database(DB_FILE);
  db.pragma("busy_timeout = 5000");
  try {
    return run(db);
  } finally {
    db.close();
  }
}

type Seeded = { id: string; brandName: string };

/** An eligible application of 西咸新区好帮手家政服务有限公司 (沣西新城), as submitted (or recommended) by the unit. */
function insertApplication({ brandName, status }: { brandName: string; status: "SUBMITTED" | "RECOMMENDED" }): Seeded {
  return withDb((db) => {
    const unit = db.prepare(`SELECT id, creditCode, name, tradeName, registrationDate FROM "Unit" WHERE creditCode = ?`).get(DEMO.unitFengxi) as {
      id: string;
      creditCode: string;
      name: string;
      tradeName: string;
      registrationDate: string;
    };
    const unitUser = db.prepare(`SELECT id FROM "User" WHERE loginName = ?`).get(DEMO.unitFengxi) as { id: string };
    const fengxi = db.prepare(`SELECT id FROM "User" WHERE loginName = ?`).get(DEMO.fengxi) as { id: string };
    const batch = db.prepare(`SELECT id FROM "Batch" ORDER BY opensAt ASC LIMIT 1`).get() as { id: string };
    const id = `e2e-review-${randomUUID()}`;
    const submittedAt = new Date(Date.now() - 3_600_000);
    const fields = {
      brandName,
      category: "HIGH_QUALITY_SERVICE",
      employedCount: 600,
      povertyAlleviatedCount: 120,
      trainedCount: 100,
      passedCount: 80,
      brandDescription: "沣西家政服务品牌，扎根沣西新城，服务西安及周边家庭。",
      businessDescription: "家政服务、母婴护理、养老照护。",
      trainingDescription: "自有培训基地，每年开展家政技能培训。",
      transferDescription: "与西安市多家家政企业建立长期输转合作。",
      postPlacementDescription: "上岗前开展职业安全教育，设立维权服务热线。",
    };
    db.prepare(
      `INSERT INTO "Application" (id, batchId, unitId, newCityId, status, version, levelApplied, brandName, category, isNationalIch,
        employedCount, povertyAlleviatedCount, trainedCount, passedCount, brandDescription, businessDescription, trainingDescription,
        transferDescription, postPlacementDescription, declarations, commitmentConfirmedAt, commitmentConfirmedBy, submittedAt,
        recommendationOpinion, createdAt, updatedAt)
       VALUES (?, ?, ?, 'FENGXI', ?, 1, 'DISTRICT', ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      batch.id,
      unit.id,
      status,
      fields.brandName,
      fields.category,
      fields.employedCount,
      fields.povertyAlleviatedCount,
      fields.trainedCount,
      fields.passedCount,
      fields.brandDescription,
      fields.businessDescription,
      fields.trainingDescription,
      fields.transferDescription,
      fields.postPlacementDescription,
      JSON.stringify(ALL_TRUE_APP),
      iso(submittedAt),
      unitUser.id,
      iso(submittedAt),
      status === "RECOMMENDED" ? "材料齐全，同意推荐。" : null,
      iso(submittedAt),
      iso(submittedAt),
    );
    db.prepare(
      `INSERT INTO "ApplicationLeadUnit" (id, applicationId, position, unitId, creditCode, name, tradeName, registrationDate, declarations, createdAt)
       VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(`${id}-lu0`, id, unit.id, unit.creditCode, unit.name, unit.tradeName, unit.registrationDate, JSON.stringify(ALL_TRUE_UNIT), iso(submittedAt));
    db.prepare(
      `INSERT INTO "Attachment" (id, applicationId, kind, fileName, mimeType, sizeBytes, sha256, storageKey, isPublic, uploadedById, createdAt)
       VALUES (?, ?, 'BUSINESS_LICENSE', '营业执照.pdf', 'application/pdf', 20480, ?, ?, 0, ?, ?)`,
    ).run(`${id}-att`, id, "a".repeat(64), `e2e/${id}`, unitUser.id, iso(submittedAt));
    db.prepare(`INSERT INTO "ApplicationVersion" (id, applicationId, version, snapshot, submittedById, submittedAt) VALUES (?, ?, 1, ?, ?, ?)`).run(
      `${id}-v1`,
      id,
      JSON.stringify(snapshot({ ...fields, unit })),
      unitUser.id,
      iso(submittedAt),
    );
    audit(db, { applicationId: id, actorId: unitUser.id, role: "APPLICANT_UNIT", action: "application.submit", from: "DRAFT", to: "SUBMITTED", at: submittedAt });
    if (status === "RECOMMENDED") {
      audit(db, { applicationId: id, actorId: fengxi.id, role: "NEW_CITY_STAFF", action: "application.recommend", from: "SUBMITTED", to: "RECOMMENDED", comment: "材料齐全，同意推荐。", at: new Date(submittedAt.getTime() + 60_000) });
    }
    return { id, brandName };
  });
}

function snapshot({ unit, ...fields }: Record<string, unknown> & { unit: { creditCode: string; name: string; tradeName: string; registrationDate: string } }) {
  return {
    isNationalIch: false,
    ichItemName: null,
    ichListNumber: null,
    trademarks: null,
    awards: null,
    ...fields,
    ...Object.fromEntries(Object.keys(ALL_TRUE_APP).map((k) => [`declarations.${k}`, true])),
    "leadUnits.0.creditCode": unit.creditCode,
    "leadUnits.0.name": unit.name,
    "leadUnits.0.tradeName": unit.tradeName,
    "leadUnits.0.registrationDate": unit.registrationDate.slice(0, 10),
    "leadUnits.0.contribution": null,
    ...Object.fromEntries(Object.keys(ALL_TRUE_UNIT).map((k) => [`leadUnits.0.declarations.${k}`, true])),
    attachments: `BUSINESS_LICENSE:营业执照.pdf:${"a".repeat(12)}`,
  };
}

function audit(
  db: Database.Database,
  { applicationId, actorId, role, action, from, to, comment = null, at = new Date() }: { applicationId: string; actorId: string; role: string; action: string; from: string; to: string; comment?: string | null; at?: Date },
) {
  db.prepare(`INSERT INTO "AuditLog" (id, at, actorId, actorRole, action, entityType, entityId, fromState, toState, comment) VALUES (?, ?, ?, ?, ?, 'Application', ?, ?, ?, ?)`).run(
    `e2e-audit-${randomUUID()}`,
    iso(at),
    actorId,
    role,
    action,
    applicationId,
    from,
    to,
    comment,
  );
}

/** The unit corrects the returned application (employed 600 → 650) and resubmits it as version 2. */
function resubmit(app: Seeded) {
  withDb((db) => {
    const row = db.prepare(`SELECT status, version FROM "Application" WHERE id = ?`).get(app.id) as { status: string; version: number };
    expect(row.status).toBe("RETURNED_TO_UNIT");
    const unitUser = db.prepare(`SELECT id FROM "User" WHERE loginName = ?`).get(DEMO.unitFengxi) as { id: string };
    const v1 = db.prepare(`SELECT snapshot FROM "ApplicationVersion" WHERE applicationId = ? AND version = 1`).get(app.id) as { snapshot: string };
    const now = new Date();
    db.prepare(`UPDATE "Application" SET status = 'SUBMITTED', version = 2, employedCount = 650, submittedAt = ?, updatedAt = ? WHERE id = ?`).run(iso(now), iso(now), app.id);
    db.prepare(`INSERT INTO "ApplicationVersion" (id, applicationId, version, snapshot, submittedById, submittedAt) VALUES (?, ?, 2, ?, ?, ?)`).run(
      `${app.id}-v2`,
      app.id,
      JSON.stringify({ ...JSON.parse(v1.snapshot), employedCount: 650 }),
      unitUser.id,
      iso(now),
    );
    audit(db, { applicationId: app.id, actorId: unitUser.id, role: "APPLICANT_UNIT", action: "application.resubmit", from: "RETURNED_TO_UNIT", to: "SUBMITTED", at: now });
  });
}

/** Moves the publicity notice: `startedHoursAgo` before now, ending `endsInMinutes` from now. */
function moveNotice(app: Seeded, { startedHoursAgo, endsInMinutes }: { startedHoursAgo: number; endsInMinutes: number }) {
  withDb((db) => {
    const now = Date.now();
    const changed = db
      .prepare(`UPDATE "PublicityNotice" SET startsAt = ?, endsAt = ? WHERE applicationId = ?`)
      .run(iso(new Date(now - startedHoursAgo * 3_600_000)), iso(new Date(now + endsInMinutes * 60_000)), app.id);
    expect(changed.changes).toBe(1);
  });
}

async function shot(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const original = page.viewportSize();
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage });
  }
  if (original) await page.setViewportSize(original);
}

/** Opens the confirmation of a decision form and confirms it. */
async function confirmIn(page: Page, confirmLabel: string) {
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: confirmLabel, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test.describe("reviewers (新城 and 新区)", () => {
  test("return with a field comment, recommend, publicity with an objection, recognition; another new city cannot see it", async ({ page }) => {
    test.setTimeout(180_000);
    const app = insertApplication({ brandName: "沣西安心家政师", status: "SUBMITTED" });

    // 沣西新城: the queue shows it (B7 order explained), the detail shows verdict and timeline.
    await login(page, DEMO.fengxi);
    await expect(page).toHaveURL(/\/new-city$/);
    await portalNav(page).getByRole("link", { name: "申报审核" }).click();
    await expect(page).toHaveURL(/\/new-city\/applications$/);
    await expect(page.getByRole("heading", { name: "申报审核", level: 1 })).toBeVisible();
    await expect(page.getByTestId("pending-count")).toContainText(/待处理 [1-9]\d* 件/);
    await expect(page.getByText(/脱贫劳动力人数从多到少/)).toBeVisible();
    await expect(page.getByRole("rowheader", { name: app.brandName })).toBeVisible();
    await shot(page, "new-city-queue");
    // Search by unit name keeps it; a search for something else gives the empty state.
    await page.getByLabel("搜索", { exact: true }).fill("不存在的品牌");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page.getByText("没有符合条件的申报。")).toBeVisible();
    await page.getByLabel("搜索", { exact: true }).fill("好帮手");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/q=%E5%A5%BD/);
    await page.getByRole("link", { name: `审核：${app.brandName}` }).click();
    await expect(page).toHaveURL(new RegExp(`/new-city/applications/${app.id}$`));
    await expect(page.getByRole("heading", { name: app.brandName, level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "资格审查结果" })).toBeVisible();
    await expect(page.getByText("符合各项认定条件，未发现不符合项。")).toBeVisible();
    await expect(page.getByRole("link", { name: "下载附件：营业执照.pdf" })).toHaveAttribute("href", "/api/attachments/" + `${app.id}-att`);

    // 退回修改 with a comment on 带动就业创业人数; the reason is required.
    const back = page.getByRole("region", { name: "退回单位修改", exact: true });
    await back.getByRole("button", { name: "添加字段意见" }).click();
    await back.getByLabel("字段（第 1 条）").selectOption({ label: "带动就业创业人数" });
    await back.getByLabel("意见（第 1 条）").fill("请附就业创业台账，核实带动就业人数。");
    await back.getByRole("button", { name: "退回修改" }).click();
    await expect(back.getByText("请填写意见或理由。")).toBeVisible();
    await back.getByLabel("退回理由").fill("带动就业人数需补充台账佐证。");
    await back.getByRole("button", { name: "退回修改" }).click();
    // Esc cancels the confirmation; nothing is sent.
    await expect(page.getByRole("dialog")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toBeHidden();
    await back.getByRole("button", { name: "退回修改" }).click();
    await confirmIn(page, "退回修改");
    await expect(page.getByText("已退回申报单位修改。")).toBeVisible();
    await expect(page.getByTestId("application-status")).toHaveText("退回修改");
    await expect(page.getByRole("region", { name: "字段意见", exact: true })).toContainText("请附就业创业台账，核实带动就业人数。");
    await expect(page.getByText("当前状态下您没有可执行的审核操作。")).toBeVisible();

    // The unit corrects and resubmits (written to the database); the new city sees what changed.
    resubmit(app);
    await page.goto(`/new-city/applications/${app.id}`);
    const changes = page.getByRole("region", { name: "自上次提交以来的修改", exact: true });
    await expect(changes).toContainText("第 1 次与第 2 次提交比较");
    await expect(changes).toContainText("带动就业创业人数");
    await expect(changes.locator("del")).toHaveText("600");
    await expect(changes.locator("ins")).toHaveText("650");

    // 推荐: the opinion is required (tried empty first).
    const recommend = page.getByRole("region", { name: "推荐至新区", exact: true });
    await recommend.getByRole("button", { name: "推荐" }).click();
    await expect(recommend.getByText("请填写意见或理由。")).toBeVisible();
    await expect(page.getByRole("dialog")).toBeHidden();
    await recommend.getByLabel("推荐意见").fill("材料齐全，带动就业效果明显，同意推荐。");
    await recommend.getByRole("button", { name: "推荐" }).click();
    await confirmIn(page, "推荐");
    await expect(page.getByText("已推荐至新区社会事业服务局。")).toBeVisible();
    await expect(page.getByTestId("recommendation-opinion")).toHaveText("材料齐全，带动就业效果明显，同意推荐。");
    await logout(page);

    // 秦汉新城 cannot open 沣西新城's application, nor see it in its queue.
    await login(page, DEMO.qinhan);
    await expect(page).toHaveURL(/\/new-city$/);
    const response = await page.goto(`/new-city/applications/${app.id}`);
    expect(response?.status()).toBe(404);
    await page.goto("/new-city/applications?status=all");
    await expect(page.getByText(app.brandName)).toHaveCount(0);
    await logout(page);

    // The bureau: the queue opens on 待新区审核 with the application; 拟认定 shows the period.
    await login(page, DEMO.bureau);
    await expect(page).toHaveURL(/\/bureau$/);
    await portalNav(page).getByRole("link", { name: "申报审核" }).click();
    await expect(page).toHaveURL(/\/bureau\/applications$/);
    await expect(page.getByRole("link", { name: /待新区审核/ })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("rowheader", { name: app.brandName })).toBeVisible();
    await shot(page, "bureau-queue");
    await page.getByRole("link", { name: `审核：${app.brandName}` }).click();
    await expect(page.getByTestId("recommendation-opinion")).toHaveText("材料齐全，带动就业效果明显，同意推荐。");
    await shot(page, "bureau-detail-recommended");
    const approve = page.getByRole("region", { name: "拟认定（进入公示）", exact: true });
    await approve.getByRole("button", { name: "拟认定（进入公示）" }).click();
    await expect(page.getByRole("dialog")).toContainText(/公示期 7 天：自 .+ 起至 \d{4}-\d{2}-\d{2} 24:00 止/);
    await confirmIn(page, "拟认定（进入公示）");
    await expect(page.getByText("已进入公示。")).toBeVisible();
    const publicity = page.getByRole("region", { name: "公示", exact: true });
    await expect(publicity).toContainText(`关于“${app.brandName}”拟认定为新区级劳务品牌的公示`);
    await expect(publicity).toContainText("公示进行中");
    await expect(page.getByRole("region", { name: "确认认定", exact: true })).toContainText("公示期尚未结束，不能确认认定。");
    await expect(page.getByRole("region", { name: "确认认定", exact: true }).getByRole("button", { name: "确认认定" })).toBeDisabled();

    // An objection received during the period: recorded, then dismissed.
    moveNotice(app, { startedHoursAgo: 24, endsInMinutes: 6 * 24 * 60 });
    await page.reload();
    const record = page.getByRole("region", { name: "登记异议", exact: true });
    await record.getByRole("button", { name: "登记异议" }).click();
    await expect(record.getByText("请填写异议人")).toBeVisible();
    await record.getByLabel("异议人").fill("李某");
    await record.getByLabel("联系方式").fill("13800000000");
    await record.getByLabel("异议内容").fill("反映该品牌带动就业人数存在重复统计。");
    await record.getByRole("button", { name: "登记异议" }).click();
    await expect(page.getByText("异议已登记。")).toBeVisible();
    const objection = page.getByTestId("objection");
    await expect(objection).toContainText("待处理");
    await expect(page.getByRole("region", { name: "确认认定", exact: true })).toContainText(/公示期尚未结束|还有未处理的异议/);
    const handle = objection.getByRole("form", { name: "处理异议：李某" });
    await handle.getByRole("button", { name: "提交处理结果" }).click();
    await expect(handle.getByText("请选择处理结果")).toBeVisible();
    await handle.getByLabel("异议不成立", { exact: true }).check();
    await handle.getByLabel("处理情况").fill("经核对就业创业台账，未发现重复统计，异议不成立。");
    await handle.getByRole("button", { name: "提交处理结果" }).click();
    await confirmIn(page, "提交处理结果");
    await expect(page.getByText("异议已处理。")).toBeVisible();
    await expect(page.getByTestId("objection")).toContainText("异议不成立");

    // Seven days later (the notice's dates moved into the past): 确认认定.
    moveNotice(app, { startedHoursAgo: 8 * 24, endsInMinutes: -1 });
    await page.reload();
    await expect(page.getByRole("region", { name: "公示", exact: true })).toContainText("公示期已满");
    const recognise = page.getByRole("region", { name: "确认认定", exact: true });
    await expect(recognise.getByRole("button", { name: "确认认定" })).toBeEnabled();
    await recognise.getByRole("button", { name: "确认认定" }).click();
    await confirmIn(page, "确认认定");
    await expect(page.getByText("已认定为新区级劳务品牌。").first()).toBeVisible();
    await expect(page.getByTestId("certificate-no")).toHaveText(/^西咸劳务品牌〔\d{4}〕\d{3}号$/);
    await expect(page.getByRole("region", { name: "认定结果", exact: true })).toContainText("新区级");

    // The timeline shows every step, in order, with who and from → to.
    const steps = page.getByRole("region", { name: "办理记录", exact: true }).getByRole("listitem");
    const expected = [
      ["提交申报", "草稿 → 待新城审核"],
      ["新城退回修改", "待新城审核 → 退回修改"],
      ["修改后重新提交", "退回修改 → 待新城审核"],
      ["新城推荐", "待新城审核 → 待新区审核"],
      ["拟认定，进入公示", "待新区审核 → 公示中"],
      ["登记异议", ""],
      ["处理异议", "待处理 → 异议不成立"],
      ["认定为新区级劳务品牌", "公示中 → 已认定"],
    ];
    await expect(steps).toHaveCount(expected.length);
    for (const [i, [action, move]] of expected.entries()) {
      await expect(steps.nth(i)).toContainText(action as string);
      if (move) await expect(steps.nth(i)).toContainText(move);
    }
    await expect(steps.nth(1)).toContainText("沣西新城组织和人力资源部");
    await expect(steps.nth(1)).toContainText("带动就业人数需补充台账佐证。");
    await expect(steps.nth(7)).toContainText("新区社会事业服务局");
    await shot(page, "bureau-detail-recognised");
    await page.getByRole("region", { name: "办理记录", exact: true }).scrollIntoViewIfNeeded();
    if (SHOTS) {
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 900 });
        await page.getByRole("region", { name: "办理记录", exact: true }).screenshot({ path: path.join(SHOTS, `timeline-${width}.png`) });
      }
    }
  });

  test("the bureau rejects a recommended application: the reason is required", async ({ page }) => {
    const app = insertApplication({ brandName: "沣西暖心护工师", status: "RECOMMENDED" });
    await login(page, DEMO.bureau);
    await expect(page).toHaveURL(/\/bureau$/);
    await page.goto(`/bureau/applications/${app.id}`);
    const reject = page.getByRole("region", { name: "不予认定", exact: true });
    await reject.getByRole("button", { name: "不予认定" }).click();
    await expect(reject.getByText("请填写意见或理由。")).toBeVisible();
    await expect(page.getByRole("dialog")).toBeHidden();
    await reject.getByLabel("不予认定理由").fill("带动就业人数与社保缴费记录不符。");
    await reject.getByRole("button", { name: "不予认定" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("此操作不可撤销");
    // Focus starts on 取消, so Enter on a stray keypress cannot confirm.
    await expect(dialog.getByRole("button", { name: "取消" })).toBeFocused();
    await confirmIn(page, "不予认定");
    await expect(page.getByText("已作出不予认定决定。")).toBeVisible();
    await expect(page.getByRole("region", { name: "不予认定理由", exact: true })).toContainText("带动就业人数与社保缴费记录不符。");
    await expect(page.getByRole("region", { name: "办理记录", exact: true }).getByRole("listitem").last()).toContainText("待新区审核 → 不予认定");

    // A second official acting on the old page state is refused clearly (stale state).
    const other = insertApplication({ brandName: "沣西贴心月嫂师", status: "RECOMMENDED" });
    await page.goto(`/bureau/applications/${other.id}`);
    withDb((db) => db.prepare(`UPDATE "Application" SET status = 'REJECTED' WHERE id = ?`).run(other.id));
    const rejectOther = page.getByRole("region", { name: "不予认定", exact: true });
    await rejectOther.getByLabel("不予认定理由").fill("重复操作。");
    await rejectOther.getByRole("button", { name: "不予认定" }).click();
    await confirmIn(page, "不予认定");
    await expect(rejectOther.getByRole("alert")).toContainText("该申报状态已变更，请刷新后重试");
    await expect(rejectOther.getByRole("button", { name: "刷新页面" })).toBeVisible();
  });

  test("the bureau creates a batch and extends it, with clear validation", async ({ page }) => {
    await login(page, DEMO.bureau);
    await expect(page).toHaveURL(/\/bureau$/);
    await portalNav(page).getByRole("link", { name: "申报批次" }).click();
    await expect(page).toHaveURL(/\/bureau\/batches$/);
    await expect(page.getByRole("rowheader", { name: /演示批次/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /演示批次/ })).toContainText("受理中");

    const year = new Date().getFullYear() + 1;
    const title = `${year}年度西咸新区劳务品牌申报（第一批）`;
    await page.getByRole("button", { name: "创建批次" }).click();
    await expect(page.getByText("请填写批次名称")).toBeVisible();
    await expect(page.getByText("请填写开始受理时间")).toBeVisible();
    await page.getByRole("spinbutton", { name: "年度" }).fill(String(year));
    await page.getByLabel("批次名称").fill(title);
    await page.getByLabel("开始受理时间").fill(`${year}-03-01T09:00`);
    await page.getByLabel(/^截止时间/).fill(`${year}-02-01T17:00`);
    await page.getByRole("button", { name: "创建批次" }).click();
    await expect(page.getByText("截止时间须晚于开始受理时间")).toBeVisible();
    await page.getByLabel(/^截止时间/).fill(`${year}-04-30T17:00`);
    await page.getByRole("button", { name: "创建批次" }).click();
    await expect(page.getByText("申报批次已创建。")).toBeVisible();
    const row = page.getByRole("row", { name: new RegExp(title.replace(/[()（）]/g, ".")) });
    await expect(row).toContainText("未开始");
    await expect(row).toContainText(String(year));
    await expect(row).toContainText(`${year}-03-01 09:00 至 ${year}-04-30 17:00`);
    await shot(page, "batches");

    // 延期: earlier than the current closing time is refused; the reason is required.
    await row.getByRole("button", { name: `延长“${title}”的受理时间` }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText(`当前截止时间：${year}-04-30 17:00`);
    await dialog.getByLabel("新的截止时间").fill(`${year}-04-01T17:00`);
    await dialog.getByRole("button", { name: "确认延期" }).click();
    await expect(dialog.getByText("请填写延期原因")).toBeVisible();
    await dialog.getByLabel("延期原因").fill("应多家单位申请，延长受理时间。");
    await dialog.getByRole("button", { name: "确认延期" }).click();
    await expect(dialog.getByText("新的截止时间须晚于原截止时间").first()).toBeVisible();
    await dialog.getByLabel("新的截止时间").fill(`${year}-05-31T17:00`);
    await dialog.getByRole("button", { name: "确认延期" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText("截止时间已延长，延期原因已记入操作日志。")).toBeVisible();
    await expect(row).toContainText(`${year}-03-01 09:00 至 ${year}-05-31 17:00`);

    // The audit log records the extension with its reason.
    await portalNav(page).getByRole("link", { name: "操作日志" }).click();
    await expect(page.getByRole("row", { name: /延长申报批次/ }).first()).toContainText("应多家单位申请，延长受理时间。");
  });
});
