#!/usr/bin/env bash
# Benchmark smoke test: the benchmark builds in release mode and runs at its smallest size, and
# its generator writes documents that decode and validate with no errors. No timing is checked:
# CI machines are too noisy for that (Benchmarks/README.md has the figures and how to get them).
#
#   .ci/steps/50-benchmark-smoke.sh          (from any directory; .ci/run runs it)
#
# About a minute on 2 cores, most of it the release build.
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.."

echo "benchmark: swift build -c release --product kca-benchmark"
swift build -c release --product kca-benchmark
bin="$(swift build -c release --show-bin-path)/kca-benchmark"

work="$(mktemp -d)"
trap 'rm -rf -- "$work"' EXIT

# Every workload once at the smallest size, in both output forms. The run itself checks that
# the generated document round-trips and validates, and that ForumIndex answers as Forum does.
echo "benchmark: kca-benchmark --sizes small --repetitions 1 --warmup 0"
"$bin" --sizes small --repetitions 1 --warmup 0 >"$work/table.txt"
cat "$work/table.txt"
"$bin" --sizes small --repetitions 1 --warmup 0 --json >"$work/results.json"
python3 - "$work/results.json" <<'EOF'
import json, sys
result = json.load(open(sys.argv[1]))
workloads = {row["workload"] for row in result["results"]}
assert len(result["results"]) >= 14, result["results"]
assert "decode + validate" in workloads and "bare JSONDecoder decode (floor)" in workloads
assert all(row["medianSeconds"] > 0 for row in result["results"])
print(f"benchmark: --json has {len(result['results'])} results")
EOF

# A small generated document decodes and validates with no errors, and the same seed gives the
# same bytes.
args=(--forums 3 --institutions 60 --events 3000 --editions 120 --seed 7)
echo "benchmark: kca-benchmark generate ${args[*]}"
"$bin" generate "${args[@]}" --output "$work/generated.json"
"$bin" verify "$work/generated.json"
"$bin" generate "${args[@]}" --output "$work/again.json"
cmp "$work/generated.json" "$work/again.json"
echo "benchmark: the same seed gives the same document"

# verify is not a rubber stamp: a charter that contradicts its agreement is an error (exit 1).
sed 's/"minimumRecommenders" : 1/"minimumRecommenders" : 2/' "$work/generated.json" >"$work/broken.json"
if "$bin" verify "$work/broken.json" 2>/dev/null; then
    echo "benchmark: verify accepted a document with errors" >&2
    exit 1
fi
echo "benchmark: verify refuses a document with errors"

# --schema-version 2 writes what version 2 holds, labelled version 2, for readers of version 2
# (the Python peers): no key version 3 added, and the library reads it with no errors.
"$bin" generate "${args[@]}" --compact --schema-version 2 --output "$work/version2.json"
"$bin" verify "$work/version2.json" >/dev/null
python3 - "$work/version2.json" <<'EOF2'
import json, sys
document = json.load(open(sys.argv[1]))
assert document["schemaVersion"] == 2, document["schemaVersion"]
newer = {"persons", "posts"} & document.keys()
assert not newer, newer
for source in document["sources"]:
    added = {"retrieved", "language", "quotes", "archive", "titleIsDescriptive"} & source.keys()
    assert not added, (source["id"], added)
for forum in document["forums"]:
    for edition in forum["editions"]:
        assert "chairPersons" not in edition
        for delegation in edition.get("delegations", []):
            assert not {"person", "post"} & delegation.keys(), delegation
for institution in document["institutions"]:
    assert "headPost" not in institution
for agreement in document["agreements"]:
    assert "signers" not in agreement
print("benchmark: --schema-version 2 writes a version-2 document with no key of version 3")
EOF2
