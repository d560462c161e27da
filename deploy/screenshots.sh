#!/usr/bin/env bash
# The screenshot tour: every page of the web UI in both languages (zh-CN, en), logged in as the user it is for (leader,
# engineer, reporter), saved to docs/screens/<page>-<lang>.png at 1440 px wide and the page's full height.
#
#   deploy/screenshots.sh                                   # starts the demo (deploy/demo.sh) on port 18190, then the tour
#   SCREENS_URL=http://127.0.0.1:8080 deploy/screenshots.sh # the tour against a demo already running
#
# A demo started here runs against the database wardwatt_screens (SCREENS_DB) and is stopped afterwards; the tour waits
# for its back-fill of history (a few minutes on an idle machine) and the day's plan in force. A back-fill that was
# interrupted is not resumed: drop the database to start afresh. Needs chromium +
# chromedriver (deploy/chromium-local.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
log() { echo "screenshots: $*" >&2; }

deploy/chromium-local.sh
URL=${SCREENS_URL:-}
if [ -z "$URL" ]; then
  PORT=${SCREENS_PORT:-18190}
  DB=${SCREENS_DB:-wardwatt_screens}
  URL="http://127.0.0.1:$PORT"
  WARDWATT_DB_NAMES="$DB" deploy/postgres-local.sh
  # The simulated hospital's Modbus ports moved by SCREENS_MODBUS_SHIFT (500: 15601...), so this demo runs beside another
  # one on the usual ports; the simulator and the poller read the same moved devices file.
  devices=$(mktemp -t wardwatt-screens-devices.XXXXXX.yaml)
  python3 -c 'import re, sys; shift = int(sys.argv[1]); sys.stdout.write(re.sub(r"port: (\d+)", lambda m: f"port: {int(m.group(1)) + shift}", open("deploy/demo/devices.yaml").read()))' \
    "${SCREENS_MODBUS_SHIFT:-500}" >"$devices"
  service_log=$(mktemp -t wardwatt-screens.XXXXXX.log)
  log "starting the demo on port $PORT against $DB (log: $service_log)"
  QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" WARDWATT_ACQUISITION_DEVICES_FILE="$devices" \
    WARDWATT_SIM_DEVICES_FILE="$devices" deploy/demo.sh >"$service_log" 2>&1 &
  service=$!
  trap 'kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true; rm -f "$devices"' EXIT
  for _ in $(seq 1 600); do
    if curl -fsS "$URL/q/health/ready" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$service" 2>/dev/null; then log "the demo did not start:"; tail -30 "$service_log" >&2; exit 1; fi
    sleep 1
  done
  # A fresh demo back-fills its history in the background after it is ready; the pages show it once it is stored.
  log "waiting for the demo's back-fill of history (up to 30 min; its log says when it is done)"
  for _ in $(seq 1 1800); do
    if grep -Eq "sim backfill: .*(done in|nothing written|nothing to do|stopped after)" "$service_log"; then break; fi
    if ! kill -0 "$service" 2>/dev/null; then log "the demo stopped:"; tail -30 "$service_log" >&2; exit 1; fi
    sleep 1
  done
  log "waiting for the day's plan in force (up to 10 min)"
  for _ in $(seq 1 600); do
    if curl -fsS -u engineer:wardwatt-engineer "$URL/api/sites/HOSP/control" 2>/dev/null | grep -q '"planId"'; then break; fi
    sleep 1
  done
fi
curl -fsS "$URL/q/health/ready" >/dev/null || { log "no demo answering at $URL"; exit 1; }

log "touring $URL"
tour_log=$(mktemp -t wardwatt-screens-tour.XXXXXX.log)
status=0
./mvnw -B --no-transfer-progress -q test -Dtest=UiScreenshotTour -Dsurefire.failIfNoSpecifiedTests=false \
  -Dwardwatt.screens.url="$URL" >"$tour_log" 2>&1 || status=$?
grep -E '^screen' "$tour_log" || true
if [ "$status" != 0 ]; then log "the tour failed (log: $tour_log):"; grep -E '^\[ERROR\]' "$tour_log" | head -5 >&2; fi
ls -l docs/screens/*.png >&2
exit "$status"
