#!/usr/bin/env bash
# Makes sure an MQTT broker (Mosquitto) listens on 127.0.0.1:1883 for the tests that are about MQTT.
# Idempotent. Exit 3 when it is missing and cannot be installed (not root, no apt-get).
set -euo pipefail
log() { echo "mosquitto-local: $*" >&2; }
listening() { (exec 3<>/dev/tcp/127.0.0.1/1883) 2>/dev/null; }

if listening; then exit 0; fi
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
if ! command -v mosquitto >/dev/null 2>&1; then
  if { [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null; } && command -v apt-get >/dev/null 2>&1; then
    log "installing Mosquitto from Debian's packages"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mosquitto >/dev/null
  else
    log "Mosquitto is not installed and this user cannot install it."
    exit 3
  fi
fi
conf=/etc/mosquitto/mosquitto.conf
if [ -f "$conf" ]; then as_root mosquitto -d -c "$conf"; else as_root mosquitto -d -p 1883; fi
for _ in $(seq 1 20); do listening && { log "Mosquitto listens on 127.0.0.1:1883"; exit 0; }; sleep 0.5; done
log "Mosquitto did not start"; exit 1
