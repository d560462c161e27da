#!/usr/bin/env bash
# Runs Wardwatt with the simulated hospital. Database, in this order:
#   1. QUARKUS_DATASOURCE_JDBC_URL (+ _USERNAME, _PASSWORD) if set;
#   2. the local PostgreSQL, installed and set up by deploy/postgres-local.sh;
#   3. an embedded PostgreSQL (no install) when 2 is not possible, data kept in ~/.wardwatt/postgres.
# Builds the application first when it is missing or older than the sources.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
  if ! WARDWATT_DB_NAMES=wardwatt deploy/postgres-local.sh; then
    echo "demo: no local PostgreSQL; using the embedded one" >&2
    export WARDWATT_EMBEDDED_POSTGRES=true
  fi
fi

jar=target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ] || [ -n "$(find src pom.xml chiller-models carbon-factors -newer "$jar" -type f 2>/dev/null | head -1)" ]; then
  ./mvnw -B --no-transfer-progress -q package -DskipTests
fi

# The simulator plays the weather provider (README, "The simulated hospital"): the service fetches the simulated
# hospital's forecast from its own port. Left alone when the provider is configured (WARDWATT_FORECAST_WEATHER_PROVIDER_ENABLED=true
# alone asks Open-Meteo) or the simulator is off.
if [ -z "${WARDWATT_FORECAST_WEATHER_PROVIDER_ENABLED:-}" ] && [ "${WARDWATT_SIM_ENABLED:-true}" != "false" ]; then
  export WARDWATT_FORECAST_WEATHER_PROVIDER_ENABLED=true
  export WARDWATT_FORECAST_WEATHER_PROVIDER_URL_TEMPLATE="${WARDWATT_FORECAST_WEATHER_PROVIDER_URL_TEMPLATE:-http://127.0.0.1:${QUARKUS_HTTP_PORT:-8080}/api/sim/weather/forecast?hours=72}"
fi

# The demo runs the simulated hospital under Wardwatt's plans (README, "The demo under Wardwatt"): plant control on,
# writing through acquisition, plans approved for dispatch, and the day's plan made and approved as the demo engineer.
# Control writes to the simulator only: with wardwatt.demo.enabled the service refuses to start when any device control
# would write to is not the in-process simulated hospital's. WARDWATT_CONTROL_ENABLED=false runs the demo advisory.
if [ "${WARDWATT_SIM_ENABLED:-true}" != "false" ]; then
  export WARDWATT_DEMO_ENABLED="${WARDWATT_DEMO_ENABLED:-true}"
  export WARDWATT_CONTROL_ENABLED="${WARDWATT_CONTROL_ENABLED:-true}"
  if [ "$WARDWATT_CONTROL_ENABLED" = "true" ]; then
    export WARDWATT_ACQUISITION_WRITES_ENABLED="${WARDWATT_ACQUISITION_WRITES_ENABLED:-true}"
    export WARDWATT_OPTIMIZE_LIFECYCLE_MODE="${WARDWATT_OPTIMIZE_LIFECYCLE_MODE:-dispatch}"
  fi
fi

echo "demo: Wardwatt on http://127.0.0.1:8080  (web UI /ui/, Swagger UI /q/swagger-ui, health /q/health; users admin/wardwatt-admin, engineer/wardwatt-engineer, ...)" >&2
exec java ${JAVA_OPTS:-} -jar "$jar" "$@"
