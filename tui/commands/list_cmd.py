"""`claimdesk list`: the library's articles with their review progress.

`--format json` prints {"articles": [{"id", "title", "claims", "reviewed",
"by_status": {...}}]} (plus "origin", "added_at"). An article whose file is
damaged is skipped with a one-line warning; the others still list. Headless.
"""

from __future__ import annotations

import argparse
import sys

from store.records import STATUSES
from tui.commands.claims_cmd import open_library
from tui.commands.output import clean, shorten, write_json


def run(args: argparse.Namespace) -> int:
    lib = open_library(args)
    progress, problems = lib.progress_all()
    for problem in problems:
        print(f"claimdesk: warning: skipped: {problem}", file=sys.stderr)
    rows = [(s, progress[s.id]) for s in lib.articles() if s.id in progress]
    if args.format == "json":
        write_json(
            {
                "articles": [
                    {
                        "id": s.id,
                        "title": s.title,
                        **p.to_json(),
                        "origin": s.origin,
                        "added_at": s.added_at,
                    }
                    for s, p in rows
                ]
            }
        )
        return 0
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        out.reconfigure(errors="replace")
    if not rows:
        out.write(f"no articles in {lib.path} yet: add one with `claimdesk add FILE`\n")
        return 0
    out.write(f"{'ARTICLE':<13} {'REVIEWED':>9}  CONF UNCF DENY  TITLE\n")
    for summary, p in rows:
        counts = " ".join(f"{p.by_status.get(s, 0):>4}" for s in STATUSES[1:])
        done = f"{p.reviewed}/{p.total}"
        out.write(f"{summary.id:<13} {done:>9} {counts}  {shorten(clean(summary.label), 60)}\n")
    total = sum((p for _, p in rows[1:]), rows[0][1])
    noun = "article" if len(rows) == 1 else "articles"
    out.write(f"\n{len(rows)} {noun} · {total.reviewed}/{total.total} claims reviewed\n")
    return 0
