#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15 server:
#
#   scripts/with-postgres.sh npm run test:engine
#   PGPORT=55433 scripts/with-postgres.sh npx prisma migrate deploy
#
# It initialises a cluster in a temporary directory, starts it on 127.0.0.1:${PGPORT:-55432}
# (socket in the same directory, so nothing touches /var/run/postgresql), exports
# DATABASE_URL=postgresql://postgres@127.0.0.1:$PGPORT/portal_test (the database itself is left
# for the command to create, as `prisma migrate deploy/dev` do), runs the command, then stops the
# server and deletes the directory whatever happens. Exit status: the command's.
#
# postgres refuses to run as root; as root (CI here) the server runs as the `postgres` user when
# it exists, else as `nobody`, and the temporary directory is handed to that user.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARG...]" >&2
  exit 64
fi

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PORT="${PGPORT:-55432}"
for tool in initdb pg_ctl postgres; do
  if [ ! -x "$PG_BIN/$tool" ]; then
    echo "with-postgres: $PG_BIN/$tool not found (install postgresql-15, or set PG_BIN)" >&2
    exit 69
  fi
done

# Never reuse a port somebody else holds: a second server would fail to start anyway, but a
# clear message beats postgres' log.
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  echo "with-postgres: port $PORT on 127.0.0.1 is already in use; set PGPORT to a free port" >&2
  exit 75
fi

PGDIR="$(mktemp -d "${TMPDIR:-/tmp}/with-postgres.XXXXXX")"

run_as_db_user() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  DB_USER=nobody
  if id -u postgres >/dev/null 2>&1; then DB_USER=postgres; fi
  chown "$DB_USER" "$PGDIR"
  chmod 700 "$PGDIR"
  run_as_db_user() { runuser -u "$DB_USER" -- "$@"; }
fi

cleanup() {
  local status=$?
  if [ -f "$PGDIR/data/postmaster.pid" ]; then
    run_as_db_user "$PG_BIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PGDIR"
  return $status
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The server process inherits this directory as cwd; keep it somewhere the db user can read.
cd_back="$PWD"
cd "$PGDIR"
run_as_db_user "$PG_BIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
  >"$PGDIR/initdb.log" 2>&1 || { cat "$PGDIR/initdb.log" >&2; exit 70; }
# fsync off and a small shared_buffers: a test server that is thrown away needs no durability.
if ! run_as_db_user "$PG_BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 \
  -o "-p $PORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null; then
  cat "$PGDIR/server.log" >&2 || true
  exit 70
fi
cd "$cd_back"

export PGPORT="$PORT"
export DATABASE_URL="postgresql://postgres@127.0.0.1:$PORT/portal_test"
echo "with-postgres: PostgreSQL 15 on 127.0.0.1:$PORT, DATABASE_URL=$DATABASE_URL" >&2

set +e
"$@"
status=$?
set -e
exit $status
