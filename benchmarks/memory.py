"""Memory: peak RSS of the app with a 1,000-article library open.

    python benchmarks/memory.py [--articles 1000] [--quick] [--json]

The library is written directly in the store's file format by
`benchmarks/store_speed.py`'s `build_library` (1,000 synthetic articles of 40 claims;
the store reads them as its own). `claimdesk --library DIR` then runs as a user runs
it, under a pseudo-terminal (120x36): once the newest article is painted, `a` opens
the article switcher (which lists every article with its progress) and, once that is
painted, the app is stopped. Its peak resident set comes from the kernel's rusage of
the finished child (`os.wait4`, `ru_maxrss`). For context, the same is measured for
claimdesk on a one-article library and for a bare Textual app painting one line.
There is no budget in DESIGN.md: the rows are information. Shown too, on the same
library: the time the switcher takes to appear at 1,000 articles (it reads every
article's progress), and `claimdesk export` of all 1,000 articles as a whole process.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    BARE_APP,
    BARE_LINE,
    CLAIMDESK,
    PYTHON,
    PtyApp,
    Row,
    child_env,
    emit_json,
    machine,
    median,
    table,
    temp_dir,
)


def build(root: Path, articles: int) -> str:
    """A library of `articles` synthetic articles; returns the label the app will open."""
    from store_speed import build_library

    from store import Library

    build_library(root, articles)
    library = Library.open(root)
    newest = max(library.articles(), key=lambda a: (a.added_at, a.id))
    return newest.label


def peak_mib(usage_kib: int) -> float:
    """ru_maxrss is KiB on Linux (bytes on macOS)."""
    return usage_kib / (1 << 20) if sys.platform == "darwin" else usage_kib / 1024


def run_claimdesk(library: Path, label: str, articles: int) -> tuple[float, float | None]:
    """Peak RSS (MiB) after the article and then the switcher are painted; switcher time."""
    app = PtyApp([CLAIMDESK, "--library", str(library), "--reviewer", "bench"])
    try:
        (shown,) = app.wait_for([label[:20]])
        if shown is None:
            raise SystemExit(f"memory: claimdesk never showed {label!r}")
        time.sleep(0.3)  # let the first paint settle before the key
        sent = time.perf_counter()
        app.send(b"a")
        (picker,) = app.wait_for([f"Articles ({articles})"], timeout=60)
        if picker is None:
            raise SystemExit("memory: the article switcher never appeared")
        switch = picker - (sent - app.started)
        time.sleep(0.3)
    finally:
        usage = app.stop()
    return peak_mib(usage.ru_maxrss), switch


def run_bare(script: Path) -> float:
    app = PtyApp([PYTHON, str(script)])
    try:
        (shown,) = app.wait_for([BARE_LINE])
        if shown is None:
            raise SystemExit("memory: the bare app never painted")
        time.sleep(0.3)
    finally:
        usage = app.stop()
    return peak_mib(usage.ru_maxrss)


def export_all(library: Path, out: Path) -> float:
    """Wall time of `claimdesk export` of the whole library to a file (JSON)."""
    start = time.perf_counter()
    subprocess.run(
        [CLAIMDESK, "--library", str(library), "--reviewer", "bench", "export", "-o", str(out),
         "--force"],
        check=True,
        env=child_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    took = time.perf_counter() - start
    if out.stat().st_size == 0:
        raise SystemExit("memory: the export wrote nothing")
    return took


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="one run each")
    parser.add_argument("--json", action="store_true", help="end with the rows as JSON")
    args = parser.parse_args(argv)
    runs = 1 if args.quick else max(args.runs, 1)

    base = temp_dir("claimdesk-memory-")
    try:
        big_label = build(base / "big", args.articles)
        one_label = build(base / "one", 1)
        bare = base / "bare_app.py"
        bare.write_text(BARE_APP)
        big: list[float] = []
        one: list[float] = []
        bare_rss: list[float] = []
        switch: list[float] = []
        export: list[float] = []
        for _ in range(runs):
            rss, took = run_claimdesk(base / "big", big_label, args.articles)
            big.append(rss)
            if took is not None:
                switch.append(took)
            one.append(run_claimdesk(base / "one", one_label, 1)[0])
            bare_rss.append(run_bare(bare))
            export.append(export_all(base / "big", base / "export.json"))
    finally:
        shutil.rmtree(base, ignore_errors=True)

    rows = [
        Row(f"peak RSS, {args.articles}-article library + switcher", median(big), "MiB",
            None, "info", median(bare_rss), note="floor: bare Textual app"),
        Row("peak RSS, 1-article library + switcher", median(one), "MiB", None, "info",
            median(bare_rss), note="floor: bare Textual app"),
        Row(f"article switcher opens ({args.articles} articles)", median(switch), "s", None,
            "info"),
        Row(f"claimdesk export of {args.articles} articles", median(export), "s", None, "info"),
    ]
    print(f"memory: {runs} run(s) each, medians, real terminal (pty)\n  on {machine()}\n")
    print(table(rows))
    if args.json:
        emit_json(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
