#!/usr/bin/env bash
# Installs the npm packages the end-to-end tests use (package.json, package-lock.json) into
# node_modules/. Idempotent: nothing runs when the locked versions are there already.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v npm >/dev/null; then
  echo "install-npm-tools: npm is missing (Debian: apt-get install npm)" >&2
  exit 2
fi
# npm ls answers offline: every locked package present at its version.
if [[ -d node_modules ]] && npm ls --all >/dev/null 2>&1; then
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
