#!/usr/bin/env python3
"""Validate a Popolo JSON document against the Popolo project's own JSON schemas, as
export-dataset --format popolo writes it.

Usage: python3 .ci/check-popolo-schemas.py FILE [SCHEMA_DIR]

SCHEMA_DIR is a folder of the project's schema files (person.json, organization.json,
membership.json, post.json, area.json, event.json and the ones they refer to, from
popolo-project/popolo-spec's schemas/); without it, $POPOLO_SCHEMAS, else
../shared/popolo-schemas beside the repository. The schemas are not part of this repository.
When the folder is missing, the check says so and passes: it cannot be run, which is not a
failure of the document.

Each object of the document's top-level lists is validated with jsonschema's Draft3Validator
(the schemas are draft 03) against its class's schema: `persons` against person.json,
`organizations` against organization.json, `memberships`, `posts`, `areas` and `events` alike.
The schemas refer to each other by their addresses (http://www.popoloproject.com/schemas/
NAME.json#); those are read from SCHEMA_DIR and nothing is fetched from the network: a
reference to any other address is an error. Formats are checked where jsonschema has a checker
for them.

.ci/check-popolo.py checks what the specification's text asks beyond the schemas (names not
empty, dates that exist, ids that name entities of the document).

Prints a summary line; exits 1 listing every problem, 2 for unusable input.
"""

import json
import os
import sys
from pathlib import Path

import jsonschema

BASE = "http://www.popoloproject.com/schemas/"
CLASSES = {
    "persons": "person",
    "organizations": "organization",
    "memberships": "membership",
    "posts": "post",
    "areas": "area",
    "events": "event",
}


def schema_folder(arguments):
    if len(arguments) > 2:
        return Path(arguments[2])
    if os.environ.get("POPOLO_SCHEMAS"):
        return Path(os.environ["POPOLO_SCHEMAS"])
    root = Path(__file__).resolve().parent.parent
    return root.parent / "shared" / "popolo-schemas"


def load_schemas(folder):
    """Every schema of the folder, by its address without the fragment."""
    schemas = {}
    for path in sorted(folder.glob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        address = schema.get("id", BASE + path.name).split("#")[0]
        jsonschema.Draft3Validator.check_schema(schema)
        schemas[address] = schema
    return schemas


def validator_factory(schemas):
    """A function from a schema to its Draft3Validator, whose references resolve to the
    folder's schemas only, and the error a reference that does not resolve raises."""
    try:
        from referencing import Registry, Resource
        from referencing.exceptions import NoSuchResource, Unresolvable
        from referencing.jsonschema import DRAFT3
    except ImportError:  # jsonschema before 4.18: a RefResolver with a store
        def refuse(uri):
            raise jsonschema.RefResolutionError(f"{uri} is not among the local Popolo schemas")

        def make_with_resolver(schema):
            resolver = jsonschema.RefResolver(
                base_uri=schema.get("id", BASE), referrer=schema, store=dict(schemas),
                handlers={scheme: refuse for scheme in ("http", "https", "file", "ftp")})
            return jsonschema.Draft3Validator(
                schema, resolver=resolver, format_checker=jsonschema.Draft3Validator.FORMAT_CHECKER)
        return make_with_resolver, jsonschema.RefResolutionError

    def retrieve(uri):
        raise NoSuchResource(ref=uri)  # never the network

    registry = Registry(retrieve=retrieve).with_resources(
        (address, Resource.from_contents(schema, default_specification=DRAFT3))
        for address, schema in schemas.items())

    def make(schema):
        return jsonschema.Draft3Validator(
            schema, registry=registry, format_checker=jsonschema.Draft3Validator.FORMAT_CHECKER)
    return make, Unresolvable


def location(parts):
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def main():
    if len(sys.argv) not in (2, 3):
        print("usage: check-popolo-schemas.py FILE [SCHEMA_DIR]", file=sys.stderr)
        return 2
    file = sys.argv[1]
    folder = schema_folder(sys.argv)
    if not folder.is_dir():
        print(f"popolo-schemas: skipped, no Popolo schemas at {folder}")
        return 0
    try:
        schemas = load_schemas(folder)
    except (OSError, ValueError, jsonschema.SchemaError) as error:
        print(f"popolo-schemas: {folder}: the schemas cannot be read: {error}", file=sys.stderr)
        return 2
    missing = [name for name in CLASSES.values() if BASE + name + ".json" not in schemas]
    if missing:
        print(f"popolo-schemas: {folder}: no schema for {', '.join(missing)}", file=sys.stderr)
        return 2
    try:
        with open(file, encoding="utf-8") as handle:
            document = json.load(handle)
    except (OSError, ValueError) as error:
        print(f"popolo-schemas: {file}: cannot be read as JSON: {error}", file=sys.stderr)
        return 2
    if not isinstance(document, dict):
        print(f"popolo-schemas: {file}: the document is not an object", file=sys.stderr)
        return 1

    make, unresolvable = validator_factory(schemas)
    problems = []
    counts = {}
    for key, name in CLASSES.items():
        records = document.get(key)
        if records is None:
            continue
        if not isinstance(records, list):
            problems.append(f"{key}: must be an array")
            continue
        validator = make(schemas[BASE + name + ".json"])
        for index, record in enumerate(records):
            try:
                errors = sorted(validator.iter_errors(record), key=lambda e: list(e.absolute_path))
            except unresolvable as error:
                problems.append(f"{key}[{index}]: a reference cannot be resolved: {error}")
                continue
            for error in errors:
                problems.append(
                    f"{key}[{index}]{location(error.absolute_path)}: {error.message} "
                    f"({name}.json: {'/'.join(str(part) for part in error.absolute_schema_path)})")
        counts[key] = len(records)
    if problems:
        print(f"popolo-schemas: {file}: {len(problems)} problem(s):", file=sys.stderr)
        for line in problems[:50]:
            print(f"  {line}", file=sys.stderr)
        return 1
    summary = ", ".join(f"{count} {key}" for key, count in counts.items() if count)
    print(f"popolo-schemas: {file}: {summary}: valid against the Popolo project's schemas "
          f"({len(schemas)} of them, draft 03, from {folder})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
