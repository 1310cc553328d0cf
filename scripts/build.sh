#!/usr/bin/env bash
# Installs what is missing, configures once and builds medloc and its tests in build/.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
build_dir=${MEDLOC_BUILD_DIR:-build}
if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
  cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo ${MEDLOC_CMAKE_ARGS:-} >/dev/null
fi
cmake --build "$build_dir" --parallel "$(nproc)"
