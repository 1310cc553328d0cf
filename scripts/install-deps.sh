#!/usr/bin/env bash
# Installs every Debian package medloc needs to build, test and benchmark.
# Idempotent: when everything is present it only runs dpkg-query and exits.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  libxml2-dev libxml2-utils
  libicu-dev
  libboost-program-options-dev
  libhunspell-dev hunspell hunspell-fr hunspell-fr-classical hunspell-en-us hunspell-en-gb
  libgtest-dev googletest
  nlohmann-json3-dev
  libssl-dev
  libarchive-dev
  libsqlite3-dev
  python3-jsonschema
  # fuzzing (clang, libFuzzer) and the sanitizer builds
  clang
  python3
  # the review page's test renders it (headless, no network)
  chromium
  # signed bundles: keys made as a publisher makes them (the app-side example,
  # docs/examples/verify-bundle.mjs, runs on Node.js's own crypto: Node.js below)
  openssl
  # peers the benchmarks compare with, in the same run; translators' tools the tests use
  translate-toolkit
  # the Debian package's test
  lintian
)
# The npm tools of the tests (scripts/install-npm-tools.sh) run on Node.js: Debian's nodejs
# and npm, unless the machine already has an npm (one that came with another Node.js
# package would conflict with Debian's).
if ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  echo "install-deps: missing packages: ${missing[*]}" >&2
  echo "install-deps: run this script as root, or: sudo apt-get install ${missing[*]}" >&2
  exit 2
fi

echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
