"""SIGKILL a process at random moments while it saves marks, 200 times, and count what was lost.

After every kill: the library opens, every file in it parses, and every mark the killed
process had reported saved (a line it printed after `session.mark` returned) is in
the article's history. Three loops: a process marking through the store API (as the
app does), `claimdesk mark` killed anywhere in its run, and a process adding new
articles. Prints one table; lost must be 0 everywhere.

    python benchmarks/kill_loop.py [--kills 200] [--seed 1] [--budget 600] [--json]

DIR defaults to a temporary directory on the current disk (not tmpfs: a kill must be
able to land between a write and its fsync).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for extra in (ROOT, ROOT / "tests" / "reliability"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from rel_faults import (  # noqa: E402
    KillResult,
    kill_cli_marks,
    kill_ingests,
    kill_marks,
    make_library,
)


@dataclass
class Line:
    """One row of a reliability table: what was tried, how often, what was lost."""

    fault: str
    tried: int
    unit: str  # what `tried` counts ("kills", "runs", "marks"...)
    saved: int | None  # marks or articles reported saved across the runs (None: n/a)
    lost: int
    note: str = ""

    @property
    def ok(self) -> bool:
        return self.lost == 0


def kill_lines(kills: int, seed: int, budget: float, base: Path) -> list[Line]:
    """The three kill loops, `kills` kills each (the CLI and ingest loops a quarter)."""
    rng = random.Random(seed)
    lib, (article, _) = make_library(base / "marks")
    api = kill_marks(lib.path, article, kills, rng=rng, budget=budget)
    cli_lib, (cli_article, _) = make_library(base / "cli")
    cli = kill_cli_marks(cli_lib.path, cli_article, max(kills // 4, 1), rng=rng, budget=budget)
    ingest = kill_ingests(base / "ingest", max(kills // 4, 1), rng=rng, budget=budget)

    def line(name: str, result: KillResult, what: str) -> Line:
        note = (
            f"{result.killed_mid_run} mid-run, {result.unreported_on_disk} written but not "
            f"yet reported (allowed), {result.temps_left} temp files left, "
            f"{result.seconds:.0f} s"
        )
        if result.problems:
            note += "; PROBLEMS: " + "; ".join(result.problems[:3])
        return Line(name, result.kills, "kills", result.reported,
                    len(result.lost) + len(result.problems), note + what)

    return [
        line("SIGKILL while marking (store API, as the app)", api, ""),
        line("SIGKILL during `claimdesk mark`", cli, ""),
        line("SIGKILL while adding articles", ingest, "; saved = articles reported added"),
    ]


def print_table(lines: list[Line], title: str) -> None:
    head = ("fault or input", "tried", "saved/checked", "lost/failed", "notes")
    rows = [
        (x.fault, f"{x.tried} {x.unit}", "-" if x.saved is None else str(x.saved),
         str(x.lost) + ("" if x.ok else " !"), x.note)
        for x in lines
    ]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(4)]
    print(title)
    fmt = f"{{:<{widths[0]}}}  {{:>{widths[1]}}}  {{:>{widths[2]}}}  {{:>{widths[3]}}}  {{}}"
    print(fmt.format(*head))
    print("-" * (sum(widths) + 12))
    for row in rows:
        print(fmt.format(*row))


def markdown(lines: list[Line]) -> str:
    out = ["| fault or input | tried | saved / checked | lost or failed | notes |",
           "| --- | --- | --- | --- | --- |"]
    for x in lines:
        saved = "-" if x.saved is None else str(x.saved)
        out.append(f"| {x.fault} | {x.tried} {x.unit} | {saved} | {x.lost} | {x.note} |")
    return "\n".join(out)


def emit_json(lines: list[Line]) -> None:
    """Rows run_all.py can read: figure = lost, budget 0."""
    import json

    rows = [{"name": x.fault, "figure": x.lost, "unit": "count", "budget": 0, "kind": "max",
             "floor": None, "note": f"{x.tried} {x.unit}, {x.saved or 0} saved",
             "ratio": None, "met": x.ok} for x in lines]
    print("BENCH_JSON " + json.dumps(rows))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--budget", type=float, default=600.0, help="seconds per loop at most")
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="kill-loop-", dir=args.dir or Path.cwd()))
    started = time.monotonic()
    try:
        lines = kill_lines(args.kills, args.seed, args.budget, base)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    print_table(lines, f"kill loop: seed {args.seed}, {time.monotonic() - started:.0f} s")
    if args.markdown:
        print(markdown(lines))
    if args.json:
        emit_json(lines)
    return 0 if all(x.ok for x in lines) else 1


if __name__ == "__main__":
    sys.exit(main())
