import path from "node:path";

// The one place that decides which database the portal uses. prisma.config.ts (the Prisma CLI)
// and lib/server/db (the running app) both call it, so migrations and queries always reach the
// same database, and the same SQLite file in particular.
//
// Kept pure and free of imports beyond node:path: it is loaded by the Prisma CLI's config
// loader, by Next.js, by Vitest and by plain Node scripts alike.

export type DatabaseTarget =
  | { provider: "sqlite"; url: string; filePath: string }
  | { provider: "postgresql"; url: string };

/** Used when DATABASE_URL is unset or empty: a SQLite file under the repository root. */
export const DEFAULT_SQLITE_URL = "file:./data/portal.db";

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

export function resolveDatabaseUrl(
  env: Record<string, string | undefined> = process.env,
  cwd: string = process.cwd(),
): DatabaseTarget {
  const raw = env.DATABASE_URL?.trim() || DEFAULT_SQLITE_URL;
  if (POSTGRES_URL.test(raw)) return { provider: "postgresql", url: raw };

  // Anything else is a SQLite file: "file:relative/or/absolute.db" or a bare path. A relative
  // path is resolved against the working directory (the repository root for npm scripts, the
  // CLI and `next`), and the URL handed on is absolute so no later cwd change can move it.
  // Query strings (e.g. "?connection_limit=1") are a Prisma-URL habit, not part of the path.
  const withoutScheme = raw.replace(/^file:/i, "").replace(/\?.*$/, "");
  if (withoutScheme === ":memory:") return { provider: "sqlite", url: "file::memory:", filePath: ":memory:" };
  const filePath = path.resolve(cwd, withoutScheme);
  return { provider: "sqlite", url: `file:${filePath}`, filePath };
}
