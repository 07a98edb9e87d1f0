#!/usr/bin/env bash
# Fuzzes the library with libFuzzer and AddressSanitizer: decoding (with its DecodingLimits
# scan), validation, encoding, host planning and admission decisions, through the kca-fuzz
# target (Tests/Fuzz/FuzzTarget.swift), which aborts whenever an invariant breaks.
#
#   FUZZ_SECONDS=60 (default)  how long to fuzz; CI uses the default, by hand run it longer
#   FUZZ_CORPUS=DIR            keep the corpus libFuzzer grows in DIR (default: a temporary one)
#
# Seeds: the catalog, Tests/KoreaCentralAsiaTests/Fixtures (valid, malformed and hostile), 40
# datasets of the library's DatasetGenerator (`kca-fuzz --write-seeds`), and a dictionary of the
# interchange document's keys and values. Prints libFuzzer's final figures (executions, executions per second, coverage and features). Fails when libFuzzer finds a
# crash, a timeout or an out-of-memory input; the input is kept in .build-fuzz/artifacts/ and
# becomes a regression test (Fixtures/hostile/) with the fix.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${FUZZ_SECONDS:-60}
scratch=.build-fuzz
flags=(--scratch-path "$scratch" --product kca-fuzz
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# ld.gold warns "Cannot export local symbol '__asan_…'" by the hundred: harmless, and hidden.
echo "building kca-fuzz with -sanitize=fuzzer,address"
if ! swift build "${flags[@]}" >"$work/build.log" 2>&1; then
    grep -v 'Cannot export local symbol' "$work/build.log" | tail -n 40 >&2
    echo "error: kca-fuzz did not build" >&2
    exit 1
fi
tail -n 1 "$work/build.log"
binary="$(swift build "${flags[@]}" --show-bin-path)/kca-fuzz"
corpus=${FUZZ_CORPUS:-$work/corpus}
artifacts="$work/artifacts"
mkdir -p "$corpus" "$artifacts"

# Seeds, named after where they come from so that they do not overwrite each other.
seed() { cp "$1" "$corpus/seed-$(echo "$1" | tr '/' '_')"; }
seed Sources/KoreaCentralAsiaCatalog/Resources/catalog.json
while IFS= read -r file; do seed "$file"; done < <(
    find Tests/KoreaCentralAsiaTests/Fixtures -type f \( -name '*.json' -o -name '*.input' \) | sort)

# Valid datasets from KoreaCentralAsiaTesting's generator, so that fuzzing starts deep.
"$binary" --write-seeds "$corpus" 40

# A dictionary: every key and word of the catalog and of the fixtures that use every key of
# schema version 2 (formats, charter periods, schedules, delegations), and JSON's punctuation.
dictionary="$work/dataset.dict"
{
    grep -oh '"[A-Za-z][A-Za-z0-9.-]*"' Sources/KoreaCentralAsiaCatalog/Resources/catalog.json \
        Tests/KoreaCentralAsiaTests/Fixtures/every-entity.json \
        Tests/KoreaCentralAsiaTests/Fixtures/formats.json \
        | sort -u | sed 's/"/\\"/g; s/.*/"&"/'
    printf '%s\n' '"{"' '"}"' '"["' '"]"' '":"' '","' '"null"' '"true"' '"false"' '"\\u0000"' \
        '"-0.5e+3"' '"\\"schemaVersion\\": 1"' '"\\"schemaVersion\\": 2"'
    # Keys the catalog may not use yet: a claim on any fact.
    printf '%s\n' '"\"claims\""' '"\"property\""' '"\"note\""'
} >"$dictionary"

echo "fuzzing for ${seconds}s from $(find "$corpus" -type f | wc -l | tr -d ' ') seeds" \
    "($(wc -l <"$dictionary" | tr -d ' ') dictionary words)"
log="$work/fuzz.log"
status=0
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$binary" "$corpus" \
    -max_total_time="$seconds" -max_len=131072 -timeout=20 -rss_limit_mb=2048 \
    -detect_leaks=0 -print_final_stats=1 -dict="$dictionary" \
    -artifact_prefix="$artifacts/" >"$log" 2>&1 || status=$?

# The figures: libFuzzer's last status line (runs, coverage, features, corpus) and its final
# statistics (executions, executions per second, peak memory).
grep -E '^#[0-9]+' "$log" | tail -n 1 || true
grep -E '^(Done|stat::)' "$log" || true

found=$(find "$artifacts" -type f | sort)
if [[ $status -ne 0 || -n "$found" ]]; then
    mkdir -p "$scratch/artifacts"
    echo "error: kca-fuzz failed (exit $status); libFuzzer's report:" >&2
    grep -E -A 30 'ERROR|invariant broken|deadly signal|Fatal error|timeout|out-of-memory' "$log" \
        | head -n 60 >&2 || tail -n 40 "$log" >&2
    for file in $found; do
        cp "$file" "$scratch/artifacts/"
        echo "kept $scratch/artifacts/$(basename "$file") ($(wc -c <"$file" | tr -d ' ') bytes):" >&2
        head -c 300 "$file" | od -c | head -n 8 >&2
    done
    echo "reproduce: $binary $scratch/artifacts/<file>" >&2
    exit 1
fi
echo "fuzz: no crash in ${seconds}s"
