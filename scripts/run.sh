#!/usr/bin/env bash
# Set up, then run the main job: build the graph from data/ on the embedded (memory) store and
# write the Turtle export and the HTML network view to out/.  Usage: bash scripts/run.sh [OUT]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/kg run --out "${1:-out}"
