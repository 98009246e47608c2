#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, core only) in build-fuzz/ and runs each for
# SECONDS (default 20), two at a time. New crashing inputs land in tests/fuzz/crashes/<target>/;
# keep each as a regression seed under tests/fuzz/seeds/<target>/ once fixed.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-20}"
command -v clang++ >/dev/null || { echo "fuzz: clang++ is missing (apt-get install clang)"; exit 1; }
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCROSSCHECK_FUZZ=ON >/dev/null
cmake --build build-fuzz -j2
targets=$(ls build-fuzz/tests/fuzz/ | grep '^fuzz_' | grep -v '\.' || true)
status=0
run_one() {
    local t="$1"
    local seeds="tests/fuzz/seeds/${t#fuzz_}"
    local corpus="build-fuzz/corpus/${t#fuzz_}"
    local crashes="tests/fuzz/crashes/${t#fuzz_}"
    mkdir -p "$corpus" "$crashes"
    [ -d "$seeds" ] || seeds=""
    if build-fuzz/tests/fuzz/"$t" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix="$crashes/" -print_final_stats=1 \
        "$corpus" $seeds >"build-fuzz/$t.log" 2>&1; then
        echo "$t: $(grep -E 'stat::number_of_executed_units|cov:' "build-fuzz/$t.log" | tail -1)"
    else
        echo "$t: FAILED (see build-fuzz/$t.log and $crashes/)"
        return 1
    fi
}
set +e
pids=()
for t in $targets; do
    run_one "$t" &
    pids+=($!)
    if ((${#pids[@]} == 2)); then
        wait "${pids[0]}" || status=1
        pids=("${pids[1]}")
    fi
done
for p in "${pids[@]}"; do wait "$p" || status=1; done
exit $status
