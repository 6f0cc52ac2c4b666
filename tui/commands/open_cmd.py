"""`claimdesk open FILE…`: ingest the files that are new, then review the first.

Reading and ingesting happen before the app starts, so a file that cannot be
read is one clear line on stderr and nothing opens.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def ingest_files(library_dir: str | None, files: list[str]) -> tuple[object, list[str]]:
    """Ingest each file unless the library has it; the article ids in order."""
    from extract.text import read_article
    from store import Library

    library = Library.open(library_dir)
    ids: list[str] = []
    for name in files:
        decoded = read_article(name)
        origin = name if name == "-" else str(Path(name).resolve())
        summary, new = library.ingest(decoded.text, origin=origin)
        what = "added" if new else "already in the library"
        print(f"{name}: {what} as {summary.id} ({summary.claims} claims)", file=sys.stderr)
        ids.append(summary.id)
    return library, ids


def run(args: argparse.Namespace) -> int:
    library, ids = ingest_files(args.library, args.files)

    from tui.app import ClaimdeskApp

    ClaimdeskApp(lambda: (library, ids[0]), args.reviewer).run()
    return 0
