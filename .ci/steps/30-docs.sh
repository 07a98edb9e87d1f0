#!/usr/bin/env bash
# Documentation: build the DocC catalog into a static site with zero warnings, and fail unless
# every public symbol of the three libraries has a summary and every top-level symbol is in a
# topic group.
#
#   .ci/steps/30-docs.sh          (from any directory; .ci/run runs it)
#
# 1. `swift package dump-symbol-graph --minimum-access-level public` writes the symbol graphs of
#    every module from the debug build in .build/ (the build step's; built first when this step
#    runs alone), in seconds; only the three libraries' own graphs are handed to docc (not the
#    standard library's, the examples' nor the tests').
# 2. `docc convert Documentation/KoreaCentralAsia.docc --warnings-as-errors` builds the site
#    into .build-docs/site/, with --experimental-documentation-coverage.
# 3. documentation-coverage.json, joined with the symbol graphs, must show an abstract for every
#    public declaration of the three modules. Members that the compiler synthesises (hashValue,
#    a derived init(from:)) or that the standard library provides (!=, ...) carry no comment in
#    this repository and are not counted.
# 4. The JSON examples of the catalog must be valid against Documentation/dataset.schema.json
#    (when Python's jsonschema is installed; .ci/run installs it for its schema step).
#
# To read the site: python3 -m http.server --directory .build-docs/site 8000, then open
# http://localhost:8000/documentation/koreacentralasia
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.."

catalog=Documentation/KoreaCentralAsia.docc
scratch=.build-docs
graphs="$PWD/$scratch/symbol-graphs"  # the modules' own graphs, handed to docc
site="$PWD/$scratch/site"
modules=(KoreaCentralAsia KoreaCentralAsiaCatalog KoreaCentralAsiaExport)

find_docc() {
    if command -v docc >/dev/null 2>&1; then
        command -v docc
        return
    fi
    local swift
    swift=$(command -v swift)
    local candidate
    for candidate in "$(dirname -- "$swift")/docc" \
        "$(dirname -- "$(readlink -f -- "$swift" 2>/dev/null || echo "$swift")")/docc"; do
        if [[ -x "$candidate" ]]; then
            echo "$candidate"
            return
        fi
    done
    if command -v xcrun >/dev/null 2>&1 && xcrun --find docc >/dev/null 2>&1; then
        xcrun --find docc
        return
    fi
    echo "docs: docc not found next to swift ($swift)" >&2
    return 1
}

docc=$(find_docc)
echo "docs: swift package dump-symbol-graph --minimum-access-level public"
# Stale graphs of an earlier build would be copied too: start from an empty folder.
rm -rf -- .build/*/symbolgraph
dump=$(swift package dump-symbol-graph --minimum-access-level public 2>&1) || {
    echo "$dump" >&2
    exit 1
}
raw=$(sed -n 's/^Files written to //p' <<<"$dump" | tail -n 1)
if [[ -z "$raw" || ! -d "$raw" ]]; then
    echo "$dump" >&2
    echo "docs: dump-symbol-graph said nowhere it wrote the graphs" >&2
    exit 1
fi
for module in "${modules[@]}"; do
    if [[ ! -f "$raw/$module.symbols.json" ]]; then
        echo "docs: no symbol graph for $module in $raw" >&2
        exit 1
    fi
done

rm -rf -- "$graphs" "$site"
mkdir -p "$graphs"
for module in "${modules[@]}"; do
    cp "$raw/$module.symbols.json" "$graphs/"
    # Extensions a module declares on other modules' types: KoreaCentralAsia@Swift.symbols.json.
    for extension in "$raw/$module@"*.symbols.json; do
        [[ -e "$extension" ]] && cp "$extension" "$graphs/"
    done
done

echo "docs: docc convert $catalog --warnings-as-errors"
"$docc" convert "$catalog" \
    --additional-symbol-graph-dir "$graphs" \
    --output-path "$site" \
    --fallback-display-name KoreaCentralAsia \
    --fallback-bundle-identifier org.koreacentralasia.KoreaCentralAsia \
    --warnings-as-errors \
    --experimental-documentation-coverage \
    --coverage-summary-level brief

python3 - "$site" "$graphs" "$catalog" <<'PYTHON'
"""Checks the coverage that docc wrote; prints the figure; exits 1 on a gap."""

import json
import sys
from pathlib import Path

site, graphs, catalog = (Path(argument) for argument in sys.argv[1:4])

# Every public declaration written in this repository: a symbol with a source location.
# Symbols without one are synthesised by the compiler or inherited from the standard library.
declared = {}
for graph in sorted(graphs.glob("*.symbols.json")):
    module = graph.name.split(".symbols.json")[0].split("@")[0]
    for symbol in json.loads(graph.read_text(encoding="utf-8"))["symbols"]:
        if "location" in symbol:
            declared[symbol["identifier"]["precise"]] = (module, symbol["pathComponents"])

# docc's coverage lists pages by reference URL; the render JSON of each page gives its symbol.
symbol_of_page = {}
for page in (site / "data").rglob("*.json"):
    node = json.loads(page.read_text(encoding="utf-8"))
    identifier = node.get("identifier", {}).get("url")
    if identifier:
        symbol_of_page[identifier] = node.get("metadata", {}).get("externalID")

coverage = json.loads((site / "documentation-coverage.json").read_text(encoding="utf-8"))
counted, undocumented, uncurated, skipped = [], [], [], 0
for entry in coverage:
    kind = entry["kind"]
    if not kind.get("isSymbol"):
        continue  # groups such as "Equatable Implementations"
    reference = entry["referencePath"]
    name = reference.split("/documentation/", 1)[-1]
    if kind["id"].endswith(".module"):
        counted.append(name)
        if not entry["hasAbstract"]:
            undocumented.append(f"{name} (module: give it a page with a summary in {catalog})")
        continue
    symbol = symbol_of_page.get(reference)
    if symbol not in declared:
        skipped += 1
        continue
    counted.append(name)
    if not entry["hasAbstract"]:
        undocumented.append(name)

# A top-level symbol that no '## Topics' group names lands in a group that docc generates on
# the module's page ("Structures"); docc's own isCurated counts those, so read the pages.
for module in sorted({module for module, _ in declared.values()}):
    page = site / "data" / "documentation" / f"{module.lower()}.json"
    for section in json.loads(page.read_text(encoding="utf-8")).get("topicSections", []):
        if section.get("generated"):
            uncurated += [reference.split("/documentation/", 1)[-1]
                          for reference in section["identifiers"]]

missing_declarations = len(declared) - len([1 for page in symbol_of_page.values() if page in declared])
documented = len(counted) - len(undocumented)
percent = 100 * documented / len(counted) if counted else 0
by_module = {}
for module, _ in declared.values():
    by_module[module] = by_module.get(module, 0) + 1
print(
    f"docs: {percent:.0f}% of {len(counted)} symbols documented "
    f"({', '.join(f'{module} {count}' for module, count in sorted(by_module.items()))} "
    f"public declarations and {len(counted) - len(declared)} module pages; {skipped} members "
    "synthesised by the compiler or documented by the standard library not counted)"
)
failed = False
if undocumented:
    failed = True
    print(f"docs: {len(undocumented)} public symbols have no summary (a /// line):", file=sys.stderr)
    for name in sorted(undocumented):
        print(f"  {name}", file=sys.stderr)
if uncurated:
    failed = True
    print(
        f"docs: {len(uncurated)} top-level symbols are in no topic group; add each to a "
        f"'## Topics' group of {catalog}/KoreaCentralAsia.md "
        "(or Extensions/KoreaCentralAsiaCatalog.md, Extensions/KoreaCentralAsiaExport.md):",
        file=sys.stderr,
    )
    for name in sorted(uncurated):
        print(f"  {name}", file=sys.stderr)
if missing_declarations:
    failed = True
    print(f"docs: {missing_declarations} declarations of the symbol graphs have no page", file=sys.stderr)
if failed:
    sys.exit(1)
print("docs: every top-level symbol is in a topic group")
PYTHON

python3 - "$catalog" <<'PYTHON'
"""Validates the catalog's JSON examples against the interchange document's schema."""

import json
import re
import sys
from pathlib import Path

try:
    from jsonschema import Draft202012Validator
except ImportError:
    print("docs: JSON examples not checked against the schema (python3 -m pip install jsonschema)")
    sys.exit(0)

validator = Draft202012Validator(
    json.loads(Path("Documentation/dataset.schema.json").read_text(encoding="utf-8")))
examples, failures = 0, 0
for article in sorted(Path(sys.argv[1]).rglob("*.md")):
    text = article.read_text(encoding="utf-8")
    for match in re.finditer(r"^```json\n(.*?)^```$", text, flags=re.MULTILINE | re.DOTALL):
        examples += 1
        errors = list(validator.iter_errors(json.loads(match.group(1))))
        for error in errors:
            failures += 1
            print(f"docs: {article}: {error.json_path}: {error.message}", file=sys.stderr)
if failures:
    sys.exit(1)
print(f"docs: {examples} JSON example(s) valid against Documentation/dataset.schema.json")
PYTHON

echo "docs: site in $scratch/site (python3 -m http.server --directory $scratch/site 8000)"
