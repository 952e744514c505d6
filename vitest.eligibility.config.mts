import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Only the eligibility module's tests: pure, no database, so StrykerJS can run them in
// isolation without the service tests' global database setup.
export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL("./", import.meta.url)) },
  },
  test: {
    include: ["tests/unit/eligibility/**/*.test.ts"],
    environment: "node",
  },
});
