#!/usr/bin/env bash
# Exports: export-dataset writes every format for the built-in catalog, for a dataset from
# kca-benchmark's generator, and for the catalog with hostile texts (every character each
# format must escape, 500-character names); the tools people use read them back:
# pandas.read_csv (CSV), networkx.read_graphml (GraphML), the icalendar package (iCalendar),
# and .ci/check-popolo.py, a check of the Popolo specification's required fields, types and
# date formats (Popolo JSON), then .ci/check-popolo-schemas.py, which validates every person,
# organization, membership, post, area and event against the Popolo project's own JSON schemas
# (read from ../shared/popolo-schemas or $POPOLO_SCHEMAS, never fetched; skipped when absent).
# .ci/check-exports.py compares what they read with the document.
#
#   .ci/steps/60-exports.sh          (from any directory; .ci/run runs it)
#
# Installs pandas, networkx, icalendar and jsonschema with pip when they are missing. About a minute on
# 2 cores, most of it the release build (shared with the benchmark smoke step).
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.."

missing=()
for package in pandas networkx icalendar jsonschema; do
    python3 -c "import $package" 2>/dev/null || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "exports: installing the python packages ${missing[*]}"
    python3 -m pip install --quiet --disable-pip-version-check "${missing[@]}"
fi

echo "exports: swift build -c release --product export-dataset, --product kca-benchmark"
swift build -c release --product export-dataset
swift build -c release --product kca-benchmark
bin="$(swift build -c release --show-bin-path)"

work="$(mktemp -d)"
trap 'rm -rf -- "$work"' EXIT

cp Sources/KoreaCentralAsiaCatalog/Resources/catalog.json "$work/catalog.json"
"$bin/kca-benchmark" generate --forums 3 --institutions 60 --events 3000 --editions 120 --seed 7 \
    --output "$work/generated.json"

# The catalog with hostile texts: quotes, commas, semicolons, backslashes, line breaks, markup,
# control characters, Korean and Cyrillic text, a 500-character name, names in three languages
# with dates, empty optional fields, and an edition dated only to a year.
python3 - "$work/catalog.json" "$work/hostile.json" <<'PYTHON'
import json, sys
dataset = json.load(open(sys.argv[1], encoding="utf-8"))
hostile = 'A "quoted", name; with \\ back\\slash,\r\nCRLF\nLF\rCR\ttab <b>&amp;</b> \'apos\' \x01\x1f 한국 Қазақстан 🇰🇿'
for index, institution in enumerate(dataset["institutions"]):
    institution["name"] = hostile + f" #{index}" if index % 2 == 0 else "x" * 499 + str(index % 10)
    institution["affiliation"] = hostile if index % 3 == 0 else institution.get("affiliation")
    if institution["affiliation"] is None:
        del institution["affiliation"]
    institution.pop("acronym", None) if index % 2 else institution.update(acronym="=1+2,\"")
    institution["names"] = [
        {"text": '한국 "연구소", R&D; <x> \\ \'q\'', "language": "ko"},
        {"text": "Old, \"former\"", "language": "en", "until": "2020"},
        {"text": "Институт; новый", "language": "ru", "from": "2021-03"},
    ]
for forum in dataset["forums"]:
    forum["name"] = hostile + " " + forum["id"]
    forum["names"] = [{"text": "Форум, \"мозговых\" центров", "language": "ru"}]
    for edition in forum["editions"]:
        if "city" in edition:
            edition["city"] = "Nur-Sultan, \"Astana\"; \\ <city>"
    if forum["editions"]:
        forum["editions"][-1]["date"] = forum["editions"][-1]["date"][:4]
        # An edition's date is its latest announced one: re-dated, it keeps no schedule.
        forum["editions"][-1].pop("schedule", None)
    # Claims on any fact, with hostile values and notes: CSV and Popolo must keep them intact.
    for edition in forum["editions"][:2]:
        edition["claims"] = [{"property": "city", "value": hostile, "sources": edition.get("sources") or forum["sources"],
                              "note": hostile}]
for source in dataset["sources"]:
    source["title"] = hostile
for index, person in enumerate(dataset.get("persons") or []):
    person["name"] = hostile + f" #{index}" if index % 2 == 0 else "ф" * 500
    person["names"] = [{"text": 'Имя "в кавычках"; <x> & \\ \'q\'', "language": "ru"},
                       {"text": "이름, \"한국\"", "language": "ko", "from": "2020-02"}]
for post in dataset.get("posts") or []:
    post["title"] = hostile + " " + post["id"]
    for term in post.get("holders") or []:
        term["note"] = hostile
dataset["asOf"] = "2026-11"
json.dump(dataset, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PYTHON

for name in catalog generated hostile; do
    dataset="$work/$name.json"
    out="$work/$name"
    mkdir -p "$out"
    echo "exports: $name"
    # --force: the hostile dataset's year-only edition may break the rules; it is still written.
    "$bin/export-dataset" --dataset "$dataset" --force --format csv --output "$out/csv"
    "$bin/export-dataset" --dataset "$dataset" --force --format graphml --output "$out/network.graphml"
    "$bin/export-dataset" --dataset "$dataset" --force --format ics --output "$out/editions.ics" 2>"$out/ics.stderr"
    cat "$out/ics.stderr"
    "$bin/export-dataset" --dataset "$dataset" --force --format popolo --plan-through 2035 \
        --output "$out/popolo.json"
    python3 .ci/check-exports.py "$dataset" --csv "$out/csv" --graphml "$out/network.graphml" \
        --ics "$out/editions.ics" --ics-stderr "$out/ics.stderr" --popolo "$out/popolo.json"
    python3 .ci/check-popolo.py "$out/popolo.json"
    python3 .ci/check-popolo-schemas.py "$out/popolo.json"
    # Same dataset, same bytes.
    "$bin/export-dataset" --dataset "$dataset" --force --format graphml --output - | cmp - "$out/network.graphml"
done
echo "exports: every format is the same bytes when written again"

# The Popolo check is not a rubber stamp: a date that is not a reduced ISO 8601 date fails.
sed 's/"start_date" : "\([0-9]\{4\}\)-\([0-9][0-9]\)-\([0-9][0-9]\)"/"start_date" : "\3.\2.\1"/' \
    "$work/catalog/popolo.json" >"$work/broken-popolo.json"
if python3 .ci/check-popolo.py "$work/broken-popolo.json" 2>/dev/null; then
    echo "exports: check-popolo.py accepted dates such as 30.07.2024" >&2
    exit 1
fi
echo "exports: check-popolo.py refuses a document with dates that are not ISO 8601"

# Nor is the schemas' check: a person whose name is a number, a membership dated 30.07.2024 and
# a post's source without a url break person.json, membership.json and link.json.
schemas="${POPOLO_SCHEMAS:-../shared/popolo-schemas}"
if [[ -d "$schemas" ]]; then
    python3 - "$work/catalog/popolo.json" "$work/broken-schemas.json" <<'PYTHON'
import json, sys
document = json.load(open(sys.argv[1], encoding="utf-8"))
document["persons"][0]["name"] = 42
document["memberships"][-1]["start_date"] = "30.07.2024"
document["posts"][0]["sources"] = [{"note": "a link without its url"}]
json.dump(document, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PYTHON
    if python3 .ci/check-popolo-schemas.py "$work/broken-schemas.json" 2>/dev/null; then
        echo "exports: check-popolo-schemas.py accepted a document that breaks the Popolo schemas" >&2
        exit 1
    fi
    echo "exports: check-popolo-schemas.py refuses a document that breaks the Popolo schemas"
else
    echo "exports: no Popolo schemas at $schemas: the schemas' check was skipped"
fi
