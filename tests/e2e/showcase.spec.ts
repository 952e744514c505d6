import { randomUUID } from "node:crypto";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";

// The showcase journeys write their data straight into the e2e SQLite file (the product has no
// test-only endpoints) and rely on the showcase's time-based safety net: ISR pages and the list's
// data cache are never more than 10 s stale (lib/server/showcase-cache.ts), so a change made
// behind the app's back shows within ~10–20 s. Names carry a run id, so reruns never collide.
const RUN = randomUUID().slice(0, 6);
const dbFile = path.resolve(process.env.E2E_DB ?? path.join("data", "e2e.db"));
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
const cuid = () => `e2e${randomUUID().replaceAll("-", "").slice(0, 22)}`;

type Seeded = { name: string; hidden?: boolean; level?: "DISTRICT" | "CITY" | "PROVINCE" | "NATIONAL"; category?: string; city?: string; employed?: number; skills?: string };

function withDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(dbFile);
  db.pragma("busy_timeout = 5000");
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

function insertBrand(b: Seeded) {
  withDb((db) => {
    const now = iso(new Date());
    const brandId = cuid();
    db.prepare(
      `INSERT INTO "Brand" (id, name, slug, category, isNationalIch, newCityId, highestLevel, story, skills, transferChannels, employedCount, povertyAlleviatedCount, hiddenFromShowcase, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(brandId, b.name, b.name, b.category ?? "HIGH_QUALITY_SERVICE", b.city ?? "FENGXI", b.level ?? "DISTRICT", `${b.name}的品牌故事。`, b.skills ?? "家政服务技能培训。", "订单式输转。", b.employed ?? 800, 120, b.hidden ? 1 : 0, now, now);
    const recognitionId = cuid();
    db.prepare(`INSERT INTO "BrandRecognition" (id, brandId, level, recognisedOn, certificateNo, status, createdAt) VALUES (?, ?, 'DISTRICT', ?, ?, 'ACTIVE', ?)`).run(
      recognitionId,
      brandId,
      "2026-03-01T00:00:00.000+00:00",
      `E2E-${brandId}`,
      now,
    );
    db.prepare(`INSERT INTO "LeadUnitRecognition" (id, recognitionId, brandId, creditCode, unitName, level, recognisedOn, status, createdAt) VALUES (?, ?, ?, ?, ?, 'DISTRICT', ?, 'ACTIVE', ?)`).run(
      cuid(),
      recognitionId,
      brandId,
      `E2E${brandId.slice(-10)}`,
      `${b.name}服务有限公司`,
      "2026-03-01T00:00:00.000+00:00",
      now,
    );
  });
}

/** Reloads until the assertion holds (the page's cache catches up within seconds). */
async function eventually(page: Page, url: string, check: () => Promise<void>) {
  await expect(async () => {
    await page.goto(url);
    await check();
  }).toPass({ timeout: 40_000, intervals: [1_000, 2_000, 3_000] });
}

const brandUrl = (name: string) => `/brands/${encodeURIComponent(name)}`;

test.describe("public showcase", () => {
  test.describe.configure({ mode: "serial" });

  const service = `沣西家政师${RUN}`;
  const craft = `秦汉陶艺匠${RUN}`;
  const hidden = `空港月嫂${RUN}`;
  const many = Array.from({ length: 13 }, (_, i) => `泾河面点师${RUN}${String(i).padStart(2, "0")}`);

  test.beforeAll(() => {
    insertBrand({ name: service, level: "CITY", employed: 3500, skills: "家政收纳整理" });
    insertBrand({ name: craft, category: "CULTURE_TOURISM", city: "QINHAN", employed: 900, skills: "陶艺烧制" });
    insertBrand({ name: hidden, city: "KONGGANG" });
    for (const [i, name] of many.entries()) insertBrand({ name, category: "LIVELIHOOD_SECURITY", city: "JINGHE", employed: 600 + i });
  });

  test("filters, search and pagination live in the URL and survive back/forward", async ({ page }) => {
    await eventually(page, `/brands?q=${RUN}`, async () => {
      await expect(page.getByText("共找到 16 个劳务品牌")).toBeVisible();
    });
    // Filter with the form (GET): the URL carries the state.
    await page.getByLabel("品牌类别").selectOption("CULTURE_TOURISM");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/category=CULTURE_TOURISM/);
    await expect(page.getByRole("heading", { level: 2, name: craft })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: service })).toHaveCount(0);

    // City + name search; the shared URL shows the same result in a fresh page.
    await page.goto(`/brands?q=${encodeURIComponent(`面点师${RUN}`)}&city=JINGHE&sort=employed`);
    await expect(page.getByText("共找到 13 个劳务品牌")).toBeVisible();
    const firstCard = page.getByRole("heading", { level: 2 }).first();
    await expect(firstCard).toHaveText(many[12]!);
    await page.getByRole("link", { name: "下一页" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByRole("heading", { level: 2 })).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(many[0]!);
    await page.goBack();
    await expect(page).not.toHaveURL(/page=2/);
    await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(many[12]!);
    await page.goForward();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByRole("heading", { level: 2 })).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(many[0]!);
    // The cached route behind /brands (proxy.ts rewrite) never shows in the address bar or a link.
    expect(new URL(page.url()).pathname).toBe("/brands");
    await expect(page.locator('a[href*="/_q/"]')).toHaveCount(0);
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute("href", /^\/brands\?/);

    // Nothing matches: said plainly.
    await page.goto(`/brands?q=${encodeURIComponent("没有这种品牌" + RUN)}`);
    await expect(page.getByText("没有符合条件的劳务品牌，请调整筛选条件或搜索词。")).toBeVisible();
  });

  test("bad input gives a clean page, never an error page or reflected markup", async ({ page }) => {
    let dialog = false;
    page.on("dialog", async (d) => {
      dialog = true;
      await d.dismiss();
    });
    const res = await page.goto(`/brands?q=${encodeURIComponent('<script>alert(1)</script><img src=x onerror=alert(2)>')}&category=EVIL&level=%00&city=../../&sort=1;drop&page=99999`);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "品牌展示" })).toBeVisible();
    await expect(page.getByLabel("搜索")).toHaveValue("<script>alert(1)</script><img src=x onerror=alert(2)>".slice(0, 40));
    expect(await page.locator("main img").count()).toBe(0);
    const out = await page.goto("/brands?page=99999");
    expect(out?.status()).toBe(200);
    await expect(page.getByText("该页没有内容，以下为最后一页。")).toBeVisible();
    for (const url of [brandUrl(`不存在的品牌${RUN}`), "/notices/%3Cscript%3E", "/notices/nope", "/api/public/photos/nope"]) {
      const r = await page.goto(url);
      expect(r?.status(), url).toBe(404);
    }
    // A malformed percent-encoding in a dynamic segment: a short Chinese 400 from proxy.ts (Next
    // itself would answer a bare 500 before any page code runs).
    for (const url of ["/brands/%E0%A4%A", "/notices/%E0%A4%A", "/brands/%E0%A4%A/x"]) {
      const r = await page.request.get(url);
      expect(r.status(), url).toBe(400);
      expect(await r.text()).toContain("地址无效");
    }
    expect(dialog).toBe(false);
  });

  test("the list comes from the page cache through an invisible rewrite; crafted cache keys are 404", async ({ page, request }) => {
    const url = `/brands?q=${RUN}&sort=employed`;
    await eventually(page, url, async () => {
      await expect(page.getByText("共找到 16 个劳务品牌")).toBeVisible();
    });
    // Served from Next's page cache, shared by equivalent addresses (order, unknown parameters, defaults).
    const again = await request.get(`/brands?utm_source=x&sort=employed&page=1&q=${encodeURIComponent(` ${RUN} `)}`);
    expect(again.status()).toBe(200);
    expect(again.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
    expect(await again.text()).toContain(service);
    // The internal route answers only for canonical keys (the default list's key here); crafted
    // ones never reach the page cache.
    const b64 = (text: string) => Buffer.from(text).toString("base64url");
    expect((await request.get(`/brands/_q/${b64("|||level|1|")}`)).status()).toBe(200);
    for (const crafted of [
      "/brands/_q/abc",
      `/brands/_q/${b64("|||level|1| x ")}`,
      `/brands/_q/${b64("|||level|01|")}`,
      `/brands/_q/${b64("|||level|1|")}=`,
      `/brands/%5Fq/${b64("EVIL||||1|")}`,
      `/brands/_q/${b64("|||level|1|")}/extra`,
    ]) {
      expect((await request.get(crafted)).status(), crafted).toBe(404);
    }
  });

  test("a brand page shows the public profile and nothing private", async ({ page }) => {
    await eventually(page, brandUrl(service), async () => {
      await expect(page.getByRole("heading", { level: 1, name: service })).toBeVisible();
    });
    await expect(page).toHaveTitle(`${service}｜西咸新区劳务品牌`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", `${service}｜西咸新区劳务品牌`);
    await expect(page.getByRole("heading", { name: "认定历程" })).toBeVisible();
    await expect(page.getByText(`${service}服务有限公司`)).toBeVisible();
    await expect(page.getByText("3,500 人")).toBeVisible();
    await expect(page.locator("body")).not.toContainText("13800000000");
  });

  test("a brand hidden from the showcase (M2) disappears from the list and its page answers 404", async ({ page }) => {
    await eventually(page, brandUrl(hidden), async () => {
      await expect(page.getByRole("heading", { level: 1, name: hidden })).toBeVisible();
    });
    withDb((db) => db.prepare(`UPDATE "Brand" SET hiddenFromShowcase = 1, highestLevel = NULL WHERE name = ?`).run(hidden));
    await expect(async () => {
      const res = await page.goto(brandUrl(hidden));
      expect(res?.status()).toBe(404);
    }).toPass({ timeout: 40_000, intervals: [1_000, 2_000, 3_000] });
    await eventually(page, `/brands?q=${encodeURIComponent(hidden)}`, async () => {
      await expect(page.getByText("没有符合条件的劳务品牌", { exact: false })).toBeVisible();
    });
    const sitemap = await (await page.request.get("/sitemap.xml")).text();
    expect(sitemap).not.toContain(encodeURIComponent(hidden));
  });

  test("a brand whose every recognition is revoked says so clearly", async ({ page }) => {
    withDb((db) => db.prepare(`UPDATE "Brand" SET highestLevel = NULL WHERE name = ?`).run(craft));
    await eventually(page, brandUrl(craft), async () => {
      await expect(page.getByText("该劳务品牌已撤销")).toBeVisible();
    });
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });

  test("sitemap and robots", async ({ request }) => {
    const robots = await (await request.get("/robots.txt")).text();
    for (const p of ["/unit", "/new-city", "/bureau", "/admin", "/portal", "/api/"]) expect(robots).toContain(`Disallow: ${p}`);
    expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/);
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain("/brands</loc>");
    expect(sitemap).not.toContain("/bureau");
    // The internal list route (proxy.ts rewrite target) is neither listed nor crawlable.
    expect(sitemap).not.toContain("/_q/");
    expect(robots).toContain("Disallow: /brands/_q/");
  });

  test("axe finds no serious or critical violation on any public page", async ({ page }) => {
    test.setTimeout(120_000);
    const noticeHref = await (async () => {
      await page.goto("/notices");
      const link = page.locator('a[href^="/notices/"]').first();
      return (await link.count()) ? await link.getAttribute("href") : null;
    })();
    const urls = ["/", "/brands", `/brands?q=${RUN}&page=2`, brandUrl(service), brandUrl(craft), "/notices", "/policy", "/no-such-page", ...(noticeHref ? [noticeHref] : [])];
    for (const url of urls) {
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(url);
        const result = await new AxeBuilder({ page }).analyze();
        const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(bad.map((v) => `${url} @${width}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      }
    }
  });
});
