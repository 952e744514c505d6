// Runs once before the service tests: migrates a template database. On SQLite each worker then
// copies the template into its own fresh file (tests/services/setup-db.ts); on PostgreSQL
// (DATABASE_URL=postgres://…) the suite runs in one worker against the migrated database.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { resolveDatabaseUrl } from "../../lib/server/db/database-url";

export const TEST_DB_DIR = path.resolve("data", "test");

export default function globalSetup() {
  const target = resolveDatabaseUrl(process.env);
  if (target.provider === "postgresql") {
    execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "inherit", env: process.env });
    return;
  }
  mkdirSync(TEST_DB_DIR, { recursive: true });
  for (const f of readdirSync(TEST_DB_DIR)) rmSync(path.join(TEST_DB_DIR, f), { force: true, recursive: true });
  const template = path.join(TEST_DB_DIR, "template.db");
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: `file:${template}` },
  });
}
