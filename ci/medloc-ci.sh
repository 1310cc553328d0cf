#!/usr/bin/env bash
# Runs medloc the way CI should, in a content repository that has medloc installed.
#   ci/medloc-ci.sh check              every file; reports in reports/
#   ci/medloc-ci.sh changed BASE_REF   only what changed since BASE_REF (pull requests)
#   ci/medloc-ci.sh shard K N          one shard of a matrix; JSON in reports/shard-K.json
#   ci/medloc-ci.sh merge              joins reports/shard-*.json into every report
# Writes reports/medloc.{sarif,xml,json}, prints GitHub annotations when GITHUB_ACTIONS
# is set, and exits like medloc check: 0 clean, 1 error findings, 2 usage or I/O error
# (any medloc run of the script that fails with 2 fails the script with 2).
# MEDLOC_BASELINE, when set, names a baseline file: only new findings fail the run.
# MEDLOC_CACHE_KEY, when set (a secret of at least 32 characters from the CI's secret
# store), lets medloc use its result cache (.medloc/cache.sqlite, restored by the CI): its
# rows are authenticated with that key (docs/cache.md). Without it the cache is neither read
# nor written: a cache restored from a shared CI store is never trusted on its own word.
set -euo pipefail

mode=${1:-check}
mkdir -p reports
options=()
if [[ -n "${MEDLOC_BASELINE:-}" ]]; then
  options+=(--baseline "$MEDLOC_BASELINE")
fi
if [[ -z "${MEDLOC_CACHE_KEY:-}" ]]; then
  options+=(--no-cache)
fi
inputs=(content translations)

# Runs medloc; exit status 2 (it could not do its job) ends the script with 2.
run_medloc() {
  local status=0
  medloc "$@" || status=$?
  if [[ $status -eq 2 ]]; then
    echo "medloc-ci: medloc $1 failed (exit 2)" >&2
    exit 2
  fi
  return "$status"
}

report_all() { # $1: a JSON report; renders the other formats from it
  local status=0
  run_medloc merge-results --format sarif --output reports/medloc.sarif "$1" || status=$?
  run_medloc merge-results --format junit --output reports/medloc.xml "$1" || true
  if [[ -n "${GITHUB_ACTIONS:-}" ]]; then
    run_medloc merge-results --format github "$1" || true
  else
    run_medloc merge-results --format text "$1" || true
  fi
  return "$status"
}

case "$mode" in
  check)
    run_medloc check "${options[@]}" --format json --output reports/medloc.json "${inputs[@]}" || true
    report_all reports/medloc.json
    ;;
  changed)
    run_medloc check "${options[@]}" --changed-since "${2:?base revision}" --format json \
      --output reports/medloc.json || true
    report_all reports/medloc.json
    ;;
  shard)
    run_medloc check "${options[@]}" --shard "${2:?K}/${3:?N}" --format json \
      --output "reports/shard-$2.json" "${inputs[@]}" || true
    exit 0 # the merge job decides
    ;;
  merge)
    run_medloc merge-results --format json --output reports/medloc.json reports/shard-*.json || true
    report_all reports/medloc.json
    ;;
  *)
    echo "usage: $0 check | changed BASE_REF | shard K N | merge" >&2
    exit 2
    ;;
esac
