// The Prisma client factory, without "server-only" so that the seed, scripts and tests can use it.
// App code imports `db` from ./index instead.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { resolveDatabaseUrl } from "./database-url";

// Both generated clients come from the same models file, so their model APIs are identical;
// the rest of the code is typed against one of them.
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// Password hashes never leave the data layer unless a query asks for them explicitly.
const omit = { user: { passwordHash: true } } as const;

export function createDbClient(env: NodeJS.ProcessEnv = process.env): Db {
  const target = resolveDatabaseUrl(env);
  if (target.provider === "postgresql") {
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }), omit });
    return client as unknown as Db;
  }
  return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: target.filePath }), omit });
}
