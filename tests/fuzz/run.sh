#!/bin/sh
# Runs every fuzz target built by the fuzz preset, starting from its seed corpus (read-only: new
# inputs go to a scratch directory), sharing one time budget: each target gets TOTAL / targets
# seconds, so adding a parser does not lengthen CI. Exit status non-zero on any crash, leak,
# sanitizer report or timeout; the reproducer is left in the scratch directory.
#   tests/fuzz/run.sh [TOTAL_SECONDS] [BUILD_DIR]          (CI: 120 s for all targets)
#   FUZZ_RUNS=1000000 tests/fuzz/run.sh                    (by hand: a number of executions each)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
total=${1:-150}
build=${2:-$here/../../build/fuzz}
work=${FUZZ_WORKDIR:-$(mktemp -d)}
status=0
count=0
for target in "$build"/tests/fuzz/fuzz_*; do
    [ -f "$target" ] && [ -x "$target" ] && count=$((count + 1))
done
[ "$count" -gt 0 ] || { echo "fuzz: no targets in $build/tests/fuzz"; exit 1; }
seconds=$((total / count))
[ "$seconds" -ge 1 ] || seconds=1
for target in "$build"/tests/fuzz/fuzz_*; do
    [ -f "$target" ] && [ -x "$target" ] || continue
    name=$(basename "$target"); name=${name#fuzz_}
    mkdir -p "$work/$name/corpus" "$work/$name/artifacts"
    if [ -n "${FUZZ_RUNS:-}" ]; then limit="-runs=$FUZZ_RUNS"; else limit="-max_total_time=$seconds"; fi
    echo "== fuzz_$name ($limit)"
    # -timeout: one input may take at most 10 s; -rss_limit_mb: the 16 MiB body cap times pugixml's
    # node overhead fits well within 2 GiB.
    if ! "$target" "$limit" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$work/$name/artifacts/" "$work/$name/corpus" "$here/corpus/$name" \
        >"$work/$name/log" 2>&1; then
        status=1
        tail -n 40 "$work/$name/log"
    fi
    grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+ +DONE" "$work/$name/log" || true
    ls "$work/$name/artifacts"
done
[ "$status" = 0 ] && echo "fuzz: no crash" || echo "fuzz: FAILED (artifacts in $work)"
exit $status
