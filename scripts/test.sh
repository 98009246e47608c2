#!/usr/bin/env bash
# Sets everything up, builds, and runs every test (unit, UI offscreen, acceptance
# on the real binary), then prints the acceptance scores and the taggers'
# conformance table. CROSSCHECK_SANITIZE=ON scripts/test.sh builds with
# AddressSanitizer + UndefinedBehaviorSanitizer instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh -DCROSSCHECK_SANITIZE="${CROSSCHECK_SANITIZE:-OFF}" -DCROSSCHECK_BUILD_TESTS=ON

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

status=0
ctest --test-dir build -j2 --output-on-failure --timeout 900 || status=$?

shared="../shared"
if [ -d "$shared/corpus/seeds" ]; then
    echo "== Acceptance score: seed folder"
    tmp=$(mktemp -d)
    build/app/crosscheck conflicts "$shared/corpus/seeds" --project "$tmp/seeds.sqlite" \
        --format json -o "$tmp/seeds.json" || status=1
    python3 "$shared/tools/score_conflicts.py" "$tmp/seeds.json" "$shared/corpus/seeds.gold.json" \
        --gate-required --max-false-flags 0 --verbose || status=1
    echo "== Acceptance score: resources/samples/briefings"
    build/app/crosscheck conflicts resources/samples/briefings --project "$tmp/samples.sqlite" \
        --format json -o "$tmp/samples.json" || status=1
    python3 "$shared/tools/score_conflicts.py" "$tmp/samples.json" \
        resources/samples/briefings.gold.json --gate-required --max-false-flags 0 --verbose || status=1
    rm -rf "$tmp"
else
    echo "== ../shared/corpus/seeds is absent: seed scores not printed"
fi
if [ -d "$shared/conformance" ]; then
    echo "== Taggers on the conformance suite (--skip all)"
    python3 "$shared/tools/score_conformance.py" --cmd "build/app/crosscheck tag" --skip all || true
fi
exit $status
