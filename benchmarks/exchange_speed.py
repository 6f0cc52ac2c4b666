"""How long export and import take at library scale, and how replay grows with history.

Prints one table:
- export (`claimdesk.export/1` JSON) of 1,000 articles x 40 claims, wall and CPU
  seconds, split into reading the articles, building the records and writing JSON,
  next to the floor for the JSON part (`json.dumps` without indent: the C encoder);
- import of an export whose one claim has 20,000 and 40,000 status events into an
  empty library: replay is linear when doubling the events about doubles the time.

    python benchmarks/exchange_speed.py [--articles 1000] [--dir DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_speed import build_library

from store import Library
from store.exchange import ExportFilter, import_file, render_export
from store.exchange.export import (
    dumps_indented,
    export_document,
    gc_paused,
    selected_states,
)

SEED = Path(__file__).resolve().parent.parent / "seeds" / "balkans-deportations.txt"


def timed(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - wall, time.process_time() - cpu


def export_rows(root: Path, articles: int) -> list[tuple[str, float, float]]:
    build_library(root, articles, 40)
    lib = Library.open(root)
    _, wall, cpu = timed(render_export, lib, ExportFilter(), "json", "bench")
    with gc_paused():  # as render_export runs them
        states, _, load_cpu = timed(selected_states, lib, ExportFilter())
        chosen = [(s, s.claims) for s in states]
        doc, _, build_cpu = timed(export_document, chosen, ExportFilter(), "")
        _, _, dump_cpu = timed(dumps_indented, doc)
        _, _, floor_cpu = timed(json.dumps, doc, ensure_ascii=False)
        _, _, stdlib_cpu = timed(json.dumps, doc, ensure_ascii=False, indent=2)
    return [
        (f"export {articles} articles x 40 claims (total)", wall, cpu),
        ("  reading the articles", load_cpu, load_cpu),
        ("  building the records", build_cpu, build_cpu),
        ("  writing indented JSON (ours)", dump_cpu, dump_cpu),
        ("  same with json.dumps(indent=2)", stdlib_cpu, stdlib_cpu),
        ("  floor: json.dumps compact (C)", floor_cpu, floor_cpu),
    ]


def replay_rows(tmp: Path) -> list[tuple[str, float, float]]:
    ana = Library.open(tmp / "ana")
    ana.ingest(SEED.read_text("utf-8"), title="Balkans")
    base = json.loads(render_export(ana, ExportFilter(), "json", "ana"))
    rows = []
    for n in (20_000, 40_000):
        doc = json.loads(json.dumps(base))
        claim = doc["articles"][0]["claims"][0]
        old, history = "unreviewed", []
        for i in range(n):
            new = ("confirmed", "denied")[i % 2]
            at = f"2026-11-28T03:{i // 60_000:02d}:{i // 1000 % 60:02d}.{i % 1000:06d}Z"
            history.append(
                {"id": i + 1, "claim": claim["id"], "field": "status", "old": old, "new": new,
                 "reviewer": "ana", "at": at, "undoes": None}
            )  # fmt: skip
            old = new
        claim.update(history=history, status=old)
        path = tmp / f"history-{n}.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        _, wall, cpu = timed(import_file, Library.open(tmp / f"bo-{n}"), path, "bo")
        rows.append((f"import, one claim with {n:,} events", wall, cpu))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="claimdesk-exchange-", dir=args.dir))
    try:
        rows = export_rows(tmp / "library", args.articles) + replay_rows(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{'what':<48} {'wall s':>8} {'cpu s':>8}")
    for name, wall, cpu in rows:
        print(f"{name:<48} {wall:>8.2f} {cpu:>8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
