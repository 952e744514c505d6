// The Prisma client factory, without "server-only" so that the seed, scripts and tests can use it.
// App code imports `db` from ./index instead.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { resolveDatabaseUrl, type DatabaseTarget } from "./database-url";

// Both generated clients come from the same models file, so their model APIs are identical;
// the rest of the code is typed against one of them.
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// Password hashes never leave the data layer unless a query asks for them explicitly.
const omit = { user: { passwordHash: true } } as const;

// Which database each client talks to, for the few queries that must differ (the job runner's
// claim uses FOR UPDATE SKIP LOCKED on PostgreSQL). Kept beside the client rather than read from
// DATABASE_URL again, because a caller may hold clients of both kinds.
const providers = new WeakMap<object, DatabaseTarget["provider"]>();

export function createDbClient(env: NodeJS.ProcessEnv = process.env): Db {
  const target = resolveDatabaseUrl(env);
  if (target.provider === "postgresql") {
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }), omit }) as unknown as Db;
    providers.set(client, "postgresql");
    return client;
  }
  // Typed as Db at the construction, so the omit option is inferred against it (as the return did).
  const client: Db = new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: target.filePath }), omit });
  providers.set(client, "sqlite");
  return client;
}

/** The provider of a client made by createDbClient. */
export function dbProvider(client: Db): DatabaseTarget["provider"] {
  const provider = providers.get(client);
  if (!provider) throw new Error("dbProvider: not a client made by createDbClient");
  return provider;
}
