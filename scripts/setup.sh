#!/usr/bin/env bash
# Create .venv (if missing) and install the project into it. Usage: bash scripts/setup.sh [EXTRAS]
#   EXTRAS: empty for the tool itself, "test" for the test tools as well.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip >/dev/null
if [ -n "${1:-}" ]; then
  PYTHONWARNINGS=ignore .venv/bin/python -m pip install --quiet -e ".[$1]"
else
  PYTHONWARNINGS=ignore .venv/bin/python -m pip install --quiet -e .
fi
