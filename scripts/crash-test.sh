#!/usr/bin/env bash
# Kills `crosscheck scan --rebuild` with SIGKILL N times (default 200) at random
# moments and checks after each kill that the project passes integrity_check,
# still holds the last complete scan and every review, and that the next scan
# completes: the loop of tests/acceptance/CrashSafetyTest.cpp, run longer.
#
#   scripts/crash-test.sh [N] [SEED]      (BUILD=build-xyz to use another build folder,
#                                          BRIEFINGS=150 for the folder's size)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-200}"
seed="${2:-$RANDOM}"
build="${BUILD:-build}"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" -j2 --target crosscheck CrashSafetyTest
echo "crash-test: $rounds rounds, seed $seed (rerun with: scripts/crash-test.sh $rounds $seed)"
CROSSCHECK_CRASH_ITERATIONS="$rounds" CROSSCHECK_CRASH_SEED="$seed" \
CROSSCHECK_CRASH_BRIEFINGS="${BRIEFINGS:-150}" \
    "$build/tests/acceptance/CrashSafetyTest" --gtest_filter='CrashSafety.*'
