"""Import files built to hurt, shared by the tests and the benchmark: each is applied to a
fresh copy of a library, and the outcome says whether anything changed that should not."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rel_faults import file_hashes, library_problems, make_library

from extract.errors import ClaimdeskError
from store import Library
from store.exchange import ExportFilter, ImportRejected, import_file, render_export

Doc = dict[str, Any]


@dataclass(frozen=True)
class Outcome:
    """What one import did: rejected (with why), or the report's lines."""

    kind: str  # "rejected", "error", "report"
    lines: tuple[str, ...]
    changed: bool  # the report says it changed something
    untouched: bool  # every library file byte-identical afterwards
    problems: tuple[str, ...]  # library_problems() afterwards: must be empty


def good_export(root: Path) -> Doc:
    """A reviewer's export of two articles (marks, a note and evidence on the first)."""
    lib, ids = make_library(root, 2)
    with lib.session(ids[0], "ana") as session:
        session.update("c1", status="confirmed", note="checked", evidence=["https://a.example"])
        session.mark("c2", "denied")
    return json.loads(render_export(lib, ExportFilter(), "json", "ana"))


def receiving_library(root: Path) -> Path:
    """The colleague's library: it already holds the first article, unreviewed."""
    make_library(root, 1)
    return root


def apply(template: Path, work: Path, raw: bytes) -> Outcome:
    """Import `raw` into a fresh copy of `template` at `work` and check the result."""
    shutil.copytree(template, work)
    before = file_hashes(work)
    path = work.parent / f"{work.name}.import.json"
    path.write_bytes(raw)
    try:
        report = import_file(Library.open(work), path, "bo")
        kind, lines, changed = "report", tuple(report.lines()), report.changed
    except ImportRejected as error:
        kind, lines, changed = "rejected", (str(error),), False
    except ClaimdeskError as error:
        kind, lines, changed = "error", (str(error),), False
    untouched = file_hashes(work) == before
    return Outcome(kind, lines, changed, untouched, tuple(library_problems(work)))


def _first_claim(doc: Doc) -> Doc:
    return doc["articles"][0]["claims"][0]


def _tampered_second(doc: Doc) -> None:
    doc["articles"][1]["text"] += " A sentence slipped in."


def _many_events(count: int) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        claim = _first_claim(doc)
        first = claim["history"][0]
        statuses = ("confirmed", "denied")
        claim["history"] = [
            dict(first, id=1000 + i, old=statuses[(i + 1) % 2] if i else "unreviewed",
                 new=statuses[i % 2])
            for i in range(count)
        ]
        claim["status"] = statuses[(count - 1) % 2]

    return change


def _hostile_strings(doc: Doc) -> None:
    claim = _first_claim(doc)
    for event in claim["history"]:
        event["reviewer"] = "\x1b]0;owned\x07[bold]eve[/bold]\u202e"
    note = "[@click=app.quit]x[/] \x1b[2J\x9b6n"
    claim["note"] = note
    claim["history"][1]["new"] = note


def _edit(change: Callable[[Doc], None]) -> Callable[[Doc], bytes]:
    def build(good: Doc) -> bytes:
        doc = copy.deepcopy(good)
        change(doc)
        return json.dumps(doc).encode()

    return build


def _set(*path: Any, value: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def hostile_imports(events: int = 5_000) -> dict[str, tuple[Callable[[Doc], bytes], str]]:
    """name -> (file builder, expected: "rejected" | "skipped" | "merged")."""
    return {
        "not JSON": (lambda _: b"claims: lots\x00\xff", "rejected"),
        "JSON of the wrong shape": (lambda _: b'{"articles": {"c1": "confirmed"}}', "rejected"),
        "unknown schema version": (_edit(_set("schema", value="claimdesk.export/9")), "rejected"),
        "a claim id the article does not have": (
            _edit(_set("articles", 0, "claims", 0, "id", value="c999")), "rejected"),
        "an event naming a claim that does not exist": (
            _edit(_set("articles", 0, "claims", 0, "history", 0, "claim", value="c999")),
            "rejected",
        ),
        "an article text that does not match its hash": (_edit(_tampered_second), "skipped"),
        "an article id that is not its hash": (
            _edit(_set("articles", 0, "id", value="000000000000")), "merged"),
        "a 2,000,001-character title": (
            _edit(_set("articles", 0, "title", value="x" * 2_000_001)), "rejected"),
        f"{events:,} events on one claim": (_edit(_many_events(events)), "merged"),
        "markup and escapes in reviewer and note": (_edit(_hostile_strings), "merged"),
    }


def check(outcome: Outcome, expected: str) -> list[str]:
    """What is wrong with an outcome (empty when it is what a user should get)."""
    wrong = list(outcome.problems)
    if expected == "rejected":
        if outcome.kind != "rejected":
            wrong.append(f"expected a rejection, got {outcome.kind}: {outcome.lines[0]}")
        if not outcome.untouched:
            wrong.append("a rejected import changed the library")
        if any("\n" in line for line in outcome.lines):
            wrong.append("the rejection is not one line")
    elif expected == "skipped":
        if outcome.kind != "report" or not any("skipped" in x for x in outcome.lines):
            wrong.append(f"expected a report with a skipped item, got {outcome.lines}")
    elif outcome.kind != "report" or not outcome.changed:
        wrong.append(f"expected a merge, got {outcome.kind}: {outcome.lines[0]}")
    if outcome.kind == "report" and not outcome.changed and not outcome.untouched:
        wrong.append("a report of no change, but files changed")
    return wrong
