#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the real-server tests and prints its URL:
#
#   export GRIDBOT_TEST_PG_URL=$(scripts/pg-test-server.sh start)
#   npm test
#   scripts/pg-test-server.sh stop
#
# Uses Debian's postgresql package (apt-get install postgresql): initdb in a temp
# directory, trust authentication, listening on 127.0.0.1 only. PostgreSQL refuses to run
# as root, so under root the server runs as the `postgres` user the package creates.
set -euo pipefail
PORT="${GRIDBOT_PG_PORT:-55432}"
DIR="${GRIDBOT_PG_DIR:-/tmp/gridbot-pg-test}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -n "$BIN" ] || { echo "PostgreSQL not installed (apt-get install postgresql)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }

case "${1:-start}" in
  start)
    if [ ! -f "$DIR/PG_VERSION" ]; then
      mkdir -p "$DIR"
      [ "$(id -u)" = 0 ] && chown postgres "$DIR"
      as_pg "'$BIN/initdb' -D '$DIR' -A trust -U gridbot --encoding=UTF8 --locale=C.UTF-8" >/dev/null
    fi
    if ! as_pg "'$BIN/pg_ctl' -D '$DIR' status" >/dev/null 2>&1; then
      as_pg "'$BIN/pg_ctl' -D '$DIR' -l '$DIR/server.log' -w -o \"-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200\" start" >/dev/null
    fi
    echo "postgres://gridbot@127.0.0.1:$PORT/postgres"
    ;;
  stop)
    as_pg "'$BIN/pg_ctl' -D '$DIR' -m fast stop" >/dev/null 2>&1 || true
    rm -rf "$DIR"
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
