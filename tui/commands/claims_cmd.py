"""`claimdesk claims ARTICLE`: an article's claims with ids, status and sources.

`--format json` prints the public shape from DESIGN.md:
{"article": id, "claims": [{"id", "index", "text", "status", "sources": [names],
"countries": [codes], "note"}]} (plus "hidden" and "evidence"). Headless.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from store import ArticleSession, Library, ReadOnlyError
from store.records import ArticleState
from tui.commands.output import clean, shorten, write_json

MARKS = {"unreviewed": "·", "confirmed": "✓", "unconfirmed": "?", "denied": "✗"}


def open_library(args: argparse.Namespace) -> Library:
    """Open the library of --library/CLAIMDESK_HOME and pass on what it noticed."""
    lib = Library.open(args.library)
    for notice in lib.notices:
        print(f"claimdesk: note: {notice}", file=sys.stderr)
    return lib


@contextmanager
def writable_session(lib: Library, article_id: str, reviewer: str) -> Iterator[ArticleSession]:
    """The article's session for a change, or one clear line saying why it cannot be had."""
    with lib.session(article_id, reviewer) as session:
        if session.cleared:
            print(f"claimdesk: note: {session.cleared}", file=sys.stderr)
        if session.read_only:
            holder = session.holder or "another claimdesk process"
            if "(pid " not in holder:  # not a person holding it: the library is unwritable
                raise ReadOnlyError(
                    f"article {article_id} cannot be changed: {holder}; nothing was changed"
                )
            raise ReadOnlyError(
                f"article {article_id} is being edited by {holder}; "
                "nothing was changed, try again when it is closed"
            )
        yield session


def claims_document(state: ArticleState) -> dict[str, Any]:
    """The `claims --format json` shape."""
    return {
        "article": state.id,
        "claims": [
            {
                "id": c.id,
                "index": c.index,
                "text": c.text,
                "status": c.status,
                "sources": list(state.source_names(c)),
                "countries": list(c.countries),
                "note": c.note,
                "hidden": c.hidden,
                "evidence": [e.to_json() for e in c.evidence],
            }
            for c in state.claims
        ],
    }


def run(args: argparse.Namespace) -> int:
    lib = open_library(args)
    state = lib.load(lib.resolve(args.article))
    if args.format == "json":
        write_json(claims_document(state))
        return 0
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        out.reconfigure(errors="replace")
    progress = state.progress()
    out.write(f"{clean(state.label)}  ({state.id})\n")
    out.write(
        f"{progress.reviewed}/{progress.total} reviewed · "
        + " · ".join(f"{n} {s}" for s, n in progress.by_status.items())
        + "\n\n"
    )
    width = max(shutil.get_terminal_size((100, 24)).columns, 60)
    for claim in state.claims:
        sources = ", ".join(clean(n) for n in state.source_names(claim))
        status = "hidden" if claim.hidden else claim.status
        head = f"{claim.id:<5} {MARKS.get(claim.status, ' ')} {status:<11} "
        tail = f"  — {sources}" if sources else ""
        room = width - len(head) - len(tail) - 1
        if room < 20:
            room, tail = width - len(head) - 1, ""
        out.write(head + shorten(clean(claim.text), room) + tail + "\n")
        if claim.note:
            out.write(" " * 8 + "note: " + shorten(clean(claim.note), width - 15) + "\n")
    return 0
