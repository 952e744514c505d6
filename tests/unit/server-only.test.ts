// Every module under lib/server is marked `import "server-only"`, so a client component that
// imports one by mistake fails the build instead of shipping server code (or a secret) to the
// browser. The exceptions are listed with their reason; a new file is either marked or added here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../../lib/server");

const EXEMPT: Record<string, string> = {
  // Types only: erased at compile time, nothing reaches any bundle.
  "session-user.ts": "types only",
  "use-case.ts": "types only",
  "auth/next-auth.d.ts": "type declarations",
  // Loaded by the Prisma CLI config, the seed and plain Node scripts, where "server-only" throws.
  "db/database-url.ts": "loaded by prisma.config.ts",
  "db/client.ts": "loaded by the seed and scripts (lib/server/db/index.ts is the marked entry)",
  "password.ts": "loaded by the seed",
  "auth/secret.ts": "imported by proxy.ts, which runs outside the React Server Components bundle",
  // The job runner is started from instrumentation.ts and `npm run worker` (tsx): neither can load
  // "server-only" (see the header of lib/server/jobs/index.ts). Nothing in components imports them.
  "jobs/definitions.ts": "loaded by the worker process",
  "jobs/in-process.ts": "loaded by instrumentation.ts",
  "jobs/enqueue.ts": "loaded by the worker process",
  "jobs/registry.ts": "loaded by the worker process",
  "jobs/runner.ts": "loaded by the worker process",
  "jobs/job-status.ts": "loaded by the worker process",
  "jobs/outbox-delivery.ts": "loaded by the worker process",
  "jobs/worker.ts": "loaded by the worker process",
  "jobs/usage-report-reminders.ts": "loaded by the worker process",
  "jobs/export-build.ts": "loaded by the worker process (imports the export code only when a job runs)",
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated") return [];
    if (statSync(full).isDirectory()) return walk(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('lib/server modules are marked "server-only"', () => {
  const files = walk(root).map((f) => path.relative(root, f).split(path.sep).join("/"));

  it.each(files.filter((f) => !(f in EXEMPT)))("%s", (file) => {
    expect(readFileSync(path.join(root, file), "utf8")).toMatch(/^import "server-only";$/m);
  });

  it("lists only exemptions that exist", () => {
    for (const file of Object.keys(EXEMPT)) expect(files, file).toContain(file);
  });
});
