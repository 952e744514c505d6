#!/usr/bin/env node
// `npm test`: the whole suite. Makes sure a browser is there, type-checks and lints, runs the
// Vitest suites (eligibility rules, domain, services against a real database — SQLite by
// default, the PostgreSQL server named by DATABASE_URL otherwise), then every Playwright journey
// against a production build on a fresh SQLite database. Ends with one line of totals.
import { mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { run } from "./lib/run.mjs";

/** A free loopback port, so the suite never collides with a dev server or another run. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

mkdirSync("reports", { recursive: true });

await run("node", ["scripts/ensure-browser.mjs"]);
await run("npx", ["tsc", "--noEmit"]);
await run("npx", ["eslint", "--max-warnings", "0", "."]);
await run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=reports/vitest.json"]);
// The browser journeys always use their own SQLite file (scripts/e2e-server.mjs).
await run("npx", ["playwright", "test", "--reporter=list,json"], {
  env: {
    ...process.env,
    DATABASE_URL: "",
    E2E_PORT: process.env.E2E_PORT ?? String(await freePort()),
    PLAYWRIGHT_JSON_OUTPUT_NAME: "reports/playwright.json",
  },
});

const vitest = JSON.parse(readFileSync("reports/vitest.json", "utf8"));
const playwright = JSON.parse(readFileSync("reports/playwright.json", "utf8"));
const passed = vitest.numPassedTests + playwright.stats.expected;
const failed = vitest.numFailedTests + playwright.stats.unexpected + playwright.stats.flaky;
const skipped = vitest.numPendingTests + vitest.numTodoTests + playwright.stats.skipped;
console.log(`\nvitest ${vitest.numPassedTests} passed; playwright ${playwright.stats.expected} passed`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
if (failed > 0) process.exit(1);
