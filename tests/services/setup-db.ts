// Per worker: point DATABASE_URL at this worker's own SQLite file, copied from the migrated
// template, before any module opens the database. PostgreSQL runs are left as they are.
import { copyFileSync, existsSync } from "node:fs";
import path from "node:path";
import { resolveDatabaseUrl } from "../../lib/server/db/database-url";

const target = resolveDatabaseUrl(process.env);
if (target.provider === "sqlite" && !process.env.PORTAL_TEST_WORKER_DB) {
  const dir = path.resolve("data", "test");
  const file = path.join(dir, `worker-${process.env.VITEST_POOL_ID ?? "0"}.db`);
  if (!existsSync(file)) copyFileSync(path.join(dir, "template.db"), file);
  process.env.DATABASE_URL = `file:${file}`;
  process.env.PORTAL_TEST_WORKER_DB = file;
}

// Uploaded files of the service tests stay under data/test.
process.env.UPLOAD_DIR ??= path.resolve("data", "test", "uploads");
