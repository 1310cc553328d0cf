#!/usr/bin/env bash
# Writes the review page of the sample corpus and its picture docs/report-sample.png, as
# headless Chromium draws it (filtered to the French source findings, so that the seed
# article's findings are on it). Run from a clone after scripts/build.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
./build/medloc report --today 2026-11-24 --no-cache --out "$out" >/dev/null
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
  --user-data-dir="$out/profile" --proxy-server=127.0.0.1:9 --window-size=1200,2900 \
  --screenshot=docs/report-sample.png \
  "file://$out/medloc-report.html#severity=error,warning,info&locale=fr-FR" 2>/dev/null
echo "docs/report-sample.png"
