import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Same test as lib/server/db/database-url.ts (not imported: the config loader runs before TS paths).
const onPostgres = /^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL?.trim() ?? "");

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // `server-only` throws outside a React Server Components bundle; tests run the server code directly.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    // Playwright specs live in tests/e2e and must never be collected by Vitest.
    include: ["tests/unit/**/*.test.ts", "tests/services/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/services/global-setup.ts"],
    setupFiles: ["tests/services/setup-db.ts"],
    // SQLite: one database file per worker. PostgreSQL: one shared database, so one file at a time.
    fileParallelism: !onPostgres,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
