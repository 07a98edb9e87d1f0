#!/usr/bin/env bash
# A release build of catalog-tour, copied away from its build folder, must still run: the
# catalog and the comparators are compiled into the library, so no resource bundle or file is
# needed beside it. Uses the release build of 10-release-build.sh (builds it when run alone).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product catalog-tour >/dev/null
bin=$(swift build -c release --show-bin-path)
cp "$bin/catalog-tour" "$work/"
# The build folder stays (the next steps reuse it), so prove instead that the catalog has no
# resource bundle that the copied binary could still find there: Bundle.module traps when one
# is missing, and cannot be caught.
bundles=$(find "$bin" -maxdepth 1 -name '*KoreaCentralAsiaCatalog*.resources')
if [[ -n "$bundles" ]]; then
    echo "error: the catalog library has a resource bundle, which a copied binary cannot load: $bundles" >&2
    exit 1
fi
cd "$work"
./catalog-tour >"$work/out.txt"
grep -q "Think Tank Forum" "$work/out.txt"
./catalog-tour --json >"$work/catalog.json"
grep -q '"schemaVersion" : 3' "$work/catalog.json"
# The comparators are compiled in too, and decoded only when asked for.
# (To a file: `grep -q` stops reading at the first match, and the program's next write would
# fail with SIGPIPE, which pipefail reports as the step's failure.)
./catalog-tour --comparators --json >"$work/all.json"
grep -q '"id" : "china-central-asia"' "$work/all.json"
echo "release-binary: catalog-tour ran from $work, away from its build folder"
