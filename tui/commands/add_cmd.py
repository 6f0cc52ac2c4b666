"""`claimdesk add FILE…`: ingest articles and say what was found.

The same text added twice is the same article: it keeps its review and is
reported as already in the library. A file that cannot be read is reported on
one line and the others are still added (exit 1). Headless.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from extract.errors import ClaimdeskError
from tui.commands.claims_cmd import open_library
from tui.commands.output import clean


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def run(args: argparse.Namespace) -> int:
    from extract.text import read_article

    lib = open_library(args)
    failed = 0
    for name in args.files:
        try:
            decoded = read_article(name)
            if decoded.note:
                print(f"claimdesk: note: {name}: {decoded.note}", file=sys.stderr)
            origin = None if name == "-" else str(Path(name).resolve())
            summary, new = lib.ingest(decoded.text, origin=origin)
            state = lib.load(summary.id)
        except ClaimdeskError as error:
            # Errors about the file name it already (read_article's do); say it once.
            where = "" if name in str(error) else f"{name}: "
            print(f"claimdesk: {where}{error}", file=sys.stderr)
            failed += 1
            continue
        found = ", ".join(
            (
                _plural(len(state.claims), "claim"),
                _plural(len(state.sources), "source"),
                _plural(len(state.countries), "country").replace("countrys", "countries"),
                _plural(len(state.quotes), "quote"),
            )
        )
        label = clean(state.label)
        if new:
            print(f"added {state.id} {label}: {found}")
        else:
            p = state.progress()
            print(
                f"already in the library: {state.id} {label}: {found} "
                f"(review kept: {p.reviewed}/{p.total} reviewed)"
            )
    return 1 if failed else 0
