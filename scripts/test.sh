#!/usr/bin/env bash
# Builds medloc and runs every test (unit and end-to-end) through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/build.sh
bash scripts/install-npm-tools.sh
build_dir=${MEDLOC_BUILD_DIR:-build}
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)"
