#!/usr/bin/env bash
# A throwaway PostgreSQL server for the sync's end-to-end test (tests/sync/test_postgres.py).
#
#   eval "$(.ci/postgres.sh start)"    # installs the Debian package if missing, starts a cluster in a temporary
#                                      # directory on a free local port, creates a user and a database, and prints
#                                      # `export EXA_WEBSETS_TEST_POSTGRES_DSN=...` plus a trap that stops it on exit
#   .ci/postgres.sh stop DIR           # stops the cluster in DIR and removes it
#
# Root-safe: as root, the server runs as the `postgres` system user (PostgreSQL refuses to run as root).
# Everything but the lines to eval goes to stderr.
set -euo pipefail

log() { echo "postgres.sh: $*" >&2; }

pg_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$found" ]; then
    log "installing the postgresql package"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
    found=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$found"
}

as_owner() {  # run a command as the cluster's owner
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
  local bin dir port
  bin=$(pg_bin)
  dir=$(mktemp -d /tmp/exa-websets-pg.XXXXXX)
  port=$(free_port)
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chown postgres "$dir"
  fi
  log "starting PostgreSQL ($bin) in $dir on 127.0.0.1:$port"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 >&2
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >&2
  as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE USER exa_websets WITH PASSWORD 'exa_websets'" \
    -c "CREATE DATABASE exa_websets OWNER exa_websets" >&2
  echo "export EXA_WEBSETS_TEST_POSTGRES_DSN='postgresql://exa_websets:exa_websets@127.0.0.1:$port/exa_websets'"
  echo "trap '$(cd "$(dirname "$0")" && pwd)/postgres.sh stop $dir' EXIT"
}

stop() {
  local dir=${1:?the cluster directory printed by start}
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  if [ -d "$dir/data" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  fi
  rm -rf "$dir"
  log "stopped and removed $dir"
}

case "${1:-}" in
  start) start ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
