// The one Prisma CLI config of the portal. It chooses the database by DATABASE_URL, through the
// same resolveDatabaseUrl() the app uses, so the CLI and the app always open the same database:
//
//   DATABASE_URL unset / file:…          → SQLite (default file:./data/portal.db under the repo
//                                          root), schema folder prisma/sqlite
//   DATABASE_URL=postgres(ql)://…        → PostgreSQL, schema folder prisma/postgres
//
// Each schema folder holds its own datasource/generator file, a `models` directory symlink to the
// shared prisma/models/ (one file per aggregate) and its own migrations (a migration history is
// tied to one provider).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";
import { resolveDatabaseUrl } from "./lib/server/db/database-url";

const root = path.dirname(fileURLToPath(import.meta.url));

// Prisma's CLI would download a native schema engine on first use, which fails without internet.
// It runs this executable instead: the same engine, compiled to WebAssembly, behind the native
// engine's protocol (see the file's header). Set here so that no one has to export it.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, "scripts", "prisma-schema-engine.mjs");

const target = resolveDatabaseUrl(process.env, root);
if (target.provider === "sqlite" && target.filePath !== ":memory:") {
  // SQLite creates the file but not its directory (data/ is git-ignored, so absent after a clone).
  fs.mkdirSync(path.dirname(target.filePath), { recursive: true });
}

const folder = path.join(root, "prisma", target.provider === "postgresql" ? "postgres" : "sqlite");

export default defineConfig({
  schema: folder,
  migrations: { path: path.join(folder, "migrations") },
  datasource: { url: target.url },
});
