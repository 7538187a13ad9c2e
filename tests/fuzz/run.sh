#!/bin/sh
# Runs every fuzz target built by the fuzz preset for a fixed time each, starting from its seed
# corpus (read-only: new inputs go to a scratch directory). Exit status non-zero on any crash,
# leak, sanitizer report or timeout; the reproducer is left in the scratch directory.
#   tests/fuzz/run.sh [SECONDS_PER_TARGET] [BUILD_DIR]     (CI: 55 s x 3 targets < 3 min)
#   FUZZ_RUNS=1000000 tests/fuzz/run.sh                    (by hand: a number of executions)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
seconds=${1:-55}
build=${2:-$here/../../build/fuzz}
work=${FUZZ_WORKDIR:-$(mktemp -d)}
status=0
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
