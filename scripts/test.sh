#!/usr/bin/env bash
# Set up (project, test tools, the Chromium the browser tests drive and the Virtuoso the
# remote-store tests start), lint, run every test.
# Usage: bash scripts/test.sh [PYTEST ARGS]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian's chromium for the browser tests..."
    { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
      || echo "could not install chromium: browser tests will be skipped" >&2
  else
    echo "chromium not found and cannot install it here: browser tests will be skipped" >&2
  fi
fi
if ! command -v virtuoso-t >/dev/null 2>&1; then
  echo "installing Debian's virtuoso-opensource for the remote-store tests..."
  bash scripts/virtuoso.sh install >/dev/null \
    || echo "could not install virtuoso-opensource: remote-store tests will be skipped" >&2
fi
.venv/bin/ruff check graph tests scripts
.venv/bin/ruff format --check graph tests scripts
.venv/bin/python -m pytest "$@"
