import { expect, test } from "@playwright/test";

test.describe("public pages (anyone)", () => {
  test("home shows the programme, live figures and the way in for units", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle("西咸新区劳务品牌");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("西咸新区劳务品牌培育工程");
    const nav = page.getByRole("navigation", { name: "主导航" }).first();
    for (const label of ["首页", "品牌展示", "公示公告", "政策文件", "登录"]) {
      await expect(nav.getByRole("link", { name: label })).toBeVisible();
    }
    await expect(page.getByText("已认定品牌")).toBeVisible();
    await expect(page.getByRole("link", { name: "单位注册" })).toBeVisible();
  });

  // Other journeys share this server and may already have created brands and notices, so the
  // empty states are reached through a search that matches nothing.
  test("the brand list and notices say plainly when there is nothing to show", async ({ page }) => {
    await page.goto("/brands?q=没有这样的品牌名称");
    await expect(page.getByRole("heading", { level: 1, name: "品牌展示" })).toBeVisible();
    await expect(page.getByText("没有符合条件的劳务品牌，请调整筛选条件或搜索词。")).toBeVisible();
    const res = await page.goto("/notices?page=<script>alert(1)</script>");
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "公示公告" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "拟认定公示" })).toBeVisible();
    expect(await page.content()).not.toContain("<script>alert(1)</script>");
  });

  test("the brand list keeps its public address (proxy rewrite) while portal pages still ask for sign-in", async ({ page }) => {
    await page.goto("/brands?sort=name&page=1&unknown=1");
    await expect(page.getByRole("heading", { level: 1, name: "品牌展示" })).toBeVisible();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/brands?sort=name&page=1&unknown=1");
    await page.goto("/unit");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Funit/);
    const bad = await page.request.get("/notices/%E0%A4%A");
    expect(bad.status()).toBe(400);
    expect(bad.headers()["content-type"]).toContain("text/plain");
  });

  test("the policy page renders the whole plan", async ({ page }) => {
    await page.goto("/policy");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("关于印发《西咸新区劳务品牌培育工程实施方案》的通知");
    await expect(page.getByRole("heading", { name: "二、工作措施" })).toBeVisible();
    await expect(page.getByText(/新区级劳务品牌带动劳动力就业创业超过500人/)).toBeVisible();
  });

  test("an unknown address gets the Chinese 404 page", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "页面未找到" })).toBeVisible();
  });

  test("on a phone the menu opens with the keyboard and the layout does not overflow", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    const summary = page.getByText("菜单");
    await summary.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("navigation", { name: "主导航" }).last().getByRole("link", { name: "政策文件" })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("the home page links its icons, manifest and share image, and each answers an anonymous visitor", async ({ page, request }) => {
    await page.goto("/");
    const head = page.locator("head");
    const href = (selector: string) => head.locator(selector).first().getAttribute("href");
    const svgIcon = await href('link[rel="icon"][type="image/svg+xml"]');
    const favicon = await href('link[rel="icon"][href^="/favicon.ico"]');
    const appleIcon = await href('link[rel="apple-touch-icon"]');
    const manifestHref = await href('link[rel="manifest"]');
    const ogImage = await head.locator('meta[property="og:image"]').first().getAttribute("content");
    await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(head.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#961f19");
    // Crawlers need an absolute og:image (from PUBLIC_SITE_URL / NEXTAUTH_URL); fetched here by its path.
    expect(ogImage).toMatch(/^https?:\/\/[^/]+\/og-image\.png$/);
    const files = [
      { path: svgIcon, type: "image/svg+xml" },
      { path: favicon, type: "image/" },
      { path: appleIcon, type: "image/png" },
      { path: manifestHref, type: "application/manifest+json" },
      { path: ogImage && new URL(ogImage).pathname, type: "image/png" },
    ];
    // `request` carries no session cookie, and a redirect to /login would not be a 200.
    for (const { path, type } of files) {
      expect(path, type).toBeTruthy();
      const res = await request.get(path!, { maxRedirects: 0 });
      expect(res.status(), path!).toBe(200);
      expect(res.headers()["content-type"], path!).toContain(type);
    }
    const manifest = await (await request.get(manifestHref!)).json();
    expect(manifest.name).toBe("西咸新区劳务品牌");
    for (const icon of manifest.icons as { src: string }[]) {
      expect((await request.get(icon.src, { maxRedirects: 0 })).status(), icon.src).toBe(200);
    }
  });
});
