#!/usr/bin/env bash
# Builds medloc, its tests and its fuzz targets with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer (CMake preset "fuzz", in build-fuzz/) and runs the whole test
# suite there: unit tests and the end-to-end tests, which then run the sanitized medloc.
# Any sanitizer report fails the test that triggered it.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
build=build-fuzz
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake --preset fuzz >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)"
# A sanitizer report exits 86, never 1 (medloc's "an error finding"), so no test can
# mistake it for an expected exit status; UBSan already stops at its first report
# (-fno-sanitize-recover, cmake/sanitizers.cmake).
export ASAN_OPTIONS=${ASAN_OPTIONS:-exitcode=86:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-exitcode=86:print_stacktrace=1}
# Every test runs here but those about packaging and third-party tools, which test files and
# formats rather than medloc's memory and behave the same on this build (the normal build
# runs them): the Debian package and install tree (built from this folder's instrumented
# binary), scripts/new-rule (it compiles a rule), and the validators of SARIF and XLIFF; and
# the file-system faults (a full disk, runs killed while writing): about eighty runs of
# commands whose writes the other end-to-end tests run here, a fifth of this run's time;
# the atomic writers' unit tests run their failures (a full disk) here.
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" \
  -E '^e2e\.(debian-package|install|new-rule|sarif-multitool|xliff-tools|faults)$'

