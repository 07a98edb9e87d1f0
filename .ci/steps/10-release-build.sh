#!/usr/bin/env bash
# `swift build -c release` of the whole package (library, catalog, examples, kca-benchmark,
# kca-fuzz and the test targets' sources) must succeed: a user who builds for release, or an
# IDE that does, builds every target, and the optimiser sees code the debug build never
# optimises (it once crashed on the fuzz target). Builds in .build-release-check/, which the
# next step (20-release-binary.sh) reuses for catalog-tour and then removes.
set -euo pipefail
cd "$(dirname "$0")/../.."
scratch=.build-release-check
start=$SECONDS
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! swift build -c release --scratch-path "$scratch" >"$log" 2>&1; then
    grep -E -B 2 -A 10 'error:|swifterror|signal' "$log" | head -n 60 >&2 || tail -n 40 "$log" >&2
    echo "error: swift build -c release of the whole package failed" >&2
    exit 1
fi
tail -n 1 "$log"
echo "release-build: the whole package built for release in $((SECONDS - start))s"
