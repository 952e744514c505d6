#!/usr/bin/env node
// Screenshots of the portal's pages at desktop and phone widths, for looking at what we build:
//   node scripts/screenshots.mjs [baseURL] [outDir]     (default http://127.0.0.1:3100, screenshots/)
// Signs in with the demo accounts of prisma/seed.ts for the portal pages.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, resolveChromiumExecutable } from "./lib/browser.mjs";

const baseURL = process.argv[2] ?? "http://127.0.0.1:3100";
const outDir = process.argv[3] ?? "screenshots";
mkdirSync(outDir, { recursive: true });

const PASSWORD = "Xixian@2026";
const pages = [
  { name: "home", path: "/" },
  { name: "brands", path: "/brands" },
  { name: "notices", path: "/notices" },
  { name: "policy", path: "/policy" },
  { name: "login", path: "/login" },
  { name: "register", path: "/register" },
  { name: "not-found", path: "/no-such-page" },
  { name: "unit-home", path: "/unit", as: "91611105MA6W0H1A18" },
  { name: "unit-profile", path: "/unit/profile", as: "91611105MA6W0H1A18" },
  { name: "unit-forbidden", path: "/bureau", as: "91611105MA6W0H1A18" },
  { name: "new-city-home", path: "/new-city", as: "fengxi" },
  { name: "new-city-units", path: "/new-city/units", as: "fengxi" },
  { name: "bureau-home", path: "/bureau", as: "bureau" },
  { name: "bureau-audit", path: "/bureau/audit", as: "bureau" },
  { name: "admin-users", path: "/admin/users", as: "admin" },
  // A brand's life after recognition (prisma/seed-brands.ts): `open` follows a link on the page.
  { name: "bureau-brands", path: "/bureau/brands", as: "bureau" },
  { name: "bureau-brand", path: "/bureau/brands", open: "沣东面点师", as: "bureau" },
  { name: "new-city-brands", path: "/new-city/brands", as: "fengdong" },
  { name: "unit-brand", path: "/unit/brands", open: "沣东面点师", as: "52611104MJU2835F22" },
  // 工作看板 (prisma/seed-dashboard.ts targets).
  { name: "bureau-dashboard", path: "/bureau/dashboard", as: "bureau" },
  { name: "new-city-dashboard", path: "/new-city/dashboard", as: "fengdong" },
  // 绩效评估 and plaques (prisma/seed-evaluations.ts).
  { name: "eval-bureau-queue", path: "/bureau/evaluations?tab=overdue", as: "bureau" },
  { name: "eval-bureau-scheduled", path: "/bureau/evaluations?tab=scheduled", open: "查看", as: "bureau" },
  { name: "eval-bureau-records", path: "/bureau/evaluations?view=records", as: "bureau" },
  { name: "eval-new-city", path: "/new-city/evaluations?view=records", as: "jinghe" },
  { name: "eval-unit", path: "/unit/evaluations?tab=scheduled", open: "查看", as: "91611103MA7KGD2E8Q" },
  { name: "eval-brand", path: "/bureau/brands", open: "泾河厨师", as: "bureau" },
];
const viewports = [
  { label: "desktop", width: 1280, height: 900 },
  { label: "phone", width: 360, height: 740 },
];

const browser = await chromium.launch({ executablePath: resolveChromiumExecutable(), args: CHROMIUM_ARGS });
for (const vp of viewports) {
  const sessions = new Map();
  for (const p of pages) {
    const key = p.as ?? "";
    if (!sessions.has(key)) {
      const context = await browser.newContext({ baseURL, viewport: vp, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
      if (p.as) {
        const login = await context.newPage();
        await login.goto("/login");
        await login.getByLabel("账号").fill(p.as);
        await login.getByLabel("密码").fill(PASSWORD);
        await login.getByRole("button", { name: "登录" }).click();
        await login.waitForURL((url) => !url.pathname.startsWith("/login"));
        await login.close();
      }
      sessions.set(key, context);
    }
    const page = await sessions.get(key).newPage();
    await page.goto(p.path);
    if (p.open) {
      await page.getByRole("link", { name: p.open }).first().click();
      await page.waitForLoadState("networkidle");
    }
    const file = path.join(outDir, `${p.name}-${vp.label}.png`);
    await page.screenshot({ path: file, fullPage: true });
    await page.close();
    console.log(file);
  }
  for (const c of sessions.values()) await c.close();
}
await browser.close();
