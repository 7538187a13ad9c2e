#!/bin/sh
# Installs what is missing, builds everything and runs the whole test suite, as CI does:
#   1. release-like build with warnings as errors: every test (unit, lab, integration, keychain,
#      GUI offscreen at scale 1 and 1.5, formatting, translations);
#   2. ASan + UBSan build of core, the lab and the non-GUI tests (no benchmarks; lint and the tests
#      that mostly run real pwsh, label pwsh, are left to the first pass);
#   3. the libFuzzer targets (clang-14), 120 s shared among them (tests/fuzz/run.sh).
# Benchmarks are not run here (see tests/bench/README.md).
set -eu
cd "$(dirname "$0")/.."
sh tests/install-deps.sh
# pwsh from `dotnet tool install --global` (install-deps.sh) for the bridge tests and the 5.1 lint.
export PATH="$PATH:$HOME/.dotnet/tools"

JOBS=$(nproc)
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$JOBS"
if [ -f tests/lab/npm/package-lock.json ]; then (cd tests/lab/npm && npm ci --no-audit --no-fund --silent); fi
ctest --preset ci -j "$JOBS"

cmake --preset asan >/dev/null
cmake --build --preset asan -j "$JOBS"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
LSAN_OPTIONS=suppressions="$PWD/tests/sanitizers/lsan.supp":print_suppressions=0 \
  ctest --preset asan -j "$JOBS"

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$JOBS"
sh tests/fuzz/run.sh 120 build/fuzz
