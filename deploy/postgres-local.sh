#!/usr/bin/env bash
# Makes sure a local PostgreSQL is installed, running, and has Wardwatt's role and databases.
# Used by deploy/demo.sh, deploy/test.sh and .ci/run. Idempotent: run it as often as you like.
#
#   WARDWATT_DB_USER / WARDWATT_DB_PASSWORD   role to create (default wardwatt / wardwatt)
#   WARDWATT_DB_NAMES                         databases to create (default "wardwatt wardwatt_test")
#
# Exit codes: 0 ready; 3 PostgreSQL is not installed and cannot be installed here (not root, no apt-get).
set -euo pipefail

DB_USER=${WARDWATT_DB_USER:-wardwatt}
DB_PASSWORD=${WARDWATT_DB_PASSWORD:-wardwatt}
DB_NAMES=${WARDWATT_DB_NAMES:-"wardwatt wardwatt_test"}

log() { echo "postgres-local: $*" >&2; }

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; elif [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; else sudo -n -u postgres "$@"; fi
}

can_root() { [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }

# 1. Installed?
if ! command -v pg_lsclusters >/dev/null 2>&1; then
  if can_root && command -v apt-get >/dev/null 2>&1; then
    log "installing PostgreSQL from Debian's packages"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    log "PostgreSQL is not installed and this user cannot install it (needs root and apt-get)."
    exit 3
  fi
fi

# 2. A cluster exists and is running?
if [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  log "creating cluster $version/main"
  as_root pg_createcluster "$version" main >/dev/null
fi
read -r version cluster port status _ < <(pg_lsclusters -h | head -1)
if [ "$status" != online ]; then
  log "starting cluster $version/$cluster"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start || as_root pg_ctlcluster "$version" "$cluster" start
fi
for _ in $(seq 1 30); do
  if as_postgres psql -p "$port" -tAc "select 1" >/dev/null 2>&1; then break; fi
  sleep 1
done

# 3. The service listens on TCP 127.0.0.1 with a password: make sure the role has one.
psql_pg() { as_postgres psql -p "$port" -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql_pg -c "select 1 from pg_roles where rolname = '$DB_USER'")" != 1 ]; then
  log "creating role $DB_USER"
  psql_pg -c "create role \"$DB_USER\" login password '$DB_PASSWORD'"
else
  psql_pg -c "alter role \"$DB_USER\" login password '$DB_PASSWORD'"
fi
for db in $DB_NAMES; do
  if [ "$(psql_pg -c "select 1 from pg_database where datname = '$db'")" != 1 ]; then
    log "creating database $db"
    psql_pg -c "create database \"$db\" owner \"$DB_USER\""
  fi
done

log "PostgreSQL $version on port $port is ready: role $DB_USER, databases $DB_NAMES"
