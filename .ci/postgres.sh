#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1:54329 (trust auth) for the storage tests,
# installing Debian's package when the machine lacks it; prints the URL to use.
set -euo pipefail
PORT=${CONFLICTLENS_PG_PORT:-54329}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$BIN" ]; then
  export DEBIAN_FRONTEND=noninteractive
  (apt-get update -qq && apt-get install -y -qq postgresql >/dev/null) 1>&2
  BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
DATA=${CONFLICTLENS_PG_DATA:-/tmp/conflictlens-pg}
RUNAS=()
if [ "$(id -u)" = 0 ]; then RUNAS=(su postgres -s /bin/sh -c); fi
run() { if [ ${#RUNAS[@]} -gt 0 ]; then "${RUNAS[@]}" "$*"; else sh -c "$*"; fi; }
if [ ! -s "$DATA/PG_VERSION" ]; then
  rm -rf "$DATA"; mkdir -p "$DATA"
  [ "$(id -u)" = 0 ] && chown postgres "$DATA"
  run "$BIN/initdb -D $DATA -U postgres --auth=trust -E UTF8" >/dev/null
fi
if ! run "$BIN/pg_ctl -D $DATA status" >/dev/null 2>&1; then
  run "$BIN/pg_ctl -D $DATA -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1' -l $DATA/server.log -w start" >/dev/null
fi
echo "postgresql://postgres@127.0.0.1:$PORT/postgres"
