#!/usr/bin/env bash
# Debian's Chromium for the dashboard's browser tests (tests/test_web_e2e.py).
# Does nothing when /usr/bin/chromium is already there; otherwise installs it (and the
# Liberation fonts the screenshots are drawn with) from Debian's archive, quietly.
# Never downloads a browser build of its own. Exits non-zero, saying why, if it cannot.
set -euo pipefail

CHROMIUM=${CONFLICTLENS_CHROMIUM:-/usr/bin/chromium}
[ -x "$CHROMIUM" ] && exit 0

SUDO=()
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
  else
    echo "browser.sh: $CHROMIUM is missing and installing it needs root; the browser tests will skip" >&2
    exit 1
  fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "browser.sh: no apt-get here; install Chromium and set CONFLICTLENS_CHROMIUM, or the browser tests skip" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for attempt in 1 2; do
  if "${SUDO[@]}" apt-get update -qq >"$log" 2>&1 &&
     "${SUDO[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-liberation >>"$log" 2>&1; then
    break
  fi
  if [ "$attempt" = 2 ]; then
    echo "browser.sh: could not install chromium:" >&2
    tail -n 20 "$log" >&2
    exit 1
  fi
  sleep 5
done
[ -x /usr/bin/chromium ] || { echo "browser.sh: chromium installed but /usr/bin/chromium is missing" >&2; exit 1; }
