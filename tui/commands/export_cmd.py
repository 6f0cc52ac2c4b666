"""`claimdesk export`: the review as claimdesk.export/1 JSON, JSON lines or ClaimReview.

Headless: imports the store, never Textual. The document goes to stdout (`-o -`, the
default) or, atomically, to `-o PATH`, which must not exist unless `--force` is given.
"""

from __future__ import annotations

import argparse
import json
import sys

from tui.commands.output import write_text


def run(args: argparse.Namespace) -> int:
    """Export what the filters choose; a user mistake is one line on stderr (exit 2)."""
    from store import Library
    from store.exchange import ExportFilter, render_export, write_export

    flt = ExportFilter(
        articles=tuple(args.article or ()),
        statuses=tuple(args.status or ()),
        sources=tuple(args.source or ()),
        countries=tuple(args.country or ()),
        query=(args.query or "").strip(),
    )
    library = Library.open(args.library)
    text = render_export(
        library,
        flt,
        args.format,
        args.reviewer,
        include_unconfirmed=args.include_unconfirmed,
    )
    output = args.output or "-"
    if output == "-":
        write_text(text)
        return 0
    path = write_export(output, text, force=args.force)
    print(f"exported {_count(text, args.format)} to {path}", file=sys.stderr)
    return 0


def _count(text: str, fmt: str) -> str:
    if fmt == "jsonl":
        return f"{len(text.splitlines())} claim(s)"
    data = json.loads(text)
    if fmt == "claimreview":
        return f"{len(data)} claim review(s)"
    claims = sum(len(article["claims"]) for article in data["articles"])
    return f"{claims} claim(s) from {len(data['articles'])} article(s)"
