#!/usr/bin/env bash
# Installs what is missing, configures once and builds medloc and its tests in build/:
# the Release build (-O3) with warnings as errors, as CMake's "default" preset and CI do.
# A unity build (CMAKE_UNITY_BUILD: sources compiled in batches) halves the time of this
# fresh build; the "dev" preset leaves it off, so that an edit recompiles one file there.
# Ninja, unlike Makefiles, compiles a library's sources while the libraries it links are
# still being built, which keeps both cores of a CI machine busy.
# MEDLOC_BUILD_DIR and MEDLOC_CMAKE_ARGS change the folder and add CMake arguments.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
build_dir=${MEDLOC_BUILD_DIR:-build}
if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
  cmake -G Ninja -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DMEDLOC_WARNINGS_AS_ERRORS=ON -DCMAKE_UNITY_BUILD=ON \
    ${MEDLOC_CMAKE_ARGS:-} >/dev/null
fi
cmake --build "$build_dir" --parallel "$(nproc)"
