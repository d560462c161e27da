#!/usr/bin/env bash
# Runs the whole test suite. Sets up what it needs first: the Maven wrapper fetches Maven 3.9.12, and
# deploy/postgres-local.sh makes sure the local PostgreSQL has the test database -- unless
# QUARKUS_DATASOURCE_JDBC_URL points the suite at another database (e.g. one with TimescaleDB).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
  deploy/postgres-local.sh
fi
deploy/mosquitto-local.sh || echo "test: no MQTT broker on 127.0.0.1:1883 (the MQTT tests need one)" >&2
deploy/chromium-local.sh || echo "test: no chromium and chromedriver in /usr/bin (the web UI's browser tests need them)" >&2

exec ./mvnw -B --no-transfer-progress verify "$@"
