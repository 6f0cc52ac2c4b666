"""`claimdesk import FILE`: merge a colleague's claimdesk.export/1 file into the library.

Prints a summary (articles added, events merged, conflicts), then one line per
conflict and per skipped item. Exit 0 when everything merged cleanly, 1 when
something needs the reviewer's attention (a conflict or a skipped item), 2 when the
file was rejected (and the library left as it was).
"""

from __future__ import annotations

import argparse
import re

# Article titles and notes may carry terminal control characters: never print them raw.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def run(args: argparse.Namespace) -> int:
    """Import, then report; `ImportRejected` becomes one line on stderr via the CLI."""
    from store import Library
    from store.exchange import import_file

    library = Library.open(args.library)
    report = import_file(library, args.file, args.reviewer)
    for line in report.lines():
        print(_CONTROL_RE.sub("", line))
    return 1 if report.conflicts or report.skipped else 0
