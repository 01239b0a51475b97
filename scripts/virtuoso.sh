#!/usr/bin/env bash
# A private Virtuoso (Debian's virtuoso-opensource) on 127.0.0.1, as the remote-store tests use.
# Usage: bash scripts/virtuoso.sh install            # apt-get install it when missing (root)
#        bash scripts/virtuoso.sh start DIR [--max-rows N] [--max-seconds S]
#        bash scripts/virtuoso.sh stop DIR
# `start` writes DIR/virtuoso.ini (free loopback ports, files in DIR), waits for the SPARQL
# endpoint, grants SPARQL_UPDATE to the anonymous SPARQL user and prints the --store spec.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=python3
[ -x .venv/bin/python ] && PYTHON=.venv/bin/python
exec "$PYTHON" tests/virtuoso.py "$@"
