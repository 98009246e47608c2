#!/usr/bin/env bash
# Sets everything up, builds with AddressSanitizer + UndefinedBehaviorSanitizer in
# build-asan/, and runs every test there (unit, UI offscreen, acceptance on the real
# binary, two at a time); then runs each libFuzzer target for 20 s (clang, core only)
# and prints the acceptance scores and the taggers' conformance table.
#   CROSSCHECK_SANITIZE=OFF scripts/test.sh   a plain build in build/ instead
#   FUZZ_SECONDS=0 scripts/test.sh            no fuzzing
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${CROSSCHECK_SANITIZE:-ON}" = "ON" ]; then
    export BUILD_DIR=build-asan
    # -O1 -g1: what sanitizers need, at half the compile time of -O2 -g.
    scripts/setup.sh -DCROSSCHECK_SANITIZE=ON -DCROSSCHECK_BUILD_TESTS=ON \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG"
else
    export BUILD_DIR=build
    scripts/setup.sh -DCROSSCHECK_SANITIZE=OFF -DCROSSCHECK_BUILD_TESTS=ON
fi
build="$BUILD_DIR"

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

status=0
ctest --test-dir "$build" -j2 --output-on-failure --timeout 900 || status=$?

fuzz_seconds="${FUZZ_SECONDS:-20}"
if [ "$fuzz_seconds" != "0" ]; then
    echo "== Fuzzing: every target for $fuzz_seconds s"
    tests/fuzz/run.sh "$fuzz_seconds" || status=1
fi

shared="../shared"
if [ -d "$shared/corpus/seeds" ]; then
    echo "== Acceptance score: seed folder"
    tmp=$(mktemp -d)
    "$build"/app/crosscheck conflicts "$shared/corpus/seeds" --project "$tmp/seeds.sqlite" \
        --format json -o "$tmp/seeds.json" || status=1
    python3 "$shared/tools/score_conflicts.py" "$tmp/seeds.json" "$shared/corpus/seeds.gold.json" \
        --gate-required --max-false-flags 0 --verbose || status=1
    echo "== Acceptance score: resources/samples/briefings"
    "$build"/app/crosscheck conflicts resources/samples/briefings --project "$tmp/samples.sqlite" \
        --format json -o "$tmp/samples.json" || status=1
    python3 "$shared/tools/score_conflicts.py" "$tmp/samples.json" \
        resources/samples/briefings.gold.json --gate-required --max-false-flags 0 --verbose || status=1
    rm -rf "$tmp"
else
    echo "== ../shared/corpus/seeds is absent: seed scores not printed"
fi
if [ -d "$shared/conformance" ]; then
    echo "== Taggers on the conformance suite (--skip all)"
    python3 "$shared/tools/score_conformance.py" --cmd "$build/app/crosscheck tag" --skip all || true
fi
exit $status
