"""`claimdesk sources`: every source across the library with its track record.

Sources are grouped across articles by normalised name (see `store.sources`).
`--sort claims` (default) lists the most-cited first; `--sort denied` the highest
share of denied claims first. `--format json` prints {"sources": [{"name", "kind",
"articles", "claims", "by_status": {...}}]} (plus "key", "aliases",
"share_denied"). Headless: never imports Textual.
"""

from __future__ import annotations

import argparse
import sys

from store.sources import library_sources
from tui.commands.claims_cmd import open_library
from tui.commands.output import clean, shorten, write_json

NAME_WIDTH = 40


def run(args: argparse.Namespace) -> int:
    lib = open_library(args)
    index = library_sources(lib)
    sources = index.sources(getattr(args, "sort", "claims") or "claims")
    for problem in index.problems:
        print(f"claimdesk: warning: skipped: {problem}", file=sys.stderr)
    if args.format == "json":
        write_json({"sources": [s.to_json() for s in sources]})
        return 0
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        out.reconfigure(errors="replace")
    if not sources:
        out.write(f"no sources in {lib.path} yet: add articles with `claimdesk add FILE`\n")
        return 0
    out.write(
        f"{'SOURCE':<{NAME_WIDTH}} {'KIND':<12} {'ARTS':>4} {'CLAIMS':>6} "
        f"{'CONF':>4} {'UNCF':>4} {'DENY':>4} {'DENIED':>6}\n"
    )
    for s in sources:
        counts = s.by_status
        out.write(
            f"{shorten(clean(s.name), NAME_WIDTH):<{NAME_WIDTH}} {s.kind:<12} "
            f"{s.articles:>4} {s.claims:>6} {counts.get('confirmed', 0):>4} "
            f"{counts.get('unconfirmed', 0):>4} {counts.get('denied', 0):>4} "
            f"{s.share_denied:>6.0%}\n"
        )
    claims = sum(s.claims for s in sources)
    noun = "source" if len(sources) == 1 else "sources"
    out.write(f"\n{len(sources)} {noun} · {claims} attributed claims\n")
    return 0
