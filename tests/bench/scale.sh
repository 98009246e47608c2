#!/usr/bin/env bash
# Scale benchmark: generates N briefings with tests/bench/make_corpus, then measures with
# /usr/bin/time -v (wall time, peak memory):
#   1. the first scan (reading, extraction, detection, one transaction),
#   2. an unchanged re-scan, 3. a re-scan after editing one briefing,
#   4. `conflicts --format json` on the project, and the planted gold's score.
# usage: tests/bench/scale.sh N [WORKDIR]     (BUILD=build-int picks the build folder)
# Prints one Markdown table row per step, for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:?usage: scale.sh N [WORKDIR]}"
work="${2:-$(mktemp -d)}"
bin="${BUILD:-build}/app/crosscheck"
shared="../shared"
mkdir -p "$work"
folder="$work/corpus$n"
project="$work/corpus$n.sqlite"
rm -rf "$folder" "$folder.gold.json" "$project" "$project-wal" "$project-shm"
python3 tests/bench/make_corpus "$n" "$folder" > /dev/null
bytes=$(du -sb "$folder" | cut -f1)

measure() { # label, command...
    local label="$1"
    shift
    /usr/bin/time -v "$@" > "$work/out.txt" 2> "$work/time.txt" || {
        cat "$work/time.txt" >&2
        return 1
    }
    local wall rss user
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
    user=$(sed -n 's/.*User time (seconds): //p' "$work/time.txt")
    printf '| %s | %s | %s | %s s | %d MB |\n' "$n" "$label" "$wall" "$user" $((rss / 1024))
}

echo "corpus: $n briefings, $((bytes / 1024 / 1024)) MB, in $folder"
echo "| briefings | step | wall (m:ss) | user CPU | peak RSS |"
echo "|---|---|---|---|---|"
measure "first scan" "$bin" scan "$folder" --project "$project"
measure "re-scan, nothing changed" "$bin" scan "$folder" --project "$project"
edited=$(find "$folder" -type f -name '*.txt' | sort | sed -n 1p)
printf '\nA late correction: the board met again on Friday.\n' >> "$edited"
measure "re-scan after editing one briefing" "$bin" scan "$folder" --project "$project"
measure "conflicts --format json" "$bin" conflicts --project "$project" --format json \
    -o "$work/conflicts$n.json"
if [ -f "$shared/tools/score_conflicts.py" ]; then
    python3 "$shared/tools/score_conflicts.py" "$work/conflicts$n.json" "$folder.gold.json" \
        --gate-required --max-false-flags 0 | tail -n 3
fi
