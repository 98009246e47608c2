#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, core only) in build-fuzz/ and runs each for
# SECONDS (default 20), two at a time. New crashing inputs land in tests/fuzz/crashes/<target>/;
# keep each as a regression seed under tests/fuzz/seeds/<target>/ once fixed.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-20}"
command -v clang++ >/dev/null || { echo "fuzz: clang++ is missing (apt-get install clang)"; exit 1; }
# -O1 -g1: sanitizer-friendly and half the compile time of -O2 -g.
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCROSSCHECK_FUZZ=ON \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" >/dev/null
cmake --build build-fuzz -j2
# Executables only: CMake's fuzz_<kind>_autogen folders sit beside them.
targets=$(find build-fuzz/tests/fuzz -maxdepth 1 -type f -executable -name 'fuzz_*' -printf '%f\n' | sort)
# Leaks inside system libraries (fontconfig under Poppler, GLib under GMime) are not ours.
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}"
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
        local execs cov
        execs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "build-fuzz/$t.log" | grep -oE '[0-9]+$' || echo '?')
        cov=$(grep -E '^#[0-9]+' "build-fuzz/$t.log" | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9a-zA-Z]+' | tail -1)
        echo "$t: $execs executions, $cov"
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
