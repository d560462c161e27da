#!/usr/bin/env bash
# Makes sure Debian's chromium and chromedriver are installed, for the web UI's browser tests (WebUiBrowserTest)
# and deploy/bench-ui.sh, with a Chinese font (fonts-noto-cjk): without one the zh-CN pages draw every Han character
# as an empty box, in screenshots and on a kiosk alike. Idempotent. Exit 3 when they are missing and cannot be installed (not root, no apt-get).
set -euo pipefail
log() { echo "chromium-local: $*" >&2; }

has_cjk_font() { fc-list ':lang=zh-cn' family 2>/dev/null | grep -q .; }
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && has_cjk_font; then exit 0; fi
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
if { [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null; } && command -v apt-get >/dev/null 2>&1; then
  log "installing chromium, chromium-driver and fonts-noto-cjk from Debian's packages"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
  log "$(/usr/bin/chromium --version 2>/dev/null || true)"
else
  log "chromium, chromedriver or a Chinese font (fonts-noto-cjk) is missing and this user cannot install them."
  exit 3
fi
