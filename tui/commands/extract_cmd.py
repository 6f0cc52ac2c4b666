"""`claimdesk extract FILE|-`: print what the extractor finds; stores nothing.

JSON (the public `claimdesk.extract/1` contract) by default, or a table for a
person with `--format text`. Headless: imports neither Textual nor the store.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from extract.model import Extraction
from tui.commands.output import clean, write_json


def run(args: argparse.Namespace) -> int:
    """Read, extract, print. Errors are `InputError`s the CLI turns into one line."""
    from extract.pipeline import extract
    from extract.text import read_article

    decoded = read_article(args.file)
    if decoded.note:
        print(f"claimdesk: note: {decoded.note}", file=sys.stderr)
    extraction = extract(decoded.text)
    if getattr(args, "format", "json") == "text":
        out = sys.stdout
        if hasattr(out, "reconfigure"):
            out.reconfigure(errors="replace")
        import shutil

        width = shutil.get_terminal_size((100, 24)).columns
        write_table(extraction, out, width=max(60, min(width, 120)))
    else:
        write_json(extraction.to_json())
    return 0


def _claims(count: int) -> str:
    return f"{count} claim" if count == 1 else f"{count} claims"


def write_table(ex: Extraction, out: TextIO, width: int = 100) -> None:
    """A readable summary: claims with their sources and countries, then the indexes."""
    import textwrap  # only the table needs it; JSON output starts without it

    names = {s.id: s.name for s in ex.sources}
    info = ex.article
    title = clean(info.title) if info.title else "(untitled)"
    out.write(f"{title}\n")
    out.write(
        f"article {info.id} · {info.words} words · {len(ex.claims)} claims · "
        f"{len(ex.sources)} sources · {len(ex.countries)} countries · {len(ex.quotes)} quotes\n"
    )
    out.write("\nCLAIMS\n")
    for c in ex.claims:
        labels = []
        if c.sources:
            labels.append("source: " + ", ".join(clean(names.get(s, s)) for s in c.sources))
        if c.countries:
            labels.append("countries: " + " ".join(c.countries))
        if c.quotes:
            labels.append("quotes: " + " ".join(c.quotes))
        body = textwrap.fill(
            clean(c.text), width=width, initial_indent=f"{c.id:>5}  ", subsequent_indent=" " * 7
        )
        out.write(body + "\n")
        if labels:
            out.write(" " * 7 + " · ".join(labels) + "\n")
    if ex.sources:
        out.write("\nSOURCES\n")
        for s in ex.sources:
            aliases = f"  (also: {', '.join(clean(a) for a in s.aliases)})" if s.aliases else ""
            count = sum(1 for c in ex.claims if s.id in c.sources)
            out.write(f"{s.id:>5}  {clean(s.name)} [{s.kind}] · {_claims(count)}{aliases}\n")
    if ex.countries:
        out.write("\nCOUNTRIES\n")
        for k in ex.countries:
            count = sum(1 for c in ex.claims if k.code in c.countries)
            out.write(f"{k.code:>5}  {clean(k.name)} · {_claims(count)}\n")
    if ex.quotes:
        out.write("\nQUOTES\n")
        for q in ex.quotes:
            speaker = clean(names.get(q.speaker, q.speaker)) if q.speaker else "no speaker"
            text = clean(q.text)
            if len(text) > width - 20:
                text = text[: width - 21] + "…"
            out.write(f"{q.id:>5}  “{text}” — {speaker} ({', '.join(q.claims)})\n")
