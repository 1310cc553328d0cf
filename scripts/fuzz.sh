#!/usr/bin/env bash
# Builds the libFuzzer targets (CMake preset "fuzz": clang, ASan, UBSan) and runs each
# one for SECONDS (default 10) from its seed corpus: the project's fixtures, the seeds in
# fuzz/seeds/ and the crashes kept in fuzz/regressions/; with ../shared/data present (a
# local checkout), its XML, XLIFF and TBX files too. Prints executions per second and new
# corpus entries per target; a crash stops the run with exit 1 and its input is left in
# build-fuzz/crashes/ (copy it into fuzz/regressions/<target>/ once fixed).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     targets: article xliff tbx config dose
#                                                      spelling bundle json text usage
#                                                      findings
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-10}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(article xliff tbx config dose spelling bundle json text usage findings)

bash scripts/install-deps.sh
build=build-fuzz
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake --preset fuzz >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)" >/dev/null

corpus_root="$build/corpus"
mkdir -p "$corpus_root" "$build/crashes"

# seeds TARGET: the files a target starts from, one per line.
seeds() {
  local shared=../shared/data
  case "$1" in
    article) find content tests/fixtures -name '*.xml' -not -path '*/bundle-golden/*' ;;
    xliff) find translations tests/fixtures -name '*.xlf' -o -name '*.xliff'
           [[ -d $shared ]] && { find "$shared" -name '*.xlf' -o -name '*.xliff' | head -200 || true; } ;;
    tbx) find terminology tests/fixtures -name '*.tbx'
         [[ -d $shared ]] && { find "$shared" -name '*.tbx' | head -50 || true; } ;;
    config) echo medloc.ini; find tests/fixtures -name '*.ini' ;;
    dose) find fuzz/seeds/dose -type f ;;
    spelling) find fuzz/seeds/spelling -type f; find content -name '*.xml' ;;
    bundle) find tests/fixtures/bundle-golden -type f ;;
    json) find fuzz/seeds/json tests/fixtures/bundle-golden -name '*.json' ;;
    text) find fuzz/seeds/text fuzz/seeds/spelling -type f; find content -name '*.xml' ;;
    usage) find fuzz/seeds/usage terminology -name '*.usage' ;;
    findings) find fuzz/seeds/findings -type f ;;
  esac
  [[ -d fuzz/regressions/$1 ]] && find "fuzz/regressions/$1" -type f
  true
}

dictionary() {
  case "$1" in
    article | xliff | tbx | text) echo "-dict=fuzz/xml.dict" ;;
    dose) echo "-dict=fuzz/dose.dict" ;;
  esac
}

printf '%-9s %8s %10s %8s %8s\n' target seconds executions exec/s corpus
status=0
for target in "${targets[@]}"; do
  corpus="$corpus_root/$target"
  mkdir -p "$corpus"
  while read -r file; do
    [[ -f $file ]] && cp "$file" "$corpus/$(sha1sum "$file" | cut -c1-16)-$(basename "$file")"
  done < <(seeds "$target")
  if [[ $target == bundle ]]; then # an archive of the golden bundle, as verify reads them
    tar czf "$corpus/golden.tar.gz" -C tests/fixtures/bundle-golden .
  fi
  before=$(find "$corpus" -type f | wc -l)
  log="$build/$target.log"
  # shellcheck disable=SC2046
  if ! "$build/${target}_fuzzer" "$corpus" $(dictionary "$target") \
      -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix="$build/crashes/$target-" >"$log" 2>&1; then
    echo "fuzz: $target crashed; see $log and $build/crashes/" >&2
    tail -40 "$log" >&2
    status=1
    continue
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  after=$(find "$corpus" -type f | wc -l)
  printf '%-9s %8s %10s %8s %8s\n' "$target" "$seconds" "$runs" "$rate" "$before→$after"
done
exit $status
