#!/usr/bin/env bash
# Web UI benchmark: a year of 15-minute readings of the hospital's main meters, then how long each page's
# API calls take and how long each page takes in headless Chromium until every chart is drawn. Prints the figures;
# asserts nothing.
#
#   deploy/bench-ui.sh                # service on port 18180 against the database wardwatt_bench_ui
#
# The year is loaded through POST /api/readings (CSV, one request per point and month) and rolled up by the service
# itself; a second run finds it stored (duplicates) and goes straight to the measuring. Drop wardwatt_bench_ui to
# start afresh. Needs python3, curl, and chromium + chromedriver (deploy/chromium-local.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18180}
DB=${BENCH_DB:-wardwatt_bench_ui}
URL="http://127.0.0.1:$PORT"
JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB"
log() { echo "bench-ui: $*" >&2; }

WARDWATT_DB_NAMES="$DB" deploy/postgres-local.sh
deploy/chromium-local.sh

jar=target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -type f 2>/dev/null | head -1)" ]; then
  log "building the application"
  ./mvnw -B --no-transfer-progress -q package -DskipTests
fi

service_log=$(mktemp -t wardwatt-bench-ui.XXXXXX.log)
log "starting the service on port $PORT against $DB (log: $service_log); no simulator, no scheduled jobs"
QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" QUARKUS_LOG_CATEGORY__IO_WARDWATT__LEVEL=WARN \
  WARDWATT_SIM_ENABLED=false WARDWATT_SIM_BACKFILL_DAYS=0 WARDWATT_ACQUISITION_ENABLED=false WARDWATT_OPTIMIZE_DAILY_CRON=off \
  WARDWATT_CARBON_CLOSE_CRON=off WARDWATT_FORECAST_LOAD_SCHEDULE_TRAIN_CRON=off WARDWATT_FORECAST_LOAD_SCHEDULE_ISSUE_CRON=off \
  java ${BENCH_SERVICE_JAVA_OPTS:--Xmx2g} -jar "$jar" >"$service_log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  if curl -fsS "$URL/q/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$service" 2>/dev/null; then log "the service did not start:"; tail -30 "$service_log" >&2; exit 1; fi
  sleep 0.5
done

python3 deploy/bench-ui/load_year.py "$URL" "$DB"
python3 deploy/bench-ui/api_times.py "$URL"
log "page loads in headless Chromium"
./mvnw -B --no-transfer-progress -q test -Dtest=UiPageLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dwardwatt.bench.url="$URL" 2>&1 | grep -E '^(page|bench)' || true
