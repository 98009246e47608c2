#!/usr/bin/env bash
# Installs what Crosscheck needs on Debian 12 (only the missing packages) and
# configures + builds it in build/ (BUILD_DIR=... picks another folder).
# Usage: scripts/setup.sh [extra cmake args...]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake g++ pkg-config python3 ccache qt6-base-dev qt6-charts-dev libgl1-mesa-dev
          libsqlite3-dev libgumbo-dev libuchardet-dev libgtest-dev libgmock-dev libbenchmark-dev
          libpoppler-cpp-dev libgmime-3.0-dev libzip-dev libpugixml-dev
          xvfb xauth poppler-utils fonts-noto-cjk fonts-dejavu
          clang libclang-rt-14-dev)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

build="${BUILD_DIR:-build}"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
cmake --build "$build" -j"$(nproc)"
