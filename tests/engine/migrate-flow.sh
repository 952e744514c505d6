#!/usr/bin/env bash
# End-to-end test of the Prisma CLI on top of scripts/prisma-schema-engine.mjs (the WebAssembly
# schema engine behind the native engine's protocol). Run it after every upgrade of prisma,
# @prisma/*, pg, better-sqlite3 or @prisma/schema-engine-wasm:
#
#   tests/engine/migrate-flow.sh                                # SQLite
#   scripts/with-postgres.sh tests/engine/migrate-flow.sh       # SQLite, then PostgreSQL
#
# Everything happens in a scratch copy under $TMPDIR (schema folders, a copy of the real
# prisma/models/*.prisma, the config and the engine; node_modules is linked): the repository's
# migrations and data/portal.db are never touched, and the last step checks that. On PostgreSQL
# it uses its own databases (portal_flow*) on the DATABASE_URL server, never the one named there.
#
# One line per step, then "N passed, N failed" (", N skipped" when some were skipped); exit 1
# if any step failed. KEEP_SCRATCH=1 keeps the scratch directory for a post-mortem.
set -uo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PRISMA_CLI="$REPO/node_modules/prisma/build/index.js"
ORIG_DATABASE_URL="${DATABASE_URL:-}"
SCRATCH_ROOT="$(mktemp -d "${TMPDIR:-/tmp}/migrate-flow.XXXXXX")"
PASS=0
# Relative to a scratch copy's root (steps run there).
FLOW_MODELS=prisma/models/flow.prisma
FAIL=0
SKIP=0

cleanup() {
  if [ "${KEEP_SCRATCH:-}" = 1 ]; then echo "scratch kept in $SCRATCH_ROOT"; else rm -rf "$SCRATCH_ROOT"; fi
}
trap cleanup EXIT

# The config must pick the scratch copy's engine, not one exported for the repository.
unset PRISMA_SCHEMA_ENGINE_BINARY
export PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1 NO_COLOR=1

# Fingerprint of what must stay untouched in the repository: its schema and migrations. (The
# databases are out of reach by construction — every URL used here points into the scratch copy
# or to portal_flow* databases — and data/portal.db may legitimately change meanwhile if a dev
# server is running, so it is not fingerprinted.)
repo_fingerprint() {
  (cd "$REPO" && find prisma -print0 2>/dev/null | sort -z | xargs -0 -r stat -c '%n %s %Y %N')
}
REPO_BEFORE="$(repo_fingerprint)"

prisma() { node "$PRISMA_CLI" "$@"; }
engine() { node "$SCRATCH/scripts/prisma-schema-engine.mjs" "$@"; }

# Small SQL helper for assertions: q URL SQL → rows as JSON lines. Resolves drivers from the repo.
cat >"$SCRATCH_ROOT/q.cjs" <<'EOF'
const { createRequire } = require("node:module");
const path = require("node:path");
const req = createRequire(path.join(process.env.REPO, "package.json"));
const [url, sql] = process.argv.slice(2);
(async () => {
  let rows;
  if (/^postgres/i.test(url)) {
    const c = new (req("pg").Client)({ connectionString: url });
    await c.connect();
    try { rows = (await c.query(sql)).rows; } finally { await c.end(); }
  } else {
    const db = new (req("better-sqlite3"))(path.resolve(url.replace(/^file:/, "")));
    const st = db.prepare(sql);
    rows = st.reader ? st.all() : (st.run(), []);
    db.close();
  }
  for (const r of rows) console.log(JSON.stringify(r));
})().catch((e) => { console.error(e.message); process.exit(1); });
EOF
q() { REPO="$REPO" node "$SCRATCH_ROOT/q.cjs" "$@"; }

# step NAME COMMAND... : runs the command (a shell function) with its output in a log; prints
# "ok"/"FAIL" and, on failure, the end of the log.
step() {
  local name="$1"; shift
  local n=$((PASS + FAIL + SKIP + 1))
  local log="$SCRATCH_ROOT/step-$n.log"
  local start end
  start=$(date +%s%N)
  # Not inside `if`: bash ignores `set -e` in anything run as an if-condition.
  (cd "$SCRATCH" && set -e && "$@") >"$log" 2>&1
  local rc=$?
  if [ "$rc" -eq 0 ]; then
    end=$(date +%s%N)
    PASS=$((PASS + 1))
    printf 'ok   %-10s %-62s %6.1fs\n' "[$PROVIDER]" "$name" "$(((end - start) / 1000000))e-3"
  else
    end=$(date +%s%N)
    FAIL=$((FAIL + 1))
    printf 'FAIL %-10s %-62s %6.1fs\n' "[$PROVIDER]" "$name" "$(((end - start) / 1000000))e-3"
    tail -n 40 "$log" | sed 's/^/     | /'
  fi
}
skip() {
  SKIP=$((SKIP + 1))
  printf 'skip %-10s %s\n' "[$PROVIDER]" "$1"
}

# Assertion helpers (inside steps, `set -e` is on).
contains() { # contains PATTERN TEXT
  if ! grep -Eq -- "$1" <<<"$2"; then
    printf '%s\n--- expected to match: %s\n' "$2" "$1" >&2
    return 1
  fi
}
expect_exit() { # expect_exit CODE COMMAND...
  local want="$1"; shift
  local got=0
  OUT="$("$@" 2>&1)" || got=$?
  printf '%s\n' "$OUT"
  if [ "$got" != "$want" ]; then echo "--- exit $got, expected $want" >&2; return 1; fi
}

make_scratch() { # make_scratch NAME → $SCRATCH
  SCRATCH="$SCRATCH_ROOT/$1"
  mkdir -p "$SCRATCH/lib/server/db" "$SCRATCH/scripts"
  cp "$REPO/package.json" "$REPO/tsconfig.json" "$REPO/prisma.config.ts" "$SCRATCH/"
  cp "$REPO/lib/server/db/database-url.ts" "$SCRATCH/lib/server/db/"
  cp "$REPO/scripts/prisma-schema-engine.mjs" "$REPO/scripts/check-migrations.mjs" "$SCRATCH/scripts/"
  cp -a "$REPO/prisma" "$SCRATCH/prisma" # -a keeps the relative `models` symlinks, now pointing inside the copy
  ln -s "$REPO/node_modules" "$SCRATCH/node_modules"
  if ! compgen -G "$SCRATCH/prisma/models/*.prisma" >/dev/null; then
    # Before any shared models file exists: a toy one, so the engine can still be tested.
    mkdir -p "$SCRATCH/prisma/models"
    printf 'model FlowSeed {\n  id   String @id @default(cuid())\n  note String @default("a;b")\n}\n' >"$SCRATCH/prisma/models/seed.prisma"
  fi
  # The steps' own models go into one more file of the shared folder, which both provider schemas
  # read through their `models` symlinks: this also proves a file added there is picked up.
  : >"$SCRATCH/$FLOW_MODELS"
}

pg_url_db() { # pg_url_db DBNAME → DATABASE_URL with that database
  node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2]; console.log(u.toString())' "$ORIG_DATABASE_URL" "$1"
}

# ----------------------------------------------------------------------------------------------
# Steps (each runs in $SCRATCH, with DATABASE_URL chosen by the caller)
# ----------------------------------------------------------------------------------------------

s_generate() {
  expect_exit 0 prisma generate
  contains "Generated Prisma Client" "$OUT"
  test -f "lib/server/db/generated/$PROVIDER/client.ts"
}

s_migrate_dev_first() {
  find "$MIGRATIONS" -mindepth 1 -maxdepth 1 -type d -exec rm -rf {} +
  expect_exit 0 prisma migrate dev --name init
  contains "have been created and applied" "$OUT"
  test "$(find "$MIGRATIONS" -mindepth 1 -maxdepth 1 -type d -name '*_init' | wc -l)" = 1
}

s_migrate_dev_second() {
  printf '\nmodel FlowExtra {\n  id    Int      @id @default(autoincrement())\n  label String   @default("x;y")\n  at    DateTime @default(now())\n}\n' >>"$FLOW_MODELS"
  expect_exit 0 prisma migrate dev --name flow_extra
  contains "have been created and applied" "$OUT"
  test "$(find "$MIGRATIONS" -mindepth 1 -maxdepth 1 -type d | wc -l)" = 2
  grep -q 'CREATE TABLE "FlowExtra"' "$MIGRATIONS"/*_flow_extra/migration.sql
}

s_migrate_dev_noop() {
  expect_exit 0 prisma migrate dev --name nothing
  contains "Already in sync" "$OUT"
  test "$(find "$MIGRATIONS" -mindepth 1 -maxdepth 1 -type d | wc -l)" = 2
}

s_status() {
  expect_exit 0 prisma migrate status
  contains "Database schema is up to date" "$OUT"
}

s_deploy_fresh() {
  DATABASE_URL="$FRESH_URL" expect_exit 0 prisma migrate deploy
  contains "All migrations have been successfully applied" "$OUT"
  DATABASE_URL="$FRESH_URL" expect_exit 0 prisma migrate status
  contains "Database schema is up to date" "$OUT"
}

s_reset() {
  q "$MAIN_Q" "INSERT INTO \"FlowExtra\" (\"label\") VALUES ('before reset')"
  test "$(q "$MAIN_Q" 'SELECT COUNT(*) AS n FROM "FlowExtra"')" = '{"n":1}' ||
    test "$(q "$MAIN_Q" 'SELECT COUNT(*) AS n FROM "FlowExtra"')" = '{"n":"1"}'
  expect_exit 0 prisma migrate reset --force
  contains "have been applied" "$OUT"
  local n
  n="$(q "$MAIN_Q" 'SELECT COUNT(*) AS n FROM "FlowExtra"')"
  contains '"n":"?0"?' "$n"
  expect_exit 0 prisma migrate status
  contains "Database schema is up to date" "$OUT"
}

s_db_push() {
  DATABASE_URL="$PUSH_URL" expect_exit 0 prisma db push
  contains "in sync with your Prisma schema|now in sync" "$OUT"
  q "$PUSH_Q" "INSERT INTO \"FlowExtra\" (\"label\") VALUES ('pushed')"
  # A second push with an extra column changes the database in place.
  printf '\nmodel FlowPushOnly {\n  id Int @id\n}\n' >>"$FLOW_MODELS"
  DATABASE_URL="$PUSH_URL" expect_exit 0 prisma db push
  q "$PUSH_Q" 'SELECT COUNT(*) AS n FROM "FlowPushOnly"'
  sed -i '/^model FlowPushOnly {/,/^}/d' "$FLOW_MODELS"
}

s_db_pull() {
  expect_exit 0 prisma db pull --print
  contains "model FlowExtra" "$OUT"
}

s_diff_empty_to_schema() {
  expect_exit 0 prisma migrate diff --from-empty --to-schema "prisma/$PROVIDER" --script
  contains 'CREATE TABLE "FlowExtra"' "$OUT"
}

s_diff_in_sync() {
  expect_exit 0 prisma migrate diff --from-migrations "$MIGRATIONS" --to-schema "prisma/$PROVIDER" --exit-code
  contains "No difference detected" "$OUT"
  expect_exit 0 node scripts/check-migrations.mjs
}

s_drift_schema_ahead() {
  printf '\nmodel FlowDrift {\n  id Int @id\n}\n' >>"$FLOW_MODELS"
  expect_exit 2 prisma migrate diff --from-migrations "$MIGRATIONS" --to-schema "prisma/$PROVIDER" --exit-code
  contains "FlowDrift" "$OUT"
  expect_exit 1 node scripts/check-migrations.mjs
  contains "do not produce the current schema" "$OUT"
  sed -i '/^model FlowDrift {/,/^}/d' "$FLOW_MODELS"
  expect_exit 0 node scripts/check-migrations.mjs
}

s_drift_database_changed() {
  q "$MAIN_Q" 'CREATE TABLE "HandMade" (id INTEGER PRIMARY KEY)'
  expect_exit 2 prisma migrate diff --from-migrations "$MIGRATIONS" --to-config-datasource --exit-code
  contains "HandMade" "$OUT"
  # migrate dev notices the drift and, with no terminal to ask for a reset, stops.
  local got=0
  OUT="$(prisma migrate dev --name after_drift 2>&1)" || got=$?
  printf '%s\n' "$OUT"
  test "$got" != 0
  contains "[Dd]rift detected|HandMade" "$OUT"
  test "$(find "$MIGRATIONS" -mindepth 1 -maxdepth 1 -type d | wc -l)" = 2
}

s_no_shadow_left() {
  local rows
  rows="$(q "$(pg_url_db postgres)" "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'")"
  test -z "$rows" || { echo "left over: $rows" >&2; return 1; }
}

s_repo_migrations() {
  DATABASE_URL="$REPO_FRESH_URL" expect_exit 0 prisma migrate deploy
  DATABASE_URL="$REPO_FRESH_URL" expect_exit 0 prisma migrate status
  contains "Database schema is up to date" "$OUT"
  expect_exit 0 node scripts/check-migrations.mjs
}

# ----------------------------------------------------------------------------------------------

# A migration that fails half-way must leave the database as it was: its first statements
# (a new table, a new column) are rolled back with it, and fixing the file lets it apply.
s_failed_migration_atomic() {
  local dir="$MIGRATIONS/29991231000000_flow_broken"
  mkdir -p "$dir"
  printf 'CREATE TABLE "FlowProbe" ("id" TEXT NOT NULL PRIMARY KEY);\nALTER TABLE "FlowExtra" ADD COLUMN "probe" TEXT;\nCREATE TABLE "FlowBroken" ("id" INTEGER, "id" INTEGER);\n' >"$dir/migration.sql"
  DATABASE_URL="$ATOMIC_URL" expect_exit 1 prisma migrate deploy
  local left
  if [ "$PROVIDER" = sqlite ]; then
    left="$(q "$ATOMIC_Q" "SELECT COUNT(*) AS n FROM sqlite_master WHERE name IN ('FlowProbe','FlowBroken')")$(q "$ATOMIC_Q" "SELECT COUNT(*) AS n FROM pragma_table_info('FlowExtra') WHERE name = 'probe'")"
  else
    left="$(q "$ATOMIC_Q" "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_name IN ('FlowProbe','FlowBroken')")$(q "$ATOMIC_Q" "SELECT COUNT(*) AS n FROM information_schema.columns WHERE table_name = 'FlowExtra' AND column_name = 'probe'")"
  fi
  contains '^\{"n":"?0"?\}\{"n":"?0"?\}$' "$left"
  rm -rf "$dir"
}

# SQLite redefines a table (to change a default, say) by copying it and dropping the old one;
# the rows of the tables that reference it with ON DELETE CASCADE must survive that.
s_redefine_keeps_children() {
  printf '\nmodel FlowParent {\n  id    Int         @id\n  label String      @default("a")\n  kids  FlowChild[]\n}\n\nmodel FlowChild {\n  id       Int        @id\n  parentId Int\n  parent   FlowParent @relation(fields: [parentId], references: [id], onDelete: Cascade)\n}\n' >>"$FLOW_MODELS"
  local fresh="$SCRATCH/data/fresh.db"
  DATABASE_URL="$FRESH_URL" expect_exit 0 prisma migrate dev --name flow_parent
  q "$fresh" 'INSERT INTO "FlowParent" ("id") VALUES (1)'
  q "$fresh" 'INSERT INTO "FlowChild" ("id", "parentId") VALUES (1, 1)'
  sed -i 's/  label String      @default("a")/  label String      @default("b")/' "$FLOW_MODELS"
  DATABASE_URL="$FRESH_URL" expect_exit 0 prisma migrate dev --name flow_parent_default
  contains 'PRAGMA foreign_keys=OFF' "$(cat "$MIGRATIONS"/*_flow_parent_default/migration.sql)"
  contains '"n":"?1"?' "$(q "$fresh" 'SELECT COUNT(*) AS n FROM "FlowChild"')"
}

run_provider() { # run_provider sqlite|postgres
  PROVIDER="$1"
  make_scratch "flow-$PROVIDER"
  MIGRATIONS="prisma/$PROVIDER/migrations"
  if [ "$PROVIDER" = sqlite ]; then
    export DATABASE_URL="file:./data/flow.db"
    FRESH_URL="file:./data/fresh.db"
    PUSH_URL="file:./data/push.db"
    REPO_FRESH_URL="file:./data/repo.db"
    MAIN_Q="$SCRATCH/data/flow.db"
    PUSH_Q="$SCRATCH/data/push.db"
    ATOMIC_URL="$DATABASE_URL"
    ATOMIC_Q="$MAIN_Q"
  else
    export DATABASE_URL="$(pg_url_db portal_flow)"
    FRESH_URL="$(pg_url_db portal_flow_fresh)"
    PUSH_URL="$(pg_url_db portal_flow_push)"
    REPO_FRESH_URL="$(pg_url_db portal_flow_repo)"
    MAIN_Q="$DATABASE_URL"
    PUSH_Q="$PUSH_URL"
    ATOMIC_URL="$DATABASE_URL"
    ATOMIC_Q="$MAIN_Q"
    # Left over from an earlier run on a server that is not throwaway.
    for url in "$DATABASE_URL" "$FRESH_URL" "$PUSH_URL" "$REPO_FRESH_URL"; do
      engine --datasource "{\"url\":\"$url\"}" cli drop-database >/dev/null 2>&1 || true
    done
    # db push creates no database: make it as an app deployment would.
    engine --datasource "{\"url\":\"$PUSH_URL\"}" cli create-database >/dev/null 2>&1
  fi

  step "prisma generate" s_generate
  step "migrate dev --name init (creates the database)" s_migrate_dev_first
  step "migrate dev --name flow_extra (second migration)" s_migrate_dev_second
  step "migrate dev with nothing to do" s_migrate_dev_noop
  step "migrate status" s_status
  step "migrate deploy on a fresh database" s_deploy_fresh
  step "migrate reset --force (data gone, migrations re-applied)" s_reset
  step "db push (new database, then an added model)" s_db_push
  step "db pull --print" s_db_pull
  step "migrate diff --from-empty --to-schema --script" s_diff_empty_to_schema
  step "migrate diff migrations→schema in sync + check-migrations" s_diff_in_sync
  step "drift: schema ahead of migrations (diff exit 2, check fails)" s_drift_schema_ahead
  step "drift: database changed by hand (diff, migrate dev)" s_drift_database_changed
  step "a failed migration leaves the database as it was" s_failed_migration_atomic
  if [ "$PROVIDER" = sqlite ]; then step "table redefinition keeps the rows of cascading children" s_redefine_keeps_children; fi
  if [ "$PROVIDER" = postgres ]; then step "no shadow database left behind" s_no_shadow_left; fi

  # The repository's own migrations, untouched, in a second copy.
  if find "$REPO/prisma/$PROVIDER/migrations" -mindepth 1 -maxdepth 1 -type d 2>/dev/null | grep -q .; then
    make_scratch "repo-$PROVIDER"
    step "repository migrations: deploy on fresh db, match the schema" s_repo_migrations
  else
    skip "repository migrations: prisma/$PROVIDER/migrations has none yet"
  fi
  SCRATCH="$SCRATCH_ROOT"
}

run_provider sqlite
if [[ "$ORIG_DATABASE_URL" =~ ^postgres(ql)?:// ]]; then
  run_provider postgres
else
  PROVIDER=postgres
  skip "PostgreSQL flow: DATABASE_URL is not postgres (run under scripts/with-postgres.sh)"
fi

PROVIDER=repo
SCRATCH="$SCRATCH_ROOT"
s_repo_untouched() { test "$(repo_fingerprint)" = "$REPO_BEFORE"; }
step "repository prisma/ (schema, migrations) untouched" s_repo_untouched

if [ "$SKIP" -gt 0 ]; then
  echo "$PASS passed, $FAIL failed, $SKIP skipped"
else
  echo "$PASS passed, $FAIL failed"
fi
[ "$FAIL" -eq 0 ]
