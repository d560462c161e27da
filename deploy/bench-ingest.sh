#!/usr/bin/env bash
# Ingestion benchmark: loads READINGS readings end to end through POST /api/readings into a
# service started here on port 18080 against the database wardwatt_bench, then COPYs as many rows of fresh
# points straight into the same table and months, and prints both rates and their ratio.
#
#   deploy/bench-ingest.sh                          # 10,000,000 readings, defaults below
#   deploy/bench-ingest.sh --batch 20000 --connections 6     # any bench-ingest option (see --help)
#
# Service settings come from the environment, e.g. WARDWATT_READINGS_WRITER_FLUSH_ROWS=40000,
# WARDWATT_READINGS_WRITER_THREADS=2, WARDWATT_READINGS_WRITER_COPY_FORMAT=text. The database keeps growing
# run after run (nothing is deleted); drop wardwatt_bench to start afresh.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18080}
DB=${BENCH_DB:-wardwatt_bench}
JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB"
log() { echo "bench-ingest: $*" >&2; }

WARDWATT_DB_NAMES="$DB" deploy/postgres-local.sh

jar=target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -type f 2>/dev/null | head -1)" ]; then
  log "building the application"
  ./mvnw -B --no-transfer-progress -q package -DskipTests
fi

service_log=$(mktemp -t wardwatt-bench-service.XXXXXX.log)
log "starting the service on port $PORT against $DB (log: $service_log)"
QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" QUARKUS_LOG_CATEGORY__IO_WARDWATT__LEVEL=WARN \
  java ${BENCH_SERVICE_JAVA_OPTS:--Xmx2g} -jar "$jar" >"$service_log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$service" 2>/dev/null; then log "the service did not start:"; tail -30 "$service_log" >&2; exit 1; fi
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { log "the service is not ready"; tail -30 "$service_log" >&2; exit 1; }

java ${BENCH_CLIENT_JAVA_OPTS:--Xmx3g} -jar "$jar" bench-ingest --url "http://127.0.0.1:$PORT" --jdbc-url "$JDBC_URL" "$@"
