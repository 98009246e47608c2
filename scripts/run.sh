#!/usr/bin/env bash
# Sets everything up and opens Crosscheck on the sample folder.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
folder="${1:-resources/samples/briefings}"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run: no display; starting Crosscheck under xvfb-run (offscreen)" >&2
    exec xvfb-run -a build/app/crosscheck "$folder"
fi
exec build/app/crosscheck "$folder"
