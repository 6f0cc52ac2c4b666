"""`claimdesk mark ARTICLE CLAIM STATUS [--note TEXT] [--evidence URL_OR_TEXT]`.

For scripts and bulk work: all changes to the claim go to disk in one atomic,
fsynced write, and "saved" is printed only after that write returned. If the
article is open for writing elsewhere, nothing is changed and the holder is
named and the exit code is 3 (busy: try again later). Headless.
"""

from __future__ import annotations

import argparse

from store.session import find_claim
from tui.commands.claims_cmd import open_library, writable_session


def run(args: argparse.Namespace) -> int:
    lib = open_library(args)
    article_id = lib.resolve(args.article)
    with writable_session(lib, article_id, args.reviewer) as session:
        before = len(session.state.events)
        claim = find_claim(session.state, args.claim)
        state = session.update(
            claim.id, status=args.status, note=args.note, evidence=args.evidence or ()
        )
        changed = state.events[before:]
    parts = [f"{claim.id} {state.claim(claim.id).status}"]
    fields = [e.field for e in changed]
    if "note" in fields:
        parts.append("note")
    evidence = fields.count("evidence")
    if evidence:
        parts.append(f"{evidence} evidence item" + ("s" if evidence > 1 else ""))
    suffix = "" if changed else " (no change)"
    print(f"saved: {', '.join(parts)} in article {article_id}{suffix}")
    return 0
