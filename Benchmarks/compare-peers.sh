#!/usr/bin/env bash
# Times validate-dataset against the two Python peers on one generated document, in one run:
# each program RUNS times in turn (round robin, so that a change of load touches all three
# alike), then the median wall time and the largest peak resident memory of each.
#
#   Benchmarks/compare-peers.sh PEERS_DIR [RUNS]
#
# PEERS_DIR holds peer_pydantic.py and peer_msgspec.py (`pip install pydantic msgspec`); the
# project does not ship them. The document is the issue's: 100 forums, 20,000 institutions,
# 400,000 membership events, 20,000 editions, seed 7, compact, written at schema version 2,
# the newest version the peers read (62 MB).
set -euo pipefail

peers=${1:?usage: Benchmarks/compare-peers.sh PEERS_DIR [RUNS]}
runs=${2:-5}
peers=$(cd "$peers" && pwd)
cd "$(dirname "$0")/.."

swift build -c release --product kca-benchmark >&2
swift build -c release --product validate-dataset >&2
bin=$(swift build -c release --show-bin-path)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
document="$work/document.json"
"$bin/kca-benchmark" generate --forums 100 --institutions 20000 --events 400000 \
    --editions 20000 --seed 7 --compact --schema-version 2 --output "$document" >&2

# One program, timed by GNU time: wall seconds and peak resident memory (KiB) into $work/time.
measure() {
    local command
    case "$1" in
        validate-dataset) command=("$bin/validate-dataset" --dataset "$document") ;;
        peer_msgspec) command=(python3 "$peers/peer_msgspec.py" "$document") ;;
        peer_pydantic) command=(python3 "$peers/peer_pydantic.py" "$document") ;;
    esac
    /usr/bin/time -f "%e %M" -o "$work/time" "${command[@]}" > /dev/null 2>&1
}

for run in $(seq "$runs"); do
    for name in validate-dataset peer_msgspec peer_pydantic; do
        # Exit status 1 is "the document has errors"; anything else is a failure.
        status=0
        measure "$name" || status=$?
        if [ "$status" -gt 1 ]; then
            echo "compare-peers: $name failed with status $status" >&2
            exit 1
        fi
        echo "$name $(cat "$work/time")" >> "$work/times"
        echo "run $run: $name $(cat "$work/time")" >&2
    done
done

python3 - "$work/times" "$(stat -c %s "$document")" <<'EOF'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
size = int(sys.argv[2])
seconds, memory = {}, {}
for name, wall, kib in rows:
    seconds.setdefault(name, []).append(float(wall))
    memory[name] = max(memory.get(name, 0), int(kib))
ours = statistics.median(seconds["validate-dataset"])
print(f"document: {size:,} bytes; {len(seconds['validate-dataset'])} runs each")
print(f"{'program':<18}{'median':>10}{'× ours':>9}{'peak memory':>14}{'× document':>12}")
for name in ["validate-dataset", "peer_msgspec", "peer_pydantic"]:
    median = statistics.median(seconds[name])
    print(f"{name:<18}{median:>9.2f}s{median / ours:>8.2f}×{memory[name] / 1024:>10.0f} MiB"
          f"{memory[name] * 1024 / size:>11.2f}×")
EOF
