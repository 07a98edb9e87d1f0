#!/usr/bin/env bash
# API stability: compare the public API of the libraries with the latest release tag, and fail
# on any breaking change (swift package diagnose-api-breaking-changes exits 1 on one; adding a
# defaulted parameter counts). Skipped, successfully, while there is no release tag yet.
#
#   .ci/steps/40-api-breaking.sh          (from any directory; .ci/run runs it)
#
# A release tag is `v1.2.3` or `1.2.3`; the latest one reachable from HEAD is the baseline. A
# fresh clone may have no tags at all (CI clones): that is not an error. Uncommitted changes are
# part of the comparison. The build has its own scratch path, .build-api/, so the normal build
# in .build/ is not redone.
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.."

if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "api: skipped, not a git checkout (no release tags to compare with)"
    exit 0
fi

tag=$(git describe --tags --abbrev=0 --match 'v[0-9]*' --match '[0-9]*' 2>/dev/null || true)
if [[ -z "$tag" ]]; then
    echo "api: skipped, no release tag yet"
    exit 0
fi

echo "api: swift package diagnose-api-breaking-changes $tag"
if swift package --scratch-path .build-api diagnose-api-breaking-changes "$tag"; then
    echo "api: no breaking change since $tag"
else
    status=$?
    echo "api: the public API breaks compatibility with $tag (see above); keep the old API," \
        "or plan the break for the next major version and record it in CHANGELOG.md" >&2
    exit "$status"
fi
