#!/usr/bin/env node
// A stand-in for Prisma's native `schema-engine` binary, built on Prisma's own WebAssembly
// build of the same engine (@prisma/schema-engine-wasm) and the driver adapters.
//
// Why it exists: the Prisma CLI (7.x) downloads a native schema-engine binary on first use.
// On a machine without internet (CI here, an air-gapped intranet in production) that download
// fails and every command — even `prisma generate` — stops. The CLI runs whatever executable
// PRISMA_SCHEMA_ENGINE_BINARY names instead (prisma.config.ts sets it to this file), and talks
// to it exactly as to the native one:
//
//   schema-engine --version                                  print a version line
//   schema-engine --datasource '{"url":…}' cli <command>      one-shot: can-connect-to-database,
//                                                             create-database, drop-database
//   schema-engine --datamodels <file> … --datasource '{…}'   JSON-RPC 2.0 server: one request per
//                                                             line on stdin, one response per line
//                                                             on stdout, JSON-line logs on stderr
//
// The wasm engine exposes the same RPC methods as JS functions, but it cannot open database
// connections itself: it takes a driver-adapter factory. This file therefore (1) speaks the
// protocol, (2) builds the right adapter for the datasource URL, and (3) works around the places
// where the wasm engine and the adapters do not behave like the native engine. Each workaround is
// marked "WORKAROUND n" below; they are the reason this file must be re-verified (npm run
// test:engine) whenever prisma, the adapters or @prisma/schema-engine-wasm are upgraded.
//
//   1. SQLite: probing a missing `_prisma_migrations` table fails (P1014) instead of meaning
//      "not initialised yet".
//   2. PostgreSQL: adapter-pg rejects pg_catalog column types the engine reads ("char", …).
//   3. PostgreSQL: the temporary shadow database must be dropped after its pool is closed, and
//      adapter-pg's own shadow pool would silently reconnect to the MAIN database.
//   4. SQLite: the engine sends multi-statement SQL through executeRaw, which better-sqlite3
//      refuses; PostgreSQL: adapter-pg's executeScript splits scripts on every ";".
//   5. SQLite: `reset` only empties the database; the native engine deletes the file.

import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------------------------
// Logging. The CLI reads stderr line by line as JSON ({level, fields: {message, …}, target}); it
// shows the messages when the engine exits non-zero, and for the `cli` sub-commands it looks for
// an ERROR from target "schema_engine::logger" carrying `error_code` (e.g. P1003 makes
// `migrate dev`/`deploy` create the database). Anything else on stderr is ignored.
// ---------------------------------------------------------------------------------------------

const LOG_TARGET = "schema_engine::wasm_shim";
const DEBUG = /\b(debug|trace)\b/i.test(process.env.RUST_LOG ?? "") || !!process.env.PRISMA_SCHEMA_ENGINE_SHIM_DEBUG;

function log(level, message, fields = {}, target = LOG_TARGET) {
  if (level === "DEBUG" && !DEBUG) return;
  process.stderr.write(
    JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message, ...fields }, target }) + "\n",
  );
}

/** A user-facing error with a Prisma error code (P1001 …), shaped like the native engine's. */
class KnownError extends Error {
  constructor(code, message, meta = {}) {
    super(message);
    this.errorCode = code;
    this.meta = meta;
  }
}

// ---------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const opts = { datamodels: [], datasource: {}, cli: null, version: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--datamodels") opts.datamodels.push(argv[++i]);
    else if (arg === "--datasource") opts.datasource = JSON.parse(argv[++i] ?? "{}");
    // Preview features and extension types change nothing in what this project uses; accept
    // them so a CLI that sends them still works.
    else if (arg === "--enabled-preview-features" || arg === "--extension-types") i++;
    else if (arg === "--version" || arg === "-V") opts.version = true;
    else if (arg === "--help" || arg === "-h") opts.help = true;
    else if (arg === "cli") opts.cli = argv[++i] ?? "";
    else log("WARN", `ignoring unknown argument ${arg}`);
  }
  return opts;
}

// ---------------------------------------------------------------------------------------------
// Datasource: which database, and where
// ---------------------------------------------------------------------------------------------

function providerOf(url, schemaFiles) {
  if (url) {
    if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
    if (/^file:/i.test(url)) return "sqlite";
  }
  // No usable URL (e.g. `migrate diff --from-empty --to-schema …` without a datasource): take
  // the provider from the schema's datasource block.
  for (const [, content] of schemaFiles) {
    const m = /datasource\s+\w+\s*\{[^}]*?provider\s*=\s*"([^"]+)"/s.exec(content);
    if (m) return m[1] === "postgres" ? "postgresql" : m[1];
  }
  return url ? "unknown" : null;
}

/** SQLite URL → file path. Relative paths are relative to the CLI's working directory, which
 *  it sets to the config file's directory when it spawns us (as for the native engine). */
function sqlitePath(url) {
  const p = url.replace(/^file:/i, "").replace(/\?.*$/, "");
  if (p === ":memory:" || p === "") return ":memory:";
  return path.resolve(process.cwd(), p);
}

/** Splits a PostgreSQL URL into what pg understands and the Prisma-only parameters. */
function pgTarget(url) {
  const u = new URL(url);
  // `schema` is a Prisma URL parameter that pg does not know; the adapter takes it as an option
  // instead. Other Prisma-only pool parameters mean nothing to pg and are dropped.
  const schema = u.searchParams.get("schema") ?? undefined;
  for (const k of ["schema", "connection_limit", "pool_timeout", "pgbouncer", "statement_cache_size", "socket_timeout"]) {
    u.searchParams.delete(k);
  }
  const database = decodeURIComponent(u.pathname.replace(/^\//, "")) || decodeURIComponent(u.username) || "postgres";
  return { url: u.toString(), schema, database, hostPort: `${u.hostname}:${u.port || 5432}` };
}

function pgUrlWithDatabase(url, database) {
  const u = new URL(url);
  u.pathname = "/" + encodeURIComponent(database);
  return u.toString();
}

const quoteIdent = (name) => `"${String(name).replace(/"/g, '""')}"`;

// ---------------------------------------------------------------------------------------------
// Driver adapters, with the workarounds
// ---------------------------------------------------------------------------------------------

function isMultiStatementError(error) {
  const text = `${error?.message ?? ""} ${error?.cause?.originalMessage ?? ""} ${error?.cause?.message ?? ""}`;
  return /more than one statement/i.test(text);
}

// WORKAROUND 1 — the wasm engine asks SQLite for `_prisma_migrations` before it knows whether
// the table exists; on a fresh database the query fails with "no such table", which the wasm
// build reports as P1014 instead of treating the database as not yet initialised (the native
// engine checks first). Reading from a table that does not exist is answered with an empty
// result carrying the selected column names, which is what "no migrations applied" looks like.
function isMissingMigrationsTable(sql, error) {
  if (!/_prisma_migrations/i.test(sql)) return false;
  const text = `${error?.message ?? ""} ${error?.cause?.originalMessage ?? ""} ${error?.cause?.kind ?? ""}`;
  return /no such table|TableDoesNotExist/i.test(text) && /^\s*select\b/i.test(sql);
}

function selectedColumns(sql) {
  const m = /^\s*select\s+(.*?)\s+from\s/is.exec(sql);
  if (!m) return [];
  return m[1].split(",").map((c) => c.trim().split(/\s+as\s+|\s+/i).pop().replace(/^[`"[]|[`"\]]$/g, "").split(".").pop());
}

/** Patches one SQLite queryable (connection or transaction) in place. In-place, not a wrapper
 *  object, because the adapter classes keep private (#) state that a proxy would not reach. */
function patchSqliteQueryable(q) {
  const executeRaw = q.executeRaw.bind(q);
  const queryRaw = q.queryRaw.bind(q);
  // WORKAROUND 4 (SQLite) — migration scripts reach executeRaw as one string of many
  // statements; better-sqlite3's prepare() takes exactly one. Without bind parameters such a
  // script can run through exec() on the same handle (so inside the same transaction, if any).
  //
  // A migration script must apply whole or not at all (a failed migration leaves the database as
  // it was), but exec() runs statement by statement. So, unless the engine already opened a
  // transaction, the script runs inside one. Prisma's SQLite scripts switch foreign keys off to
  // redefine tables, which SQLite ignores inside a transaction — and with them on, DROP TABLE of a
  // parent would cascade-delete its children's rows — so they are switched off around it here,
  // as the script intends, and restored afterwards.
  const runScript = (sql) => {
    const db = q.client;
    if (db.inTransaction) {
      try {
        db.exec(sql);
      } catch (e) {
        q.onError(e);
      }
      return;
    }
    const foreignKeys = db.pragma("foreign_keys", { simple: true });
    db.pragma("foreign_keys = OFF");
    try {
      db.exec("BEGIN");
      try {
        db.exec(sql);
        db.exec("COMMIT");
      } catch (e) {
        db.exec("ROLLBACK");
        throw e;
      }
    } catch (e) {
      q.onError(e);
    } finally {
      db.pragma(`foreign_keys = ${foreignKeys ? "ON" : "OFF"}`);
    }
  };
  q.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (e) {
      if (query.args.length === 0 && isMultiStatementError(e)) {
        log("DEBUG", "executeRaw: multi-statement script run with exec()");
        runScript(query.sql);
        return 0;
      }
      throw e;
    }
  };
  q.queryRaw = async (query) => {
    try {
      return await queryRaw(query);
    } catch (e) {
      if (isMissingMigrationsTable(query.sql, e)) {
        log("DEBUG", "queryRaw: _prisma_migrations does not exist yet; answering with no rows");
        const columnNames = selectedColumns(query.sql);
        return { columnNames, columnTypes: columnNames.map(() => 7 /* Text */), rows: [] };
      }
      if (query.args.length === 0 && isMultiStatementError(e)) {
        runScript(query.sql);
        return { columnNames: [], columnTypes: [], rows: [] };
      }
      throw e;
    }
  };
  // Migrations themselves arrive through executeScript: the same all-or-nothing treatment.
  if (typeof q.executeScript === "function") {
    q.executeScript = async (script) => runScript(script);
  }
  if (typeof q.startTransaction === "function") {
    const startTransaction = q.startTransaction.bind(q);
    q.startTransaction = async (...args) => patchSqliteQueryable(await startTransaction(...args));
  }
  return q;
}

// WORKAROUND 2 — adapter-pg maps every result column to a Prisma column type by OID and throws
// UnsupportedNativeDataType for built-in types it has no mapping for. The engine's catalog
// queries select such columns (pg_catalog's "char" — e.g. pg_class.relkind, pg_constraint.contype
// — and a few others). Renaming their OID to text in the result description, before pg picks a
// parser, makes pg hand over the raw text and the adapter call it Text. Only this process is
// affected: the app's own runtime keeps adapter-pg unchanged.
const PG_TEXT = 25;
const PG_TEXT_ARRAY = 1009;
// Built-in OIDs adapter-pg 7.10 does map (scalars, then arrays); everything else below 16384
// (user-defined types start there and are already treated as text) becomes text.
const PG_MAPPED_OIDS = new Set([
  16, 17, 19, 20, 21, 23, 25, 26, 114, 142, 650, 700, 701, 790, 869, 1042, 1043, 1082, 1083, 1114, 1184, 1266,
  1560, 1562, 1700, 2950, 3802,
  143, 199, 651, 791, 1000, 1001, 1002, 1005, 1007, 1009, 1014, 1015, 1016, 1021, 1022, 1028, 1041, 1115, 1182,
  1183, 1185, 1231, 1561, 1563, 2951, 3807,
]);
const PG_ARRAY_OF_UNMAPPED = new Set([1003 /* name[] */, 1006 /* int2vector[] */, 1013 /* oidvector[] */, 1034 /* aclitem[] */, 2210 /* regclass[] */, 2211 /* regtype[] */]);

let pgPatched = false;
function patchPgResultTypes(pg) {
  if (pgPatched) return;
  pgPatched = true;
  const addFields = pg.Result.prototype.addFields;
  pg.Result.prototype.addFields = function (fieldDescriptions) {
    for (const field of fieldDescriptions) {
      const oid = field.dataTypeID;
      if (oid < 16384 && !PG_MAPPED_OIDS.has(oid)) {
        field.dataTypeID = PG_ARRAY_OF_UNMAPPED.has(oid) ? PG_TEXT_ARRAY : PG_TEXT;
      }
    }
    return addFields.call(this, fieldDescriptions);
  };
}

/** Patches one PostgreSQL connection adapter in place. */
function patchPgAdapter(adapter) {
  // WORKAROUND 4 (PostgreSQL) — adapter-pg's executeScript splits the script on every ";" and
  // runs the pieces one by one: a ";" inside a string default, a comment or a function body
  // breaks the migration, and a failure half-way leaves it half-applied. The native engine sends
  // the whole script as one simple-protocol query (one implicit transaction); so do we.
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (e) {
      adapter.onError(e);
    }
  };
  return adapter;
}

/**
 * Builds the migration-aware adapter factory the wasm engine expects, and keeps track of every
 * connection it opens so that `reset` on SQLite and process exit can close them.
 */
function createAdapterFactory(provider, url, shadowDatabaseUrl) {
  const open = new Set();
  const track = (adapter) => {
    open.add(adapter);
    const dispose = adapter.dispose.bind(adapter);
    let disposed = false;
    adapter.dispose = async () => {
      if (disposed) return; // pg's Pool.end() throws when called twice
      disposed = true;
      open.delete(adapter);
      await dispose();
    };
    return adapter;
  };

  if (provider === "sqlite") {
    const { PrismaBetterSqlite3 } = require("@prisma/adapter-better-sqlite3");
    const file = url ? sqlitePath(url) : ":memory:";
    const inner = new PrismaBetterSqlite3(
      { url: file },
      shadowDatabaseUrl ? { shadowDatabaseUrl: sqlitePath(shadowDatabaseUrl) } : undefined,
    );
    return {
      provider: inner.provider,
      adapterName: inner.adapterName,
      file,
      open,
      connect: async () => track(patchSqliteQueryable(await inner.connect())),
      // Without a shadowDatabaseUrl the shadow database is a private in-memory one.
      connectToShadowDb: async () => track(patchSqliteQueryable(await inner.connectToShadowDb())),
    };
  }

  if (provider === "postgresql") {
    const pg = require("pg");
    patchPgResultTypes(pg);
    const { PrismaPg } = require("@prisma/adapter-pg");
    const main = pgTarget(url);
    const connectTo = async (target) =>
      track(patchPgAdapter(await new PrismaPg({ connectionString: target.url }, { schema: target.schema }).connect()));
    return {
      provider: "postgres",
      adapterName: "@prisma/adapter-pg",
      open,
      connect: () => connectTo(main),
      // WORKAROUND 3 — adapter-pg's connectToShadowDb() creates the database, then opens a pool
      // with `{ connectionString, database }`, in which pg lets the connection string win: the
      // "shadow" pool is the MAIN database. And it runs DROP DATABASE while that pool is still
      // open ("is being accessed by other users"). So: create a throwaway database, open a pool
      // on a URL naming it, and on dispose close that pool first, then drop it WITH (FORCE).
      connectToShadowDb: async () => {
        if (shadowDatabaseUrl) return connectTo(pgTarget(shadowDatabaseUrl));
        const name = `prisma_migrate_shadow_db_${randomUUID()}`;
        const admin = await connectPgAdmin(main.url);
        try {
          await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
        } catch (e) {
          await admin.end();
          throw new KnownError(
            "P3014",
            `Prisma Migrate could not create the shadow database. Please make sure the database user has permission to create databases.\n\nOriginal error: ${e.message}`,
          );
        }
        shadowDatabases.add(name);
        const shadow = await connectTo({ ...main, url: pgUrlWithDatabase(main.url, name), database: name });
        const disposeShadow = shadow.dispose;
        shadow.dispose = async () => {
          try {
            await disposeShadow();
          } finally {
            try {
              await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
              shadowDatabases.delete(name);
            } catch (e) {
              log("WARN", `could not drop the shadow database ${name}: ${e.message}`);
            }
            await admin.end().catch(() => {});
          }
        };
        return shadow;
      },
    };
  }

  throw new KnownError("P1013", `The datasource URL must start with postgresql://, postgres:// or file: (got provider "${provider}").`);
}

const shadowDatabases = new Set();

// ---------------------------------------------------------------------------------------------
// The wasm engine
// ---------------------------------------------------------------------------------------------

let wasmModule = null;

/** Loads @prisma/schema-engine-wasm without --experimental-wasm-modules: its entry file imports
 *  the .wasm as an ES module, which Node 20 cannot do, so instantiate it by hand. */
async function loadWasm() {
  if (wasmModule) return wasmModule;
  // A Rust panic inside the wasm calls this global with the panic message before trapping
  // (Prisma's runtimes install it; without it the panic hook itself crashes the process).
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: "",
    set_message(message) {
      this.message = message;
    },
  };
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bg = await import(pathToFileURL(bgPath).href);
  const bytes = fs.readFileSync(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  wasmModule = bg;
  return bg;
}

function bindFactory(factory) {
  // Resolve the helper through adapter-pg/-better-sqlite3's own dependency, so it is always
  // installed, whatever npm hoists.
  const adapterPkg = factory.provider === "sqlite" ? "@prisma/adapter-better-sqlite3" : "@prisma/adapter-pg";
  const req = createRequire(require.resolve(adapterPkg));
  const { bindMigrationAwareSqlAdapterFactory } = req("@prisma/driver-adapter-utils");
  return bindMigrationAwareSqlAdapterFactory(factory);
}

// ---------------------------------------------------------------------------------------------
// One-shot `cli` sub-commands
// ---------------------------------------------------------------------------------------------

/** A client to create/drop other databases with: the main database if it exists, else the
 *  server's maintenance database (`migrate diff --from-migrations` needs a shadow database even
 *  before the main database has been created). */
async function connectPgAdmin(url) {
  const pg = require("pg");
  const target = pgTarget(url);
  for (const db of [null, "postgres", "template1"]) {
    const client = new pg.Client({ connectionString: db ? pgUrlWithDatabase(target.url, db) : target.url });
    try {
      await client.connect();
      return client;
    } catch (e) {
      await client.end().catch(() => {});
      if (e.code !== "3D000" || db === "template1") throw pgConnectionError(e, target);
    }
  }
  throw new Error("unreachable");
}

function pgConnectionError(e, target) {
  switch (e.code) {
    case "3D000":
      return new KnownError("P1003", `Database \`${target.database}\` does not exist on the database server at \`${target.hostPort}\`.`);
    case "28P01":
    case "28000":
      return new KnownError("P1000", `Authentication failed against database server at \`${target.hostPort}\`, the provided database credentials are not valid.`);
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EHOSTUNREACH":
    case "ETIMEDOUT":
      return new KnownError("P1001", `Can't reach database server at \`${target.hostPort}\`\n\nPlease make sure your database server is running at \`${target.hostPort}\`.`);
    default:
      return e;
  }
}

async function withPgClient(url, fn) {
  const pg = require("pg");
  const target = pgTarget(url);
  const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (e) {
    throw pgConnectionError(e, target);
  }
  try {
    return await fn(client, target);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Runs `fn` on a connection to the server's maintenance database (to create or drop another). */
async function withPgAdminClient(url, fn) {
  const target = pgTarget(url);
  let lastError;
  for (const db of ["postgres", "template1"]) {
    try {
      return await withPgClient(pgUrlWithDatabase(target.url, db), (client) => fn(client, target));
    } catch (e) {
      lastError = e;
      if (!(e instanceof KnownError && e.errorCode === "P1003")) throw e;
    }
  }
  throw lastError;
}

async function canConnect(url) {
  const provider = providerOf(url, []);
  if (provider === "sqlite") {
    const file = sqlitePath(url);
    if (file !== ":memory:" && !fs.existsSync(file)) {
      throw new KnownError("P1003", `Database \`${path.basename(file)}\` does not exist at \`${file}\``);
    }
    return;
  }
  if (provider === "postgresql") return withPgClient(url, (c) => c.query("SELECT 1"));
  throw new KnownError("P1013", "The provided database string is invalid. Only postgresql:// and file: URLs are supported here.");
}

async function createDatabase(url) {
  const provider = providerOf(url, []);
  if (provider === "sqlite") {
    const file = sqlitePath(url);
    if (file !== ":memory:") {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const Database = require("better-sqlite3");
      new Database(file).close(); // creating the (empty) file is all the native engine does
    }
    return path.basename(file);
  }
  if (provider === "postgresql") {
    return withPgAdminClient(url, async (client, target) => {
      try {
        await client.query(`CREATE DATABASE ${quoteIdent(target.database)}`);
      } catch (e) {
        if (e.code !== "42P04") throw e; // already exists: fine, as for the native engine
      }
      return target.database;
    });
  }
  throw new KnownError("P1013", "The provided database string is invalid.");
}

async function dropDatabase(url) {
  const provider = providerOf(url, []);
  if (provider === "sqlite") {
    const file = sqlitePath(url);
    if (file !== ":memory:") removeSqliteFiles(file);
    return;
  }
  if (provider === "postgresql") {
    return withPgAdminClient(url, (client, target) =>
      client.query(`DROP DATABASE IF EXISTS ${quoteIdent(target.database)} WITH (FORCE)`),
    );
  }
  throw new KnownError("P1013", "The provided database string is invalid.");
}

function removeSqliteFiles(file) {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
}

async function runCliCommand(command, url) {
  // The CLI parses our stderr after a one-shot command and skips its first line, which the
  // native engine spends on a start-up message. Without this line our error would be skipped.
  log("INFO", "Starting schema engine CLI", {}, "schema_engine_cli");
  try {
    if (!url) throw new KnownError("P1012", "The datasource has no url (set DATABASE_URL / datasource.url in prisma.config.ts).");
    switch (command) {
      case "can-connect-to-database":
        await canConnect(url);
        break;
      case "create-database": {
        const name = await createDatabase(url);
        process.stdout.write(`Database '${name}' was successfully created.\n`);
        break;
      }
      case "drop-database":
        await dropDatabase(url);
        process.stdout.write("The database was successfully dropped.\n");
        break;
      default:
        throw new Error(`unknown cli command: ${command}`);
    }
    return 0;
  } catch (e) {
    // The shape the CLI parses: an ERROR line from schema_engine::logger with error_code.
    if (e instanceof KnownError) {
      log("ERROR", e.message, { error_code: e.errorCode }, "schema_engine::logger");
    } else {
      log("ERROR", String(e?.message ?? e), {}, "schema_engine::logger");
    }
    return 1;
  }
}

// ---------------------------------------------------------------------------------------------
// JSON-RPC server
// ---------------------------------------------------------------------------------------------

function toJson(value) {
  // The wasm bindings return `undefined` for Rust's None and may return Maps; the native engine
  // (serde_json) writes null and plain objects, and the CLI tests `=== null` in places.
  return JSON.stringify(value, (_key, v) => {
    if (v === undefined) return null;
    if (v instanceof Map) return Object.fromEntries(v);
    if (typeof v === "bigint") return Number(v);
    return v;
  });
}

function send(message) {
  process.stdout.write(toJson(message) + "\n");
}

/**
 * Converts an error thrown by the wasm engine (or by this file) into the native engine's
 * JSON-RPC error: {code: 4466, data: {is_panic, message, error_code?, meta?}}. The CLI prints
 * data.message, prefixed by data.error_code when there is one.
 */
function toRpcError(e) {
  let data;
  if (e instanceof KnownError) {
    data = { is_panic: false, message: e.message, meta: e.meta, error_code: e.errorCode };
  } else {
    // The wasm engine rejects with an Error: user-facing errors carry their P-code in `.code`
    // (e.g. P3005), others only a message followed by a span trace. A message that is itself
    // JSON ({error_code, message, meta, is_panic}) is unpacked too, in case a build sends that.
    let parsed = null;
    const raw = typeof e === "string" ? e : e?.message;
    if (typeof raw === "string" && raw.trim().startsWith("{")) {
      try {
        parsed = JSON.parse(raw);
      } catch {
        parsed = null;
      }
    }
    const source = parsed ?? (e && typeof e === "object" ? e : {});
    let message = source.message ?? raw ?? String(e);
    let code = source.error_code ?? source.errorCode ?? (typeof source.code === "string" && /^P\d{4}$/.test(source.code) ? source.code : undefined);
    // A migration script that fails reaches us as the bare database error plus a span trace
    // naming the migration; the native engine reports it as P3018. Say the same, so that the
    // output (and anything that greps for P3018) does not depend on which engine ran.
    const failedMigration = /apply_migration::apply_script\s+with migration_name="([^"]+)"/.exec(message);
    if (!code && failedMigration) {
      const dbError = message.split(/\n\s+0: /)[0];
      code = "P3018";
      message =
        "A migration failed to apply. New migrations cannot be applied before the error is recovered from. " +
        "Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve" +
        `\n\nMigration name: ${failedMigration[1]}\n\nDatabase error:\n${dbError}`;
    }
    data = { is_panic: !!(source.is_panic ?? source.isPanic), message, meta: source.meta ?? null };
    if (code) data.error_code = code;
    if (data.is_panic) data.error = { message };
  }
  return { code: 4466, message: "An error happened. Check the data field for details.", data };
}

async function serve(opts) {
  const datamodels = opts.datamodels.map((file) => [file, fs.readFileSync(file, "utf8")]);
  const url = opts.datasource?.url ?? null;
  const provider = providerOf(url, datamodels);
  if (!provider) throw new Error("cannot tell the database provider: no datasource url and no datasource block");

  const bg = await loadWasm();
  let factory = null;
  let engine = null;

  const getEngine = async () => {
    if (engine) return engine;
    factory = createAdapterFactory(provider, url, opts.datasource?.shadowDatabaseUrl);
    // The wasm engine already logs in the native engine's JSON-line format (minus the
    // timestamp), at RUST_LOG=info: pass its lines through unchanged, as the binary would.
    const onLog = (line) => {
      for (const text of String(line).split("\n")) if (text.trim()) process.stderr.write(text.trim() + "\n");
    };
    // No --datamodels (e.g. `migrate diff`): pass none at all; an empty list makes it panic.
    engine = await bg.SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, onLog, bindFactory(factory));
    return engine;
  };

  const closeEngine = async () => {
    if (engine) {
      try {
        engine.free();
      } catch {
        /* already freed */
      }
      engine = null;
    }
    if (factory) {
      for (const adapter of [...factory.open]) await adapter.dispose().catch(() => {});
      factory = null;
    }
  };

  // Requests this process sends to the CLI (only "print"), awaiting the CLI's answer.
  let nextOwnId = 1_000_000_000;
  const awaitingCli = new Map();
  const askCli = (method, params) =>
    new Promise((resolve) => {
      const id = nextOwnId++;
      awaitingCli.set(id, resolve);
      send({ jsonrpc: "2.0", id, method, params });
    });

  const methods = {
    async version() {
      return bg.version();
    },
    async getDatabaseVersion(params) {
      return (await getEngine()).version(params ?? null);
    },
    async createDatabase(params) {
      const target = params?.datasource?.tag === "ConnectionString" ? params.datasource.url : url;
      return { databaseName: await createDatabase(target) };
    },
    async reset(params) {
      if (provider === "sqlite") {
        // WORKAROUND 5 — the wasm engine "resets" SQLite by deleting rows, leaving the tables, so
        // the next migration fails with "table … already exists". The native engine deletes the
        // file. Close every handle first (on Linux an open handle would keep writing to the
        // deleted inode), delete the file, and let the next request open a fresh one.
        const file = sqlitePath(url ?? "file::memory:");
        if (file !== ":memory:") {
          await closeEngine();
          removeSqliteFiles(file);
          return {};
        }
      }
      await (await getEngine()).reset(params);
      return {};
    },
    async diff(params) {
      const result = await (await getEngine()).diff(params);
      // The native engine prints the diff through a "print" request to the CLI (which writes it
      // to stdout, or to --output); the wasm engine returns it. Forward it the native way.
      if (result?.stdout) await askCli("print", { content: result.stdout.replace(/\n$/, "") });
      return { exitCode: result?.exitCode ?? 0, stdout: null };
    },
  };

  const passThrough = new Set([
    "applyMigrations",
    "createMigration",
    "dbExecute",
    "debugPanic",
    "devDiagnostic",
    "diagnoseMigrationHistory",
    "ensureConnectionValidity",
    "evaluateDataLoss",
    "introspect",
    "introspectSql",
    "markMigrationApplied",
    "markMigrationRolledBack",
    "schemaPush",
  ]);

  const dispatch = async (method, params) => {
    if (methods[method]) return methods[method](params);
    if (passThrough.has(method)) {
      const e = await getEngine();
      return e[method](params);
    }
    const err = new Error(`Method not found: ${method}`);
    err.rpcCode = -32601;
    throw err;
  };

  const handle = async (msg) => {
    const started = Date.now();
    current = msg;
    try {
      const result = await dispatch(msg.method, msg.params);
      log("DEBUG", `${msg.method} ok in ${Date.now() - started} ms`);
      if (msg.id !== undefined) send({ jsonrpc: "2.0", id: msg.id, result: result ?? null });
    } catch (e) {
      log("DEBUG", `${msg.method} failed: ${e?.stack ?? e}`);
      if (msg.id === undefined) return;
      if (e?.rpcCode) send({ jsonrpc: "2.0", id: msg.id, error: { code: e.rpcCode, message: e.message } });
      else send({ jsonrpc: "2.0", id: msg.id, error: toRpcError(e) });
    }
  };

  // A Rust panic in the wasm traps ("unreachable") inside a callback of the microtask queue, not
  // in the promise of the request: it surfaces here. Answer the request in flight the way the
  // native engine answers after a panic (is_panic, with the panic message) and exit with 101,
  // the native engine's panic exit code: the wasm instance is unusable after a trap.
  process.on("uncaughtException", (e) => {
    const panicMessage = globalThis.PRISMA_WASM_PANIC_REGISTRY?.message || String(e?.message ?? e);
    log("ERROR", panicMessage, { is_panic: true, backtrace: String(e?.stack ?? "") });
    if (current && current.id !== undefined) {
      send({
        jsonrpc: "2.0",
        id: current.id,
        error: {
          code: 4466,
          message: "An error happened. Check the data field for details.",
          data: { is_panic: true, message: panicMessage, error: { message: panicMessage }, meta: { full_error: panicMessage } },
        },
      });
    }
    process.exitCode = 101;
    setTimeout(() => process.exit(101), 50);
  });

  let current = null;
  let queue = Promise.resolve();
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on("line", (line) => {
    if (!line.trim()) return;
    let msg;
    try {
      msg = JSON.parse(line);
    } catch {
      send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    if (msg.method === undefined && awaitingCli.has(msg.id)) {
      const resolve = awaitingCli.get(msg.id);
      awaitingCli.delete(msg.id);
      resolve(msg);
      return;
    }
    // One request at a time, in order, like the native engine.
    queue = queue.then(() => handle(msg));
  });
  rl.on("close", () => {
    // The CLI ends stdin when it is done (and kills the process right after on Linux): finish
    // what is in flight, release connections and leave.
    queue
      .then(closeEngine)
      .then(dropLeftoverShadowDatabases(url))
      .finally(() => process.exit(0));
  });
}

function dropLeftoverShadowDatabases(url) {
  return async () => {
    if (!shadowDatabases.size || !url) return;
    const client = await connectPgAdmin(url).catch(() => null);
    if (!client) return;
    for (const name of shadowDatabases) {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`).catch(() => {});
    }
    await client.end().catch(() => {});
  };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    process.stdout.write("Prisma schema engine (WebAssembly build behind the native CLI protocol). See the header of this file.\n");
    return 0;
  }
  if (opts.version) {
    const bg = await loadWasm();
    process.stdout.write(`schema-engine-cli ${bg.version()} (wasm)\n`);
    return 0;
  }
  if (opts.cli !== null) return runCliCommand(opts.cli, opts.datasource?.url);
  await serve(opts);
  return null; // keeps running until stdin closes
}

main().then(
  (code) => {
    if (code !== null) process.exit(code);
  },
  (e) => {
    log("ERROR", String(e?.stack ?? e));
    process.exit(1);
  },
);
