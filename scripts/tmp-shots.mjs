import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, resolveChromiumExecutable } from "./lib/browser.mjs";
const base = process.argv[2] ?? "http://127.0.0.1:3200";
const list = JSON.parse(process.argv[3]);
const browser = await chromium.launch({ executablePath: resolveChromiumExecutable(), args: CHROMIUM_ARGS });
for (const width of [1280, 360]) {
  const sessions = new Map();
  for (const p of list) {
    let ctx = sessions.get(p.as ?? "");
    if (!ctx) {
      ctx = await browser.newContext({ viewport: { width, height: 900 } });
      if (p.as) {
        const page = await ctx.newPage();
        await page.goto(base + "/login");
        await page.getByLabel("账号").fill(p.as);
        await page.getByLabel("密码").fill("Xixian@2026");
        await page.getByRole("button", { name: "登录" }).click();
        await page.waitForURL((u) => !u.pathname.startsWith("/login"));
        await page.close();
      }
      sessions.set(p.as ?? "", ctx);
    }
    const page = await ctx.newPage();
    await page.goto(base + p.path);
    if (p.click) { await page.getByRole("link", { name: p.click }).first().click(); await page.waitForLoadState("networkidle"); }
    await page.screenshot({ path: `/tmp/shots/${p.name}-${width}.png`, fullPage: true });
    console.log(p.name, width, page.url());
    await page.close();
  }
}
await browser.close();
