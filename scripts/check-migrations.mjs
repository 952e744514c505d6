#!/usr/bin/env node
// CI drift check: do the committed migrations of the selected provider produce exactly the
// current schema? Someone who edits prisma/models/*.prisma and forgets `prisma migrate dev` (or
// creates the migration for one provider only) makes this fail.
//
//   node scripts/check-migrations.mjs                                   # SQLite
//   scripts/with-postgres.sh node scripts/check-migrations.mjs          # PostgreSQL
//
// The provider follows DATABASE_URL exactly as prisma.config.ts does. The check replays the
// migrations into a shadow database (SQLite: in memory; PostgreSQL: a throwaway database on the
// DATABASE_URL server, dropped afterwards) and diffs the result against the schema folder; it
// neither reads nor changes the database DATABASE_URL names.
//
// Exit status: 0 in sync, 1 drift or error (with a message saying which).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Same rule as lib/server/db/database-url.ts (not imported: plain Node cannot load .ts).
const isPostgres = /^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL?.trim() ?? "");
const provider = isPostgres ? "postgres" : "sqlite";
const schemaDir = path.join(root, "prisma", provider);
const migrationsDir = path.join(schemaDir, "migrations");
const rel = (p) => path.relative(root, p) || ".";
const prismaBin = path.join(root, "node_modules", "prisma", "build", "index.js");

function fail(message) {
  console.error(`check-migrations (${provider}): FAIL — ${message}`);
  process.exit(1);
}

if (!fs.existsSync(prismaBin)) fail(`${rel(prismaBin)} is missing: run npm ci first.`);
if (!fs.existsSync(path.join(schemaDir, "schema.prisma"))) fail(`${rel(schemaDir)}/schema.prisma is missing.`);

const migrationNames = fs.existsSync(migrationsDir)
  ? fs.readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
  : [];
if (migrationNames.length === 0) fail(`${rel(migrationsDir)} holds no migration; create the first one with \`npx prisma migrate dev --name init\`.`);
for (const name of migrationNames) {
  if (!fs.existsSync(path.join(migrationsDir, name, "migration.sql"))) {
    fail(`${rel(migrationsDir)}/${name} has no migration.sql.`);
  }
}
const lock = fs.existsSync(path.join(migrationsDir, "migration_lock.toml"))
  ? fs.readFileSync(path.join(migrationsDir, "migration_lock.toml"), "utf8")
  : "";
const expectedLock = isPostgres ? "postgresql" : "sqlite";
if (!new RegExp(`provider\\s*=\\s*"${expectedLock}"`).test(lock)) {
  fail(`${rel(migrationsDir)}/migration_lock.toml must say provider = "${expectedLock}".`);
}

// The engine opens the datasource's database even for a migrations-to-schema diff, and creates
// the PostgreSQL shadow database through that connection. Point it at the server's maintenance
// database instead: the check works before the app's database exists and never touches it.
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (isPostgres) {
  const url = new URL(process.env.DATABASE_URL.trim());
  url.pathname = "/" + (process.env.CHECK_MIGRATIONS_ADMIN_DB || "postgres");
  env.DATABASE_URL = url.toString();
}

// `--exit-code`: 0 = no difference, 2 = difference, 1 = error. The summary of the difference
// goes to stdout, which we show.
const result = spawnSync(
  process.execPath,
  [prismaBin, "migrate", "diff", "--from-migrations", migrationsDir, "--to-schema", schemaDir, "--exit-code"],
  { cwd: root, encoding: "utf8", env },
);
const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.replace(/^Loaded Prisma config from .*\n/m, "").trim();

if (result.status === 0) {
  console.log(`check-migrations (${provider}): ok — ${migrationNames.length} migration(s) in ${rel(migrationsDir)} produce the schema in ${rel(schemaDir)}.`);
  process.exit(0);
}
if (result.status === 2) {
  console.error(output);
  fail(
    `the migrations in ${rel(migrationsDir)} do not produce the current schema (changes listed above).\n` +
      `Create the missing migration for BOTH providers:\n` +
      `  npx prisma migrate dev --name <change>                                    # SQLite\n` +
      `  scripts/with-postgres.sh npx prisma migrate dev --name <change>           # PostgreSQL`,
  );
}
console.error(output || String(result.error ?? ""));
fail(`prisma migrate diff failed (exit ${result.status ?? result.signal}).`);
