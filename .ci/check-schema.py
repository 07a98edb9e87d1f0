#!/usr/bin/env python3
"""Check Documentation/dataset.schema.json against the catalog and the test fixtures.

Run from the repository root. Needs the `jsonschema` package (the caller installs it:
`python3 -m pip install jsonschema`); it uses no network.

- The schema itself must be a valid draft 2020-12 schema.
- The catalog and every `*.json` under Tests/KoreaCentralAsiaTests/Fixtures/ that is not in a
  `malformed` folder must be valid.
- Every `*.json` in Tests/KoreaCentralAsiaTests/Fixtures/malformed/ must be rejected. (The
  Swift decoder must reject them too: SchemaAgreementTests checks that side.)

Prints one line per file and closes with `schema: N documents as expected, M not`; exits 1 on
any failure. (Not worded "N passed, N failed": CI reads such a line as the test count.)
"""

import json
import sys
from pathlib import Path

try:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError, best_match
except ImportError:
    print("check-schema: the python package 'jsonschema' is missing "
          "(python3 -m pip install jsonschema)", file=sys.stderr)
    sys.exit(2)

SCHEMA = Path("Documentation/dataset.schema.json")
CATALOG = Path("Sources/KoreaCentralAsiaCatalog/Resources/catalog.json")
FIXTURES = Path("Tests/KoreaCentralAsiaTests/Fixtures")
MALFORMED = FIXTURES / "malformed"


def load(path):
    with path.open(encoding="utf-8") as file:
        return json.load(file)


def first_error(validator, document):
    """The most relevant validation error, or None when the document is valid."""
    error = best_match(validator.iter_errors(document))
    if error is None:
        return None
    message = error.message if len(error.message) <= 120 else error.message[:119] + "…"
    return f"{error.json_path}: {message}"


def main():
    if not SCHEMA.is_file():
        print(f"check-schema: {SCHEMA} not found; run from the repository root", file=sys.stderr)
        return 2
    schema = load(SCHEMA)
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as error:
        print(f"FAIL {SCHEMA}: not a valid draft 2020-12 schema: {error.message}")
        print("schema: 0 documents as expected, 1 not")
        return 1
    validator = Draft202012Validator(schema)

    valid = [CATALOG] + sorted(
        path for path in FIXTURES.rglob("*.json") if "malformed" not in path.relative_to(FIXTURES).parts
    )
    malformed = sorted(MALFORMED.glob("*.json")) if MALFORMED.is_dir() else []

    passed = failed = 0

    def report(ok, path, detail):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
        print(f"{'ok  ' if ok else 'FAIL'} {path}: {detail}")

    for path in valid:
        try:
            document = load(path)
        except (OSError, ValueError) as error:
            report(False, path, f"unreadable JSON: {error}")
            continue
        error = first_error(validator, document)
        report(error is None, path, "valid" if error is None else f"expected valid; {error}")

    if not malformed:
        report(False, MALFORMED, "no malformed documents to check")
    for path in malformed:
        try:
            document = load(path)
        except (OSError, ValueError) as error:
            report(False, path, f"unreadable JSON (a malformed fixture must still be JSON): {error}")
            continue
        error = first_error(validator, document)
        report(error is not None, path,
               f"rejected at {error}" if error is not None else "expected rejection; the schema accepts it")

    print(f"schema: {passed} documents as expected, {failed} not")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
