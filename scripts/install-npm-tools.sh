#!/usr/bin/env bash
# Installs the npm tools the end-to-end tests run medloc's output through (SARIF
# Multitool, the `xliff` package), at the versions pinned in tests/e2e/npm/package-lock.json,
# into DIR (default build/npm-tools), outside the files git tracks. Idempotent: nothing is
# fetched when DIR already holds that lock file's install. Installs Debian's nodejs and npm
# when npm is missing (as root). The tests read DIR and fail when a tool is missing.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-"$repo/build/npm-tools"}
lock="$repo/tests/e2e/npm/package-lock.json"

if ! command -v npm >/dev/null; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "install-npm-tools: npm is missing; run as root, or: sudo apt-get install nodejs npm" >&2
    exit 2
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi

mkdir -p "$dir"
if [[ -f "$dir/package-lock.json" ]] && cmp -s "$lock" "$dir/package-lock.json" &&
   [[ -d "$dir/node_modules" ]]; then
  exit 0
fi
cp "$repo/tests/e2e/npm/package.json" "$lock" "$dir/"
(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
# npm does not run the package's own install step, which makes its binary executable.
find "$dir/node_modules/@microsoft" -name Sarif.Multitool -type f -exec chmod u+x {} +
