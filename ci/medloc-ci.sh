#!/usr/bin/env bash
# Runs medloc the way CI should, in a content repository that has medloc installed.
#   ci/medloc-ci.sh check              every file; reports in reports/
#   ci/medloc-ci.sh changed BASE_REF   only what changed since BASE_REF (pull requests)
#   ci/medloc-ci.sh shard K N          one shard of a matrix; JSON in reports/shard-K.json
#   ci/medloc-ci.sh merge              joins reports/shard-*.json into every report
# Writes reports/medloc.{sarif,xml,json}, prints GitHub annotations when GITHUB_ACTIONS
# is set, and exits like medloc check: 0 clean, 1 error findings, 2 usage or I/O error.
# MEDLOC_BASELINE, when set, names a baseline file: only new findings fail the run.
set -euo pipefail

mode=${1:-check}
mkdir -p reports
baseline=()
if [[ -n "${MEDLOC_BASELINE:-}" ]]; then
  baseline=(--baseline "$MEDLOC_BASELINE")
fi
inputs=(content translations)

report_all() { # $1: a JSON report; renders the other formats from it
  local status=0
  medloc merge-results --format sarif --output reports/medloc.sarif "$1" || status=$?
  medloc merge-results --format junit --output reports/medloc.xml "$1" || true
  if [[ -n "${GITHUB_ACTIONS:-}" ]]; then
    medloc merge-results --format github "$1" || true
  else
    medloc merge-results --format text "$1" || true
  fi
  return "$status"
}

case "$mode" in
  check)
    status=0
    medloc check "${baseline[@]}" --format json --output reports/medloc.json "${inputs[@]}" || status=$?
    [[ $status -eq 2 ]] && exit 2
    report_all reports/medloc.json
    ;;
  changed)
    status=0
    medloc check "${baseline[@]}" --changed-since "${2:?base revision}" --format json \
      --output reports/medloc.json || status=$?
    [[ $status -eq 2 ]] && exit 2
    report_all reports/medloc.json
    ;;
  shard)
    status=0
    medloc check "${baseline[@]}" --shard "${2:?K}/${3:?N}" --format json \
      --output "reports/shard-$2.json" "${inputs[@]}" || status=$?
    [[ $status -eq 2 ]] && exit 2
    exit 0 # the merge job decides
    ;;
  merge)
    status=0
    medloc merge-results --format json --output reports/medloc.json reports/shard-*.json || status=$?
    [[ $status -eq 2 ]] && exit 2
    report_all reports/medloc.json
    ;;
  *)
    echo "usage: $0 check | changed BASE_REF | shard K N | merge" >&2
    exit 2
    ;;
esac
