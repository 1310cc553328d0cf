#!/usr/bin/env bash
# Installs the npm packages the end-to-end tests use (package.json, package-lock.json) into
# node_modules/. Idempotent: nothing runs when the locked versions are there already.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v npm >/dev/null; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "install-npm-tools: npm is missing: run this script as root, or: sudo apt-get install npm" >&2
    exit 2
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends npm >/dev/null
fi
# npm ls answers offline: every locked package present at its version.
if [[ -d node_modules ]] && npm ls --all >/dev/null 2>&1; then
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
