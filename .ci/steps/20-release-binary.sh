#!/usr/bin/env bash
# A release build of catalog-tour, copied away from its build folder, must still run: the
# catalog and the comparators are compiled into the library, so no resource bundle or file is
# needed beside it.
set -euo pipefail
cd "$(dirname "$0")/../.."
scratch=.build-release-check
work=$(mktemp -d)
trap 'rm -rf "$work" "$scratch"' EXIT
swift build -c release --product catalog-tour --scratch-path "$scratch" >/dev/null
cp "$(swift build -c release --product catalog-tour --scratch-path "$scratch" --show-bin-path)/catalog-tour" "$work/"
rm -rf "$scratch"
cd "$work"
./catalog-tour >"$work/out.txt"
grep -q "Think Tank Forum" "$work/out.txt"
./catalog-tour --json >"$work/catalog.json"
grep -q '"schemaVersion" : 2' "$work/catalog.json"
# The comparators are compiled in too, and decoded only when asked for.
# (To a file: `grep -q` stops reading at the first match, and the program's next write would
# fail with SIGPIPE, which pipefail reports as the step's failure.)
./catalog-tour --comparators --json >"$work/all.json"
grep -q '"id" : "china-central-asia"' "$work/all.json"
echo "release-binary: catalog-tour ran from $work with its build folder removed"
