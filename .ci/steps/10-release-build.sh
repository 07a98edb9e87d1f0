#!/usr/bin/env bash
# `swift build -c release` of the whole package (library, catalog, examples, kca-benchmark and
# kca-fuzz) must succeed: a user who builds for release, or an IDE that does, builds every
# target, and the optimiser sees code the debug build never optimises (it once crashed on the
# fuzz target). This is CI's one release build: it is in .build/, where the release binary, the
# benchmark smoke, the exports and the data package steps find it built.
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$SECONDS
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! swift build -c release >"$log" 2>&1; then
    grep -E -B 2 -A 10 'error:|swifterror|signal' "$log" | head -n 60 >&2 || tail -n 40 "$log" >&2
    echo "error: swift build -c release of the whole package failed" >&2
    exit 1
fi
if grep -E '(^|: )warning: ' "$log" >/dev/null; then
    grep -E '(^|: )warning: ' "$log" | sort -u >&2
    echo "error: the release build printed warnings" >&2
    exit 1
fi
tail -n 1 "$log"
echo "release-build: the whole package built for release in $((SECONDS - start))s"
