#!/usr/bin/env bash
# API stability: compare the public API of the libraries with the last release, and fail on any
# breaking change (swift package diagnose-api-breaking-changes exits 1 on one; adding a
# defaulted parameter counts).
#
#   .ci/steps/40-api-breaking.sh          (from any directory; .ci/run runs it)
#
# The baseline is the latest release tag reachable from HEAD (`v1.2.3` or `1.2.3`) or, where a
# clone carries no tags (CI clones, the submitted branch), the 1.0.0 commit: the commit that
# added "## [1.0.0]" to CHANGELOG.md. At that commit itself, with nothing changed since, there
# is nothing to compare. Uncommitted changes are part of the comparison. The build has its own
# scratch path, .build-api/, so the normal build in .build/ is not redone.
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.."

if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "api: skipped, not a git checkout (no release tags to compare with)"
    exit 0
fi

baseline=$(git describe --tags --abbrev=0 --match 'v[0-9]*' --match '[0-9]*' 2>/dev/null || true)
if [[ -z "$baseline" ]]; then
    baseline=$(git log --format=%H -S'## [1.0.0]' -- CHANGELOG.md | tail -n 1)
    if [[ -z "$baseline" ]]; then
        echo "api: skipped, no release tag and no 1.0.0 commit in this history (a shallow clone?)"
        exit 0
    fi
    if [[ "$baseline" == "$(git rev-parse HEAD)" ]] && git diff --quiet HEAD --; then
        echo "api: HEAD is the 1.0.0 commit, unchanged: nothing to compare"
        exit 0
    fi
fi
tag=$baseline

echo "api: swift package diagnose-api-breaking-changes $tag"
if swift package --scratch-path .build-api diagnose-api-breaking-changes "$tag"; then
    echo "api: no breaking change since $tag"
else
    status=$?
    echo "api: the public API breaks compatibility with $tag (see above); keep the old API," \
        "or plan the break for the next major version and record it in CHANGELOG.md" >&2
    exit "$status"
fi
