#!/usr/bin/env bash
# Data package: export-dataset --format datapackage writes the CSV tables and a datapackage.json
# for the built-in catalog, for a dataset from kca-benchmark's generator, and for a hostile but
# valid dataset (quotes, commas, semicolons, line breaks, CJK and Cyrillic text, 500-character
# names, dates at every precision, fractional and huge amounts); the `frictionless` Python
# package validates each package (column types, the date pattern, primary keys, foreign keys)
# and must find no error. Every CSV file of the folder must be a resource of the package. A
# package with a broken foreign key must fail, so that the check is not a rubber stamp.
#
#   .ci/steps/65-datapackage.sh          (from any directory; .ci/run runs it)
#
# Installs frictionless with pip when it is missing. About a minute on 2 cores, most of it the
# release build (shared with the other release steps).
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.."

if ! python3 -c "import frictionless" 2>/dev/null; then
    echo "datapackage: installing the python package frictionless"
    python3 -m pip install --quiet --disable-pip-version-check frictionless
fi

for product in export-dataset kca-benchmark; do
    echo "datapackage: swift build -c release --product $product"
    swift build -c release --product "$product"
done
bin="$(swift build -c release --show-bin-path)"
work="$(mktemp -d)"
trap 'rm -rf -- "$work"' EXIT

# The catalog, a generated dataset of a few thousand records, and the hostile one below.
cp Sources/KoreaCentralAsiaCatalog/Resources/catalog.json "$work/catalog.json"
"$bin/kca-benchmark" generate --seed 11 --forums 4 --institutions 80 --events 2500 --editions 150 \
    --output "$work/generated.json"

# Hostile texts in every text column, and values at the edges of each column's type; the
# dataset stays valid (the export refuses one with errors, and none is forced here).
python3 - "$work/catalog.json" "$work/hostile.json" <<'PYTHON'
import json, sys
dataset = json.load(open(sys.argv[1], encoding="utf-8"))
text = 'Say "hi", then; go,\r\nnew line\nand\rCR \t<tab> \\ 한국어 텍스트 Қазақ тілі Кыргызча 中文'
for index, source in enumerate(dataset["sources"]):
    source["title"] = f"{text} #{index}"
    source["publisher"] = "," if index % 2 else '"'
    if index % 3 == 0:
        source["published"] = source.get("published", "2020")[:4]
    elif index % 3 == 1 and "published" in source:
        source["published"] = source["published"][:7]
for index, institution in enumerate(dataset["institutions"]):
    institution["name"] = text if index % 2 else "Я" * 500
    institution["affiliation"] = '""' + text
    institution["names"] = [
        {"text": "연구소, \"新\"; ", "language": "ko", "from": "2001", "until": "2001-02-03"},
        {"text": "Институт «новый»", "language": "ru"},
    ]
for forum in dataset["forums"]:
    forum["name"] = forum["id"] + ': "' + text + '"'
    for edition in forum["editions"]:
        edition["city"] = '"Nur-Sultan", Astana;\nАстана'
for index, indicator in enumerate(dataset["indicators"]):
    # A fraction, and an amount written with an exponent (9.5e+17).
    indicator["value"]["amount"] = 9.5e17 if index == 0 else indicator["value"]["amount"] + 0.25
    indicator["note"] = text
for meeting in dataset["meetings"]:
    meeting["title"] = text
for acknowledgement in dataset["acknowledgements"]:
    acknowledgement["note"] = text
for index, person in enumerate(dataset.get("persons") or []):
    person["name"] = text if index % 2 else "Ж" * 500
    person["names"] = [{"text": "이름, \"新\"; ", "language": "ko", "from": "2001"}]
for post in dataset.get("posts") or []:
    post["title"] = f"{post['id']}: {text}"
    for term in post.get("holders") or []:
        term["note"] = text
json.dump(dataset, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PYTHON

# frictionless validate, as JSON; prints each error and exits 1 when there is one.
validate() {
    frictionless validate --json "$1" >"$work/report.json" || true
    python3 - "$work/report.json" "$(dirname -- "$1")" <<'PYTHON'
import json, sys
from pathlib import Path
report = json.load(open(sys.argv[1], encoding="utf-8"))
folder = Path(sys.argv[2])
package = json.load(open(folder / "datapackage.json", encoding="utf-8"))
failures = [
    f"{task.get('name', '?')}: {error['type']}: {error['note']}"
    for task in report.get("tasks", []) for error in task.get("errors", [])
] + [f"{error['type']}: {error['note']}" for error in report.get("errors", [])]
described = {resource["path"] for resource in package["resources"]}
written = {path.name for path in folder.glob("*.csv")}
if described != written:
    failures.append(f"tables written but not described: {sorted(written - described)}, "
                    f"described but not written: {sorted(described - written)}")
keyed = sum(1 for resource in package["resources"] if "primaryKey" in resource["schema"])
references = sum(len(resource["schema"].get("foreignKeys", [])) for resource in package["resources"])
rows = sum(task.get("stats", {}).get("rows", 0) for task in report.get("tasks", []))
for failure in failures[:50]:
    print(f"  {failure}", file=sys.stderr)
if failures or not report.get("valid"):
    print(f"datapackage: {folder.name}: frictionless found {len(failures)} errors", file=sys.stderr)
    sys.exit(1)
print(f"datapackage: {folder.name}: valid ({len(described)} tables, {rows} rows, "
      f"{keyed} primary keys, {references} foreign keys)")
PYTHON
}

for name in catalog generated hostile; do
    "$bin/export-dataset" --dataset "$work/$name.json" --format datapackage --output "$work/$name"
    validate "$work/$name/datapackage.json"
    # Same dataset, same bytes.
    "$bin/export-dataset" --dataset "$work/$name.json" --format datapackage --output "$work/again" \
        >/dev/null
    diff -r "$work/$name" "$work/again"
    rm -rf -- "$work/again"
done

# Not a rubber stamp: an edition of a forum that no table defines breaks a foreign key.
cp -r "$work/catalog" "$work/broken"
python3 - "$work/broken/editions.csv" <<'PYTHON'
import sys
path = sys.argv[1]
rows = open(path, encoding="utf-8", newline="").read().split("\r\n")
rows[1] = "no-such-forum" + rows[1][rows[1].index(","):]
open(path, "w", encoding="utf-8", newline="").write("\r\n".join(rows))
PYTHON
if validate "$work/broken/datapackage.json" 2>/dev/null; then
    echo "datapackage: frictionless accepted an edition of an unknown forum" >&2
    exit 1
fi
echo "datapackage: frictionless refuses a package whose foreign key is broken"
