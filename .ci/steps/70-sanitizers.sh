#!/usr/bin/env bash
# Runs the whole test suite (library, catalog, reliability and example programs, which are
# built with the same sanitizer) under AddressSanitizer, then under ThreadSanitizer, each in its
# own scratch folder so that the normal .build/ is not rebuilt.
#
#   ASan: LeakSanitizer is off (ASAN_OPTIONS=detect_leaks=0) because it reports leaks inside
#         libXCTest itself, not in this package; every other ASan error fails the step.
#   TSan: any data race fails the step (halt_on_error=1); no suppressions are needed today.
#
# Prints each run's closing lines; on failure, the sanitizer's report.
set -euo pipefail
cd "$(dirname "$0")/../.."

run() {
    local name=$1
    shift
    local log
    log=$(mktemp)
    local start=$SECONDS
    echo "$* ($name)"
    if ! "$@" >"$log" 2>&1; then
        echo "error: the tests failed under $name; the report:" >&2
        grep -E -B 2 -A 40 'ERROR: (Address|Thread)Sanitizer|WARNING: ThreadSanitizer|SUMMARY: ' \
            "$log" | head -n 120 >&2 || true
        grep -E '✘|error:|failed' "$log" | head -n 40 >&2 || true
        tail -n 20 "$log" >&2
        rm -f "$log"
        return 1
    fi
    if grep -q -E 'ERROR: AddressSanitizer|WARNING: ThreadSanitizer' "$log"; then
        echo "error: $name reported a problem although the tests passed:" >&2
        grep -E -A 40 'ERROR: AddressSanitizer|WARNING: ThreadSanitizer' "$log" | head -n 80 >&2
        rm -f "$log"
        return 1
    fi
    grep -E 'Executed [0-9]+ tests|Test run with [0-9]+ tests' "$log" | tail -n 2
    echo "$name: passed in $((SECONDS - start))s"
    rm -f "$log"
}

ASAN_OPTIONS=detect_leaks=0 run AddressSanitizer \
    swift test --sanitize=address --scratch-path .build-asan
KCA_SANITIZER=thread TSAN_OPTIONS=halt_on_error=1 run ThreadSanitizer \
    swift test --sanitize=thread --scratch-path .build-tsan
