#!/usr/bin/env python3
"""Read export-dataset's CSV, GraphML and iCalendar output with the tools people use, and
compare what they read with the interchange document it came from.

Usage: python3 .ci/check-exports.py DATASET.json --csv FOLDER --graphml FILE --ics FILE
                                    [--ics-stderr FILE] [--popolo FILE]

- CSV: `pandas.read_csv` reads every table with the expected columns and one row per record,
  and the texts of the data (names, titles, cities) come back exactly as the document has them.
- GraphML: `networkx.read_graphml` reads the expected nodes and edges, with the declared
  attribute types (integers as int), and the names exactly (but for the control characters
  XML 1.0 cannot hold, which become U+FFFD).
- iCalendar: the `icalendar` package parses the file and finds one event per edition dated to
  the day, with its UID, dates, status and summary (line breaks as LF, other control characters
  as U+FFFD, as TEXT values hold them); the editions dated only to a month or a
  year are the count export-dataset reported on standard error; every line is at most 75
  octets and ends in CRLF.
- Popolo (optional): one person per person, one organization per institution and forum, one
  membership per founding or admission and one per term of a post's holder (with its person,
  post, dates and acting label), a post labelled with each post's title, one event per edition
  (plus proposed ones); .ci/check-popolo.py checks the specification's fields and
  .ci/check-popolo-schemas.py the project's schemas.

The expected values are computed here from the JSON document, independently of the Swift code.
Needs pandas, networkx and icalendar (.ci/steps/60-exports.sh installs them). Exits 1 on any
mismatch, listing them.
"""

import argparse
import json
import re
import sys
from pathlib import Path

import icalendar
import networkx
import pandas

failures = []


def expect(condition, message):
    if not condition:
        failures.append(message)
    return condition


def xml_text(text):
    """A text as XML 1.0 can hold it: the control characters it forbids become U+FFFD."""
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "\ufffd", text)


def ics_text(text):
    """A text as an iCalendar TEXT value can hold it: line breaks become LF, other control
    characters (except tab) U+FFFD."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "\ufffd", text)


def ordinal_text(number):
    suffix = "th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


COLUMNS = {
    "sources": ["id", "title", "publisher", "published", "url", "note"],
    "institutions": ["id", "name", "acronym", "kind", "country", "affiliation", "parent",
                     "established", "sources", "city", "member_states", "head_post"],
    "names": ["entity", "id", "text", "language", "from", "until", "sources"],
    "identifiers": ["entity", "id", "scheme", "value"],
    "partnership_stages": ["first_country", "second_country", "level", "since", "sources"],
    "formats": ["id", "name", "partner", "group", "established", "established_by", "secretariat",
                "sources"],
    "forums": ["id", "name", "kind", "established", "established_by", "secretariat", "cadence",
               "rotation_pivot", "rotation_group", "first_edition_year", "first_edition_host",
               "minimum_recommenders", "sources", "format"],
    "charter_periods": ["forum", "position", "from_date", "from_edition", "force", "agreement",
                        "cadence", "rotation_rule", "rotation_pivot", "rotation_group",
                        "rotation_order", "pivot_years", "term_years", "level",
                        "first_edition_year", "first_edition_host", "minimum_recommenders",
                        "sources", "note"],
    "memberships": ["forum", "institution", "event", "date", "status", "recommended_by", "sources",
                    "country"],
    "editions": ["forum", "ordinal", "date", "end_date", "host", "city", "status", "mode", "level",
                 "organizers", "sources", "chairs", "guests", "margins_of", "adopted",
                 "chair_persons"],
    "schedules": ["forum", "ordinal", "position", "announced", "date", "end_date", "sources"],
    "delegations": ["forum", "ordinal", "country", "head", "title", "level", "sources", "person",
                    "post"],
    "agreements": ["id", "title", "kind", "date", "city", "country", "signatories", "countries",
                   "establishes", "sources", "signers"],
    "provisions": ["agreement", "position", "provision", "cadence", "pivot", "group", "year",
                   "host", "minimum_recommenders", "text"],
    "meetings": ["id", "title", "date", "end_date", "city", "country", "host", "participants",
                 "countries", "forum", "topics", "sources"],
    "indicators": ["id", "measure", "between", "and", "year", "amount", "currency", "bound",
                   "note", "sources"],
    "initiatives": ["id", "name", "country", "announced", "city", "place_country", "parent",
                    "sources"],
    "persons": ["id", "name", "sources"],
    "posts": ["id", "title", "country", "institution", "single", "sources"],
    "post_holders": ["post", "person", "from", "to", "acting", "sources", "note"],
    "acknowledgements": ["code", "subject", "note", "sources"],
    "claims": ["entity", "position", "property", "value", "preferred_value", "compatible",
               "sources", "note"],
}


def claims_in_order(dataset):
    """Every claim on any fact, in the order of Dataset.disputes."""
    claims = [c for i in dataset["institutions"] for c in i.get("claims") or []]
    claims += [c for p in dataset["partnerships"] for s in p["stages"] for c in s.get("claims") or []]
    claims += [c for f in dataset.get("formats") or [] for c in f.get("claims") or []]
    for forum in dataset["forums"]:
        claims += forum.get("claims") or []
        claims += [c for e in forum["membership"] for c in e.get("claims") or []]
        claims += [c for e in forum["editions"] for c in e.get("claims") or []]
    for key in ("agreements", "meetings"):
        claims += [c for x in dataset[key] for c in x.get("claims") or []]
    return claims


def check_csv(dataset, folder):
    forums = dataset["forums"]
    rows = {
        "sources": dataset["sources"],
        "institutions": dataset["institutions"],
        "names": [n for key in ("institutions", "forums", "agreements", "initiatives", "persons")
                  for x in dataset.get(key) or [] for n in x.get("names") or []],
        "identifiers": [i for key in ("institutions", "forums", "persons")
                        for x in dataset.get(key) or [] for i in x.get("identifiers") or []],
        "partnership_stages": [s for p in dataset["partnerships"] for s in p["stages"]],
        "formats": dataset.get("formats") or [],
        "forums": forums,
        "charter_periods": [p for f in forums
                            for p in (f.get("charters") or ([f["charter"]] if f.get("charter") else []))],
        "memberships": [e for f in forums for e in f["membership"]],
        "editions": [e for f in forums for e in f["editions"]],
        "schedules": [a for f in forums for e in f["editions"] for a in e.get("schedule") or []],
        "delegations": [d for f in forums for e in f["editions"] for d in e.get("delegations") or []],
        "agreements": dataset["agreements"],
        "provisions": [p for a in dataset["agreements"] for p in a.get("provisions") or []],
        "meetings": dataset["meetings"],
        "indicators": dataset["indicators"],
        "initiatives": dataset.get("initiatives") or [],
        "persons": dataset.get("persons") or [],
        "posts": dataset.get("posts") or [],
        "post_holders": [t for p in dataset.get("posts") or [] for t in p.get("holders") or []],
        "acknowledgements": dataset.get("acknowledgements") or [],
        "claims": claims_in_order(dataset),
    }
    texts = {  # columns whose every cell must come back exactly as the document has it
        "sources": [("id", "id"), ("title", "title"), ("publisher", "publisher")],
        "institutions": [("id", "id"), ("name", "name"), ("acronym", "acronym"),
                         ("affiliation", "affiliation")],
        "forums": [("id", "id"), ("name", "name")],
        "names": [("text", "text"), ("language", "language"), ("from", "from"), ("until", "until")],
        "editions": [("date", "date"), ("city", "city")],
        "memberships": [("institution", "institution"), ("date", "date"), ("country", "country")],
        "formats": [("id", "id"), ("name", "name")],
        "delegations": [("head", "head"), ("title", "title"), ("person", "person"),
                        ("post", "post")],
        "persons": [("id", "id"), ("name", "name")],
        "posts": [("id", "id"), ("title", "title"), ("country", "country"),
                  ("institution", "institution")],
        "post_holders": [("person", "person"), ("from", "from"), ("to", "to"), ("note", "note")],
        "meetings": [("title", "title")],
        "agreements": [("title", "title")],
        "initiatives": [("name", "name")],
        "claims": [("property", "property"), ("note", "note")],
    }
    total = 0
    for name, columns in COLUMNS.items():
        path = Path(folder) / f"{name}.csv"
        raw = path.read_bytes()
        expect(raw.endswith(b"\r\n"), f"csv {name}: the last line does not end in CRLF")
        # Every text as a string, and an empty field as "", not NaN: pandas would otherwise
        # read a name such as "NA" as missing.
        table = pandas.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
        expect(list(table.columns) == columns, f"csv {name}: columns {list(table.columns)}, expected {columns}")
        expect(len(table) == len(rows[name]), f"csv {name}: {len(table)} rows, expected {len(rows[name])}")
        total += len(table)
        for column, key in texts.get(name, []):
            expected = [record.get(key) or "" for record in rows[name]]
            actual = list(table[column]) if column in table else []
            if not expect(actual == expected, f"csv {name}.{column}: the texts differ from the document"):
                for got, want in zip(actual, expected):
                    if got != want:
                        failures.append(f"  first difference: {got!r} != {want!r}")
                        break
    booleans = [("posts", "single", [p.get("single", True) for p in rows["posts"]]),
                ("post_holders", "acting", [t.get("acting", False) for t in rows["post_holders"]])]
    for name, column, values in booleans:
        table = pandas.read_csv(Path(folder) / f"{name}.csv", dtype=str, keep_default_na=False)
        expected = ["true" if value else "false" for value in values]
        expect(list(table[column]) == expected, f"csv {name}.{column}: not the document's true and false")
    if "editions" in rows and rows["editions"]:
        table = pandas.read_csv(Path(folder) / "editions.csv", keep_default_na=False)
        expect(str(table["ordinal"].dtype).startswith("int"), "csv editions.ordinal is not read as integers")
    print(f"csv: pandas.read_csv read {len(COLUMNS)} tables, {total} rows, with the expected columns and texts")


def check_graphml(dataset, path):
    graph = networkx.read_graphml(path)
    institutions = {i["id"]: i for i in dataset["institutions"]}
    forums = {f["id"]: f for f in dataset["forums"]}
    countries = {i["country"] for i in dataset["institutions"]}
    countries |= {e["host"] for f in dataset["forums"] for e in f["editions"]}
    countries |= {c for p in dataset["partnerships"] for c in p["countries"]}
    countries |= {e["country"] for f in dataset["forums"] for e in f["membership"] if e.get("country")}
    formats = {f["id"]: f for f in dataset.get("formats") or []}
    for fmt in formats.values():
        if isinstance(fmt["partner"], str):
            countries.add(fmt["partner"])
        countries |= set(fmt.get("group") or ["KZ", "KG", "TJ", "TM", "UZ"])
    expected_nodes = {f"country:{c}" for c in countries} | {f"institution:{i}" for i in institutions} | {f"forum:{f}" for f in forums}
    expected_nodes |= {f"format:{f}" for f in formats}
    persons = {p["id"]: p for p in dataset.get("persons") or []}
    posts = dataset.get("posts") or []
    expected_nodes |= {f"country:{p['country']}" for p in posts if p.get("country")}
    expected_nodes |= {f"person:{p}" for p in persons}
    expect(set(graph.nodes) == expected_nodes,
           f"graphml: nodes differ: missing {sorted(expected_nodes - set(graph.nodes))[:5]}, extra {sorted(set(graph.nodes) - expected_nodes)[:5]}")
    edges = len(dataset["institutions"])  # based_in
    edges += sum(1 for i in dataset["institutions"] if i.get("parent") in institutions)
    for fmt in formats.values():  # the partner's edge
        partner = fmt["partner"]
        edges += 1 if isinstance(partner, str) or partner["institution"] in institutions else 0
    for forum in dataset["forums"]:
        edges += 1 if forum.get("format") in formats else 0  # track_of
        edges += len({e["host"] for e in forum["editions"] if e.get("status", "held") != "cancelled"})
        for event in forum["membership"]:
            if event.get("country"):
                edges += 1 if event["event"] != "withdrew" else 0
                continue
            if event["institution"] not in institutions:
                continue
            if event["event"] != "withdrew":
                edges += 1
            edges += sum(1 for r in event.get("recommendedBy") or [] if r in institutions)
    for post in posts:  # held_post: a term whose person and owner are nodes
        if post.get("country") or post.get("institution") in institutions:
            edges += sum(1 for t in post.get("holders") or [] if t["person"] in persons)
    edges += sum(1 for f in dataset["forums"] for e in f["editions"]  # led_delegation
                 for d in e.get("delegations") or [] if d.get("person") in persons)
    expect(graph.number_of_edges() == edges, f"graphml: {graph.number_of_edges()} edges, expected {edges}")
    for identifier, person in persons.items():
        node = graph.nodes.get(f"person:{identifier}", {})
        expect(node.get("type") == "person" and node.get("name") == xml_text(person["name"]),
               f"graphml: person {identifier} is {node!r}")
    for identifier, institution in institutions.items():
        node = graph.nodes.get(f"institution:{identifier}", {})
        expect(node.get("name") == xml_text(institution["name"]), f"graphml: the name of {identifier} is {node.get('name')!r}")
        for name in institution.get("names") or []:
            if not name.get("from") and not name.get("until"):
                key = "name_" + name["language"]
                expect(key in node, f"graphml: {identifier} has no {key}")
    for identifier, forum in forums.items():
        node = graph.nodes.get(f"forum:{identifier}", {})
        count = node.get("edition_count")
        expect(type(count) is int and count == len(forum["editions"]),
               f"graphml: forum {identifier} edition_count {count!r} ({type(count).__name__}), expected int {len(forum['editions'])}")
    kinds = {}
    for _, _, data in graph.edges(data=True):
        kinds[data.get("relation")] = kinds.get(data.get("relation"), 0) + 1
        if data.get("relation") == "membership":
            expect(data.get("status") in ("member", "participant"), f"graphml: a membership edge has status {data.get('status')!r}")
            expect(re.match(r"^\d{4}(-\d{2}){0,2}$", data.get("start_date", "")), "graphml: a membership edge has no start_date")
        if data.get("relation") == "hosted":
            expect(type(data.get("hosted_count")) is int, "graphml: hosted_count is not read as an int")
        if data.get("relation") == "held_post":
            expect(type(data.get("acting")) is bool, "graphml: acting is not read as a bool")
        if data.get("relation") == "led_delegation":
            expect(type(data.get("edition")) is int, "graphml: edition is not read as an int")
    summary = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items(), key=lambda item: str(item[0])))
    print(f"graphml: networkx.read_graphml read {graph.number_of_nodes()} nodes and {graph.number_of_edges()} edges ({summary}) with typed attributes")


def check_ics(dataset, path, stderr_path):
    raw = Path(path).read_bytes()
    lines = raw.split(b"\r\n")
    expect(lines[-1] == b"", "ics: the file does not end in CRLF")
    expect(all(b"\n" not in line and b"\r" not in line for line in lines), "ics: a line break that is not CRLF")
    long = [line for line in lines if len(line) > 75]
    expect(not long, f"ics: {len(long)} lines longer than 75 octets")
    for line in lines:  # a fold must not split a UTF-8 character: every line decodes alone
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            failures.append(f"ics: a folded line splits a UTF-8 character: {line[:40]!r}")
            break
    calendar = icalendar.Calendar.from_ical(raw)
    events = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
    statuses = {"held": "CONFIRMED", "planned": "TENTATIVE", "cancelled": "CANCELLED"}
    dated, omitted = 0, 0
    for forum in dataset["forums"]:
        for edition in forum["editions"]:
            if len(edition["date"]) != 10:
                omitted += 1
                continue
            dated += 1
            uid = f"{forum['id']}/editions/{edition['ordinal']}"
            event = events.get(uid)
            if not expect(event is not None, f"ics: no event {uid}"):
                continue
            expect(event.decoded("DTSTART").isoformat() == edition["date"],
                   f"ics: {uid} starts {event.decoded('DTSTART')}, expected {edition['date']}")
            expect(str(event["STATUS"]) == statuses[edition.get("status", "held")],
                   f"ics: {uid} status {event['STATUS']}, expected {statuses[edition.get('status', 'held')]}")
            summary = ics_text(f"{forum['name']}, {ordinal_text(edition['ordinal'])} edition")
            expect(str(event["SUMMARY"]) == summary, f"ics: {uid} summary {str(event['SUMMARY'])!r}, expected {summary!r}")
            if edition.get("city"):
                expect(str(event["LOCATION"]).startswith(ics_text(edition["city"]) + ", "),
                       f"ics: {uid} location {str(event['LOCATION'])!r} does not start with the city")
            expect(event.decoded("DTEND") > event.decoded("DTSTART"), f"ics: {uid} ends before it starts")
    expect(len(events) == dated, f"ics: {len(events)} events, expected {dated}")
    # DTSTAMP: the record's date, else its latest source's, at midnight UTC; never the clock.
    published = [s["published"] for s in dataset["sources"] if s.get("published")]
    stamp = dataset.get("asOf") or max(published, key=lambda d: (d + "-01-01")[:10], default="1970")
    expected_stamp = (stamp + "-01-01"[len(stamp) - 4:])[:10].replace("-", "") + "T000000Z"
    stamps = {event["DTSTAMP"].to_ical().decode() for event in events.values()}
    expect(stamps <= {expected_stamp}, f"ics: DTSTAMP {sorted(stamps)}, expected {expected_stamp}")
    if stderr_path is not None:
        reported = Path(stderr_path).read_text(encoding="utf-8")
        match = re.search(r"(\d+) left out: editions dated only to a month or a year", reported)
        count = int(match.group(1)) if match else 0
        expect(count == omitted, f"ics: export-dataset reported {count} editions left out, expected {omitted}")
    print(f"ics: icalendar parsed {len(events)} events, one per edition dated to the day, with their dates, statuses and summaries; {omitted} left out and reported")


def check_popolo(dataset, path, plan):
    document = json.loads(Path(path).read_text(encoding="utf-8"))
    member_states = {e["country"] for f in dataset["forums"] for e in f["membership"] if e.get("country")}
    organizations = (len(dataset["institutions"]) + len(dataset["forums"])
                     + len(dataset.get("formats") or []) + len(member_states))
    memberships = sum(1 for f in dataset["forums"] for e in f["membership"] if e["event"] != "withdrew")
    terms = [(p, t) for p in dataset.get("posts") or [] for t in p.get("holders") or []]
    memberships += len(terms)
    persons = dataset.get("persons") or []
    expect(len(document.get("persons", [])) == len(persons), f"popolo: {len(document.get('persons', []))} persons, expected {len(persons)}")
    expect([p["label"] for p in document.get("posts", [])] == [p["title"] for p in dataset.get("posts") or []],
           "popolo: the posts' labels are not the posts' titles")
    held = [m for m in document["memberships"] if "post_id" in m]
    expected_held = [(p["id"], t["person"], t.get("from"), t.get("to"), "acting" if t.get("acting") else None)
                     for p, t in terms]
    actual_held = [(m["post_id"], m["person_id"], m.get("start_date"), m.get("end_date"), m.get("label"))
                   for m in held]
    expect(actual_held == expected_held, "popolo: the memberships through posts are not the posts' terms")
    editions = sum(len(f["editions"]) for f in dataset["forums"])
    expect(len(document["organizations"]) == organizations, f"popolo: {len(document['organizations'])} organizations, expected {organizations}")
    expect(len(document["memberships"]) == memberships, f"popolo: {len(document['memberships'])} memberships, expected {memberships}")
    recorded = [e for e in document["events"] if e.get("status") != "proposed"]
    expect(len(recorded) == editions, f"popolo: {len(recorded)} recorded events, expected {editions}")
    by_id = {o["id"]: o for o in document["organizations"]}
    by_id.update({p["id"]: p for p in document.get("persons", [])})
    for key in ("institutions", "forums", "persons"):
        for entity in dataset.get(key) or []:
            langs = [n.get("lang") for n in by_id.get(entity["id"], {}).get("other_names") or [] if n.get("lang")]
            expected = [n["language"] for n in entity.get("names") or []]
            expect(langs == expected, f"popolo: {entity['id']} other_names languages {langs}, expected {expected}")
    proposed = len(document["events"]) - len(recorded)
    print(f"popolo: {len(persons)} persons, {organizations} organizations, {memberships} memberships "
          f"({len(terms)} of them terms in posts), {editions} events and {proposed} proposed, as the document holds")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dataset")
    parser.add_argument("--csv")
    parser.add_argument("--graphml")
    parser.add_argument("--ics")
    parser.add_argument("--ics-stderr")
    parser.add_argument("--popolo")
    arguments = parser.parse_args()
    dataset = json.loads(Path(arguments.dataset).read_text(encoding="utf-8"))
    if arguments.csv:
        check_csv(dataset, arguments.csv)
    if arguments.graphml:
        check_graphml(dataset, arguments.graphml)
    if arguments.ics:
        check_ics(dataset, arguments.ics, arguments.ics_stderr)
    if arguments.popolo:
        check_popolo(dataset, arguments.popolo, plan=None)
    if failures:
        print(f"exports: {len(failures)} mismatch(es):", file=sys.stderr)
        for failure in failures[:50]:
            print(f"  {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
