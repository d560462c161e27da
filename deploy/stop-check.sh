#!/usr/bin/env bash
# Checks that the packaged service stops cleanly while a rollup pass is running: starts
# target/quarkus-app/quarkus-run.jar (simulator and poller off), loads four weeks of 5-minute readings of ten
# counters of a site of its own, sends SIGTERM as soon as the rollup job has written some of them and not yet all, and fails when the log
# has an ERROR. Before scheduled jobs were stopped ahead of the datasource this logged two ERRORs with their stack
# traces (the pass went on writing into the closing pool).
#
#   deploy/stop-check.sh [jdbc-url]   default: $QUARKUS_DATASOURCE_JDBC_URL, else the local wardwatt_test database
#   STOP_CHECK_PORT                   HTTP port (default 18917)
#
# Needs ./mvnw package first, psql, curl and awk. Exit codes: 0 clean stop; 1 an ERROR was logged; 2 could not set up.
set -euo pipefail
cd "$(dirname "$0")/.."

URL=${1:-${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/wardwatt_test}}
PORT=${STOP_CHECK_PORT:-18917}
DB=${URL##*/}
HOSTPORT=${URL#jdbc:postgresql://}; HOSTPORT=${HOSTPORT%%/*}
export PGPASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-wardwatt}
sql() { psql -h "${HOSTPORT%%:*}" -p "${HOSTPORT##*:}" -U "${QUARKUS_DATASOURCE_USERNAME:-wardwatt}" "$DB" -tAc "$1"; }
log() { echo "stop-check: $*" >&2; }

[ -f target/quarkus-app/quarkus-run.jar ] || { log "no target/quarkus-app/quarkus-run.jar: run ./mvnw package first"; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

QUARKUS_DATASOURCE_JDBC_URL=$URL QUARKUS_HTTP_PORT=$PORT WARDWATT_SIM_ENABLED=false WARDWATT_ACQUISITION_ENABLED=false \
  WARDWATT_ROLLUPS_INTERVAL=1s java -jar target/quarkus-app/quarkus-run.jar >"$work/service.log" 2>&1 &
pid=$!
for _ in $(seq 120); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/live" && break
  kill -0 "$pid" 2>/dev/null || { log "the service did not start:"; tail -20 "$work/service.log" >&2; exit 2; }
  sleep 1
done

# A site of this run's own, so its counters have no earlier readings to spread consumption towards.
site="STOP-$(date +%s)"
cat >"$work/site.yaml" <<YAML
site: {code: $site, name: Stop check, timeZone: UTC, floorAreaM2: 1000, gridRegion: CN-EAST, province: CN-SH}
points:
$(for p in 1 2 3 4 5 6 7 8 9 10; do echo "  - {code: M$p.KWH, name: Meter $p, unit: kWh, kind: COUNTER, rolloverValue: 99999999.9, carrier: electricity}"; done)
YAML
curl -sf -u engineer:wardwatt-engineer -H 'Content-Type: application/yaml' --data-binary @"$work/site.yaml" \
  "http://127.0.0.1:$PORT/api/sites/import" >/dev/null || { log "importing the check's site failed"; kill "$pid"; exit 2; }
awk -v site="$site" 'BEGIN {
  print "point,ts,value"
  for (p = 1; p <= 10; p++) for (k = 0; k < 8000; k++) {
    m = k * 5; d = int(m / 1440); printf "%s/M%d.KWH,2026-01-%02dT%02d:%02d:00Z,%.1f\n", site, p, 1 + d, int(m % 1440 / 60), m % 60, 1000 * p + 1.5 * k
  } }' >"$work/readings.csv"
points="(select id from point where site_id = (select id from site where code = '$site'))"
curl -sf -u engineer:wardwatt-engineer -H 'Content-Type: text/csv' --data-binary @"$work/readings.csv" \
  "http://127.0.0.1:$PORT/api/readings" >/dev/null || { log "loading readings failed"; kill "$pid"; exit 2; }

caught=no
for _ in $(seq 400); do
  if [ "$(sql "select count(*) from consumption_15m where point_id in $points")" != 0 ] \
     && [ "$(sql "select count(*) from rollup_pending where point_id in $points")" != 0 ]; then
    caught=yes; break
  fi
  sleep 0.05
done
kill -TERM "$pid"
wait "$pid" || true
log "SIGTERM sent $( [ $caught = yes ] && echo "during a rollup pass" || echo "(the rollup pass was not caught running)")"
grep -E "RunningJobs|stopped in" "$work/service.log" >&2 || true
if grep -q " ERROR " "$work/service.log"; then
  log "the stop logged ERRORs:"; grep -A3 " ERROR " "$work/service.log" | cut -c1-240 >&2
  exit 1
fi
[ $caught = yes ] || { log "inconclusive: no rollup pass was running at SIGTERM"; exit 2; }
log "clean stop: no ERROR"
