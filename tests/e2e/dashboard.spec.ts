// 工作看板 (issue 10 item 6, journey c): the dashboard's figures match the database the e2e server
// runs on (read here read-only, counted with plain SQL), a target edited by the bureau shows at
// once, and a new city sees only its own new city's figures.
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { evaluationStanding } from "../../lib/eligibility";
import { DEMO, login } from "./helpers";

const dbFile = path.resolve(process.env.E2E_DB ?? path.join("data", "e2e.db"));

function readDb<T>(run: (db: Database.Database) => T): T {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return run(db);
  } finally {
    db.close();
  }
}

const shanghaiToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

type Expected = {
  byStatus: Record<string, number>;
  recognised: number;
  byLevel: Record<string, number>;
  awarded: number;
  paid: number;
  usedFen: number;
  employed: number;
  poverty: number;
  district: number;
  cityOrProvince: number;
  national: number;
  overdue: number;
  due: number;
  upcoming: number;
};

/** The figures of the current year as plain SQL counts them, for all (null) or one new city. */
function expected(newCityId: string | null): Expected {
  const year = Number(shanghaiToday().slice(0, 4));
  return readDb((db) => {
    const city = newCityId ? "AND b.newCityId = @city" : "";
    const p = newCityId ? { city: newCityId, year } : { year };
    const rows = <R>(sql: string) => db.prepare(sql).all(p) as R[];
    const value = (sql: string) => Number((db.prepare(sql).get(p) as { v: number | null }).v ?? 0);
    const byStatus = Object.fromEntries(
      rows<{ status: string; n: number }>(`SELECT a.status, COUNT(*) n FROM Application a JOIN Batch bt ON bt.id = a.batchId WHERE bt.year <= @year ${newCityId ? "AND a.newCityId = @city" : ""} GROUP BY a.status`).map((r) => [r.status, r.n]),
    );
    const recognisedBrands = `FROM Brand b WHERE b.highestLevel IS NOT NULL AND b.hiddenFromShowcase = 0 ${city}`;
    const byLevel = Object.fromEntries(rows<{ level: string; n: number }>(`SELECT b.highestLevel level, COUNT(*) n ${recognisedBrands} GROUP BY b.highestLevel`).map((r) => [r.level, r.n]));
    // The current year ends after today: what is held at its end is what is active now.
    const held = (levels: string) => value(`SELECT COUNT(DISTINCT r.brandId) v FROM BrandRecognition r JOIN Brand b ON b.id = r.brandId WHERE r.level IN (${levels}) AND r.status = 'ACTIVE' ${city}`);
    const leadUnits = rows<{ id: string; recognisedOn: string }>(`SELECT l.id, l.recognisedOn FROM LeadUnitRecognition l JOIN Brand b ON b.id = l.brandId WHERE l.status = 'ACTIVE' ${city}`);
    const cycles = db.prepare("SELECT cycleIndex FROM Evaluation WHERE leadUnitRecognitionId = ? AND status IN ('PASSED','FAILED')");
    const standings = { overdue: 0, due: 0, upcoming: 0, later: 0, "not-started": 0 };
    for (const l of leadUnits) {
      const evaluatedCycles = (cycles.all(l.id) as { cycleIndex: number }[]).map((c) => c.cycleIndex);
      standings[evaluationStanding({ recognizedOn: l.recognisedOn.slice(0, 10), asOf: shanghaiToday(), evaluatedCycles }).standing] += 1;
    }
    return {
      byStatus,
      recognised: value(`SELECT COUNT(*) v ${recognisedBrands}`),
      byLevel,
      awarded: value(`SELECT SUM(w.amount) v FROM SubsidyAward w JOIN Brand b ON b.id = w.brandId WHERE w.status IN ('APPROVED','ALLOCATED') ${city}`),
      paid: value(`SELECT SUM(pm.amount) v FROM SubsidyPayment pm JOIN SubsidyShare s ON s.id = pm.shareId JOIN Brand b ON b.id = s.brandId WHERE 1 = 1 ${city}`),
      usedFen: value(`SELECT SUM(u.totalFen) v FROM UsageReport u JOIN Brand b ON b.id = u.brandId WHERE u.status = 'ACCEPTED' ${city}`),
      employed: value(`SELECT SUM(b.employedCount) v ${recognisedBrands}`),
      poverty: value(`SELECT SUM(b.povertyAlleviatedCount) v ${recognisedBrands}`),
      district: held("'DISTRICT'"),
      cityOrProvince: held("'CITY','PROVINCE'"),
      national: value(`SELECT COUNT(DISTINCT pu.brandId) v FROM BrandPush pu JOIN Brand b ON b.id = pu.brandId WHERE pu.toLevel = 'NATIONAL' ${city}`),
      overdue: standings.overdue,
      due: standings.due,
      upcoming: standings.upcoming,
    };
  });
}

async function expectFigures(page: Page, e: Expected) {
  const statuses = ["DRAFT", "SUBMITTED", "RETURNED_TO_UNIT", "RECOMMENDED", "RETURNED_TO_NEW_CITY", "IN_PUBLICITY", "RECOGNISED", "REJECTED", "WITHDRAWN"];
  const total = Object.values(e.byStatus).reduce((a, b) => a + b, 0);
  if (total > 0) for (const s of statuses) await expect(page.getByTestId(`pipeline-${s}`), s).toHaveText(String(e.byStatus[s] ?? 0));
  await expect(page.getByTestId("brands-recognised")).toHaveText(String(e.recognised));
  for (const level of ["DISTRICT", "CITY", "PROVINCE", "NATIONAL"]) await expect(page.getByTestId(`brands-level-${level}`), level).toHaveText(String(e.byLevel[level] ?? 0));
  await expect(page.getByTestId("money-awarded")).toHaveAttribute("data-value", String(e.awarded));
  await expect(page.getByTestId("money-paid")).toHaveAttribute("data-value", String(e.paid));
  await expect(page.getByTestId("money-used")).toHaveAttribute("data-value", String(e.usedFen));
  await expect(page.getByTestId("people-employed")).toHaveAttribute("data-value", String(e.employed));
  await expect(page.getByTestId("people-poverty")).toHaveAttribute("data-value", String(e.poverty));
  await expect(page.getByTestId("target-districtBrands")).toHaveAttribute("data-actual", String(e.district));
  await expect(page.getByTestId("target-cityOrProvinceBrands")).toHaveAttribute("data-actual", String(e.cityOrProvince));
  await expect(page.getByTestId("target-nationalRecommendations")).toHaveAttribute("data-actual", String(e.national));
  await expect(page.getByTestId("evaluations-overdue")).toHaveAttribute("data-value", String(e.overdue));
  await expect(page.getByTestId("evaluations-due")).toHaveAttribute("data-value", String(e.due));
  await expect(page.getByTestId("evaluations-upcoming")).toHaveAttribute("data-value", String(e.upcoming));
}

test.describe("工作看板", () => {
  test("the bureau's dashboard figures match the database; charts are server SVG with their tables", async ({ page }) => {
    await login(page, DEMO.bureau);
    await expect(page).toHaveURL(/\/bureau$/);
    await page.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "工作看板" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "工作看板" })).toBeVisible();
    const e = expected(null);
    expect(e.recognised, "the demo has recognised brands").toBeGreaterThan(0);
    await expectFigures(page, e);
    // Every chart is an inline <svg> under a labelled image, with Chinese labels; no chart script.
    const chart = page.getByRole("img", { name: /年度目标与实际完成对比图/ });
    await expect(chart.locator("svg").first()).toBeAttached();
    await expect(chart.locator("svg").first()).toContainText("新区级劳务品牌");
    expect(await page.locator("script[src*='echarts']").count()).toBe(0);
    // The matrix lists every new city.
    await expect(page.getByTestId("pipeline-matrix-table").locator("tbody tr")).toHaveCount(5);
    // A figure links to the list behind it.
    await expect(page.getByTestId("brands-level-DISTRICT")).toHaveAttribute("href", "/bureau/brands?level=DISTRICT");
  });

  test("the bureau edits a year's target and sees it; a negative one is refused", async ({ page }) => {
    await login(page, DEMO.bureau);
    await expect(page).toHaveURL(/\/bureau$/);
    await page.goto("/bureau/dashboard?year=2026");
    const form = page.getByTestId("target-form");
    await expect(form.getByLabel("统计年度")).toHaveValue("2026");
    await form.getByLabel("新区级劳务品牌（个）").fill("-2");
    await form.getByRole("button", { name: "保存目标" }).click();
    await expect(form.getByText("新区级劳务品牌目标不能为负数")).toBeVisible();
    await form.getByLabel("新区级劳务品牌（个）").fill("7");
    await form.getByRole("button", { name: "保存目标" }).click();
    await expect(form.getByRole("status")).toHaveText("目标已保存。");
    await expect(page.getByTestId("target-districtBrands")).toHaveAttribute("data-target", "7");
    const saved = readDb((db) => db.prepare("SELECT districtBrands FROM ProgrammeTarget WHERE year = 2026").get() as { districtBrands: number });
    expect(saved.districtBrands).toBe(7);
    // A year without targets says so and offers to set them.
    await page.goto("/bureau/dashboard?year=2027");
    await expect(page.getByTestId("target-districtBrands")).toContainText("未设定");
    await expect(page.getByRole("link", { name: "设定目标" })).toBeVisible();
  });

  test("a new city sees only its own figures, with the programme's targets, read-only", async ({ page }) => {
    await login(page, DEMO.fengxi);
    await expect(page).toHaveURL(/\/new-city$/);
    await page.goto("/new-city/dashboard");
    await expect(page.getByText("沣西新城的劳务品牌工作进展")).toBeVisible();
    await expectFigures(page, expected("FENGXI"));
    await expect(page.getByText("目标为全新区目标，实际完成为本新城数据。")).toBeVisible();
    await expect(page.getByTestId("target-form")).toHaveCount(0);
    const matrix = page.getByTestId("pipeline-matrix-table");
    if (await matrix.count()) {
      await expect(matrix.locator("tbody tr")).toHaveCount(1);
      await expect(matrix.locator("tbody tr").first()).toContainText("沣西新城");
    }
    // The bureau's dashboard is not the new city's.
    expect((await page.goto("/bureau/dashboard"))?.status()).toBe(403);
  });
});
