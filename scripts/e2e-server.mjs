#!/usr/bin/env node
// The server the Playwright journeys run against: a fresh SQLite database (data/e2e.db),
// migrated and seeded with the demo data, and a production build of the portal.
import { rmSync, mkdirSync } from "node:fs";
import path from "node:path";
import { run } from "./lib/run.mjs";

const port = process.env.E2E_PORT ?? "3100";
// E2E_DB and NEXT_DIST_DIR let parallel runs in one checkout keep apart.
const dbFile = path.resolve(process.env.E2E_DB ?? path.join("data", "e2e.db"));
mkdirSync(path.dirname(dbFile), { recursive: true });
for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
rmSync(`${dbFile}-uploads`, { recursive: true, force: true });

const env = {
  ...process.env,
  DATABASE_URL: `file:${dbFile}`,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-only-secret-0123456789abcdef0123456789abcdef",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  UPLOAD_DIR: path.resolve(`${dbFile}-uploads`),
};

await run("npx", ["prisma", "migrate", "deploy"], { env });
await run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"], { env });
if (process.env.E2E_SKIP_BUILD !== "1") await run("npx", ["next", "build"], { env });
await run("npx", ["next", "start", "-H", "127.0.0.1", "-p", port], { env: { ...env, NODE_ENV: "production" }, forever: true });
