#!/usr/bin/env bash
# The main job: builds medloc if needed and checks the sample corpus in content/.
# Exits as medloc does: 0 no error finding, 1 error findings (the canonical bad
# sample content/fausse-couche-8-semaines.xml has some, on purpose), 2 usage error.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/build.sh >/dev/null
exec ./build/medloc check "$@"
