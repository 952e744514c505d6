#!/usr/bin/env node
// npm run bench:lighthouse — Lighthouse (mobile settings: the default emulated phone and
// throttling) on the home page, the brand list and a brand page, against a production server on
// loopback with 1,000 seeded brands. Prints performance, accessibility, best practices and SEO.
//
// Reuses the bench build (.next-bench) when BENCH_SKIP_BUILD=1; otherwise builds it first.
// Chromium: CHROME_PATH, else /usr/bin/chromium (Debian), else Lighthouse's own lookup.
import { existsSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { buildPortal, freshDatabase, seedShowcase, startPortal } from "./lib/seed-showcase.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3292);
const origin = `http://127.0.0.1:${PORT}`;
const dbFile = path.resolve("data", "bench-showcase.db");
const distDir = ".next-bench";
const chromePath = process.env.CHROME_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

await freshDatabase(dbFile);
const { slugs } = seedShowcase(dbFile, { brands: 1000 });
if (process.env.BENCH_SKIP_BUILD !== "1") await buildPortal({ dbFile, distDir, env: { SHOWCASE_BENCH_BASELINE: "1" } });
const server = await startPortal({ dbFile, distDir, port: PORT, env: { PUBLIC_SITE_URL: origin } });

const pages = [
  ["home", "/"],
  ["brand list", "/brands"],
  ["brand page", `/brands/${encodeURIComponent(slugs[0])}`],
  ["notices", "/notices"],
];

let chrome;
const rows = [];
try {
  for (const [, p] of pages) await fetch(origin + p); // warm the ISR pages
  chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
  });
  for (const [label, p] of pages) {
    const result = await lighthouse(origin + p, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] });
    const c = result.lhr.categories;
    const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
    const row = { label, path: p, performance: score("performance"), accessibility: score("accessibility"), bestPractices: score("best-practices"), seo: score("seo") };
    rows.push(row);
    const failed = Object.values(result.lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable")
      .map((a) => a.id);
    const lcp = result.lhr.audits["largest-contentful-paint"]?.displayValue;
    console.log(
      `${label.padEnd(12)} performance ${String(row.performance).padStart(3)}  accessibility ${String(row.accessibility).padStart(3)}  best practices ${String(row.bestPractices).padStart(3)}  SEO ${String(row.seo).padStart(3)}   LCP ${lcp}${failed.length ? `   below 0.9: ${failed.join(", ")}` : ""}`,
    );
  }
} finally {
  await chrome?.kill();
  server.stop();
}
const worst = Math.min(...rows.flatMap((r) => [r.performance, r.accessibility, r.bestPractices, r.seo]));
console.log(worst >= 95 ? "\n✓ every score ≥ 95" : `\n✗ lowest score ${worst} (aim ≥ 95)`);
process.exit(0);
