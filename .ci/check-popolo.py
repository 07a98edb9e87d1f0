#!/usr/bin/env python3
"""Check a Popolo JSON document against the Popolo specification's required fields, types and
date formats (https://www.popoloproject.com/specs/), as export-dataset --format popolo writes it.

Usage: python3 .ci/check-popolo.py FILE

Written from the specification's text, not from its schema files (.ci/check-popolo-schemas.py
validates against those):

- Person: a `name` (string, not empty); `id`, `family_name`, `given_name`, `additional_name`,
  `honorific_prefix`, `honorific_suffix`, `patronymic_name`, `sort_name`, `gender`, `summary`,
  `biography`, `national_identity` strings when present; `birth_date` and `death_date` reduced
  dates, birth not after death; other names, identifiers and links as below.
- Post: a `label` (string, not empty); `id`, `role`, `organization_id`, `area_id` strings when
  present; `start_date` / `end_date` reduced dates, start not after end; links as below.
- Organization: a `name` (string, not empty); `id`, `classification`, `parent_id`, `area_id`
  strings when present; `founding_date` and `dissolution_date` ISO 8601 reduced dates
  (YYYY, YYYY-MM or YYYY-MM-DD) that exist in the calendar, founding not after dissolution.
- Identifier objects: an `identifier` (string, not empty) and an optional `scheme` string.
- Other-name objects: a `name` (string, not empty); `start_date` / `end_date` reduced dates,
  start not after end; an optional `note` string.
- Link objects (`sources`, `links`): a `url` that is an absolute URI; an optional `note` string.
- Membership: a party (`person_id`, `person` or `member`, whose `@type` is Person or
  Organization) and an organization (`organization_id` or `organization`), or a post
  (`post_id` or `post`) through which the person holds the membership, whose organization it
  is: a post of a country is held in no organization of the document, and names its area;
  `role`, `label`, `post_id`, `area_id` strings; `start_date` / `end_date` reduced dates,
  start not after end.
- Event: a `name` and a `start_date` (a reduced date or a date-time in UTC or with an offset);
  `end_date` of the same form, not before the start; `location`, `status`, `classification`,
  `organization_id` strings.
- Area: `id` and `name` strings; identifiers as above.

And what a reader needs to join the lists: ids unique within each list, and every `parent_id`,
`organization_id`, `area_id`, `person_id`, `post_id` and member id naming an entity of the
document; a membership through a post names the post's organization, if it names one.

Prints a summary line; exits 1 listing every problem, 2 for unusable input.
"""

import datetime
import json
import re
import sys
from urllib.parse import urlparse

REDUCED_DATE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")
DATE_TIME = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}(?::[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?"
    r"(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)$")

problems = []


def problem(where, message):
    problems.append(f"{where}: {message}")


def interval(where, text):
    """The first and last day of a reduced date, or None (reporting the problem)."""
    if not isinstance(text, str):
        problem(where, f"a date must be a string, not {type(text).__name__}")
        return None
    match = REDUCED_DATE.match(text)
    if not match:
        problem(where, f"{text!r} is not an ISO 8601 reduced date (YYYY, YYYY-MM or YYYY-MM-DD)")
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        if day is not None:
            first = last = datetime.date(year, month, day)
        elif month is not None:
            first = datetime.date(year, month, 1)
            following = datetime.date(year + (month == 12), month % 12 + 1, 1)
            last = following - datetime.timedelta(days=1)
        else:
            first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    except ValueError:
        problem(where, f"{text!r} is not a date of the calendar")
        return None
    return first, last


def event_interval(where, text):
    if isinstance(text, str) and DATE_TIME.match(text):
        return interval(where, text[:10])
    return interval(where, text)


def optional_string(where, record, key):
    if key in record and record[key] is not None and not isinstance(record[key], str):
        problem(f"{where}.{key}", f"must be a string, not {type(record[key]).__name__}")


def required_string(where, record, key):
    value = record.get(key)
    if not isinstance(value, str) or not value:
        problem(f"{where}.{key}", "is required: a string that is not empty")


def ordered(where, record, start_key, end_key, parse=interval):
    start = parse(f"{where}.{start_key}", record[start_key]) if record.get(start_key) is not None else None
    end = parse(f"{where}.{end_key}", record[end_key]) if record.get(end_key) is not None else None
    # Reduced dates are intervals: only a start definitely after the end is wrong.
    if start and end and start[0] > end[1]:
        problem(where, f"{start_key} {record[start_key]} is after {end_key} {record[end_key]}")


def objects(where, value):
    if value is None:
        return []
    if not isinstance(value, list):
        problem(where, "must be an array")
        return []
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            problem(f"{where}[{index}]", "must be an object")
    return [(f"{where}[{index}]", item) for index, item in enumerate(value) if isinstance(item, dict)]


def identifiers(where, record):
    for path, identifier in objects(f"{where}.identifiers", record.get("identifiers")):
        required_string(path, identifier, "identifier")
        optional_string(path, identifier, "scheme")


def links(where, record, key):
    for path, link in objects(f"{where}.{key}", record.get(key)):
        url = link.get("url")
        parsed = urlparse(url) if isinstance(url, str) else None
        if not parsed or not parsed.scheme or not (parsed.netloc or parsed.path):
            problem(f"{path}.url", f"is required: an absolute URI, not {url!r}")
        optional_string(path, link, "note")


def other_names(where, record):
    for name_path, other in objects(f"{where}.other_names", record.get("other_names")):
        required_string(name_path, other, "name")
        optional_string(name_path, other, "note")
        ordered(name_path, other, "start_date", "end_date")


def names_entity(where, record, key, pool, kind):
    if record.get(key) is not None and record[key] not in pool:
        problem(f"{where}.{key}", f"names no {kind}: {record[key]!r}")


def check(document):
    if not isinstance(document, dict):
        problem("(document)", "must be an object")
        return {}
    lists = {}
    for key in ("persons", "organizations", "memberships", "events", "areas", "posts"):
        lists[key] = objects(key, document.get(key))
    ids = {}
    for key, records in lists.items():
        seen = set()
        for path, record in records:
            if "id" in record:
                optional_string(path, record, "id")
                if record["id"] in seen:
                    problem(path, f"id {record['id']!r} is used twice in {key}")
                seen.add(record["id"])
        ids[key] = seen

    for path, organization in lists["organizations"]:
        required_string(path, organization, "name")
        for key in ("classification", "parent_id", "area_id"):
            optional_string(path, organization, key)
        ordered(path, organization, "founding_date", "dissolution_date")
        identifiers(path, organization)
        other_names(path, organization)
        links(path, organization, "sources")
        links(path, organization, "links")
        if organization.get("parent_id") is not None and organization["parent_id"] not in ids["organizations"]:
            problem(f"{path}.parent_id", f"names no organization: {organization['parent_id']!r}")
        if organization.get("area_id") is not None and organization["area_id"] not in ids["areas"]:
            problem(f"{path}.area_id", f"names no area: {organization['area_id']!r}")

    for path, person in lists["persons"]:
        required_string(path, person, "name")
        for key in ("family_name", "given_name", "additional_name", "honorific_prefix",
                    "honorific_suffix", "patronymic_name", "sort_name", "gender", "summary",
                    "biography", "national_identity"):
            optional_string(path, person, key)
        ordered(path, person, "birth_date", "death_date")
        identifiers(path, person)
        other_names(path, person)
        links(path, person, "sources")
        links(path, person, "links")

    posts = {}
    for path, post in lists["posts"]:
        required_string(path, post, "label")
        for key in ("role", "organization_id", "area_id"):
            optional_string(path, post, key)
        ordered(path, post, "start_date", "end_date")
        links(path, post, "sources")
        links(path, post, "links")
        names_entity(path, post, "organization_id", ids["organizations"], "organization")
        names_entity(path, post, "area_id", ids["areas"], "area")
        if isinstance(post.get("id"), str):
            posts[post["id"]] = post

    for path, membership in lists["memberships"]:
        member = membership.get("member")
        if "person_id" in membership or "person" in membership:
            if "person_id" in membership:
                required_string(path, membership, "person_id")
                names_entity(path, membership, "person_id", ids["persons"], "person")
        elif isinstance(member, dict):
            kind = member.get("@type")
            if kind not in ("Person", "Organization"):
                problem(f"{path}.member.@type", f"must be Person or Organization, not {kind!r}")
            required_string(f"{path}.member", member, "id")
            pool = ids["persons"] if kind == "Person" else ids["organizations"]
            if member.get("id") not in pool:
                problem(f"{path}.member.id", f"names no {kind}: {member.get('id')!r}")
        else:
            problem(path, "has no party: person_id, person or member is required")
        through_post = "post_id" in membership or "post" in membership
        if "post_id" in membership:
            required_string(path, membership, "post_id")
            names_entity(path, membership, "post_id", ids["posts"], "post")
        if "organization_id" in membership:
            required_string(path, membership, "organization_id")
            if membership.get("organization_id") not in ids["organizations"]:
                problem(f"{path}.organization_id", f"names no organization: {membership.get('organization_id')!r}")
        elif "organization" not in membership and not through_post:
            problem(path, "has no organization: organization_id, organization or a post is required")
        post = posts.get(membership.get("post_id"))
        if post and post.get("organization_id") is not None \
                and membership.get("organization_id") != post["organization_id"]:
            problem(f"{path}.organization_id",
                    f"is {membership.get('organization_id')!r}, but its post {post['id']!r} is held in "
                    f"{post['organization_id']!r}")
        for key in ("role", "label", "area_id"):
            optional_string(path, membership, key)
        names_entity(path, membership, "area_id", ids["areas"], "area")
        ordered(path, membership, "start_date", "end_date")
        links(path, membership, "sources")

    for path, event in lists["events"]:
        required_string(path, event, "name")
        if event.get("start_date") is None:
            problem(f"{path}.start_date", "is required")
        ordered(path, event, "start_date", "end_date", parse=event_interval)
        for key in ("location", "status", "classification", "organization_id"):
            optional_string(path, event, key)
        if event.get("organization_id") is not None and event["organization_id"] not in ids["organizations"]:
            problem(f"{path}.organization_id", f"names no organization: {event['organization_id']!r}")
        links(path, event, "sources")

    for path, area in lists["areas"]:
        required_string(path, area, "id")
        required_string(path, area, "name")
        optional_string(path, area, "classification")
        identifiers(path, area)
    return {key: len(records) for key, records in lists.items()}


def main():
    if len(sys.argv) != 2:
        print("usage: check-popolo.py FILE", file=sys.stderr)
        return 2
    try:
        with open(sys.argv[1], encoding="utf-8") as file:
            document = json.load(file)
    except (OSError, ValueError) as error:
        print(f"popolo: {sys.argv[1]}: cannot be read as JSON: {error}", file=sys.stderr)
        return 2
    counts = check(document)
    if problems:
        print(f"popolo: {sys.argv[1]}: {len(problems)} problem(s):", file=sys.stderr)
        for line in problems[:50]:
            print(f"  {line}", file=sys.stderr)
        return 1
    summary = ", ".join(f"{count} {key}" for key, count in counts.items() if count)
    print(f"popolo: {sys.argv[1]}: {summary}: the required fields, types and date formats hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
