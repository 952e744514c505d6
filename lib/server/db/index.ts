import "server-only";
import { createDbClient, type Db } from "./client";

export type { Db, Tx } from "./client";

// One client per process (Next dev reloads modules; the global keeps it across reloads).
const globalForDb = globalThis as unknown as { __portalDb?: Db };
export const db: Db = globalForDb.__portalDb ?? createDbClient();
if (process.env.NODE_ENV !== "production") globalForDb.__portalDb = db;
