"""Run every benchmark and print one table: budget, figure, floor, ratio, met or missed.

    python benchmarks/run_all.py [--quick] [--only NAME ...] [--quiet] [--markdown]

Runs, each as its own process (so one's imports and caches never help another):
startup.py, review_keys.py, memory.py (PERF), store_speed.py (STORE),
extract_speed.py and accuracy.py on ../shared/gold (EXTRACT-CORE). Each script's own
table is printed as it finishes (unless --quiet), then the combined table. `--quick`
asks each for a short run. Exit status 1 if any budget was missed or a script failed.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import GOLD, PYTHON, ROOT, Row, machine, markdown, rows_from_output, table

HERE = Path(__file__).resolve().parent


def store_rows(out: str) -> list[Row]:
    """store_speed.py --json ends with one JSON object of ratios and seconds."""
    line = next(x for x in reversed(out.splitlines()) if x.startswith("{"))
    data = json.loads(line)
    rows = [  # store_speed budgets the 40-claim articles; its 2,000-claim row is information
        Row(f"mark-to-durable p95 / fsync floor ({key.split(' p95')[0]})", value, "x", 2.0,
            "info" if "claims" in key else "max")
        for key, value in data.items()
        if key.endswith("p95/floor")
    ]
    articles = next((k.split()[0] for k in data if k.endswith("articles p95/floor")), "1000")
    rows += [
        Row(f"mark flatness p95 ({articles} vs 1 article)", data["flat_p95"], "x", 1.5),
        Row(f"mark flatness median ({articles} vs 1 article)", data["flat_median"], "x", 1.5),
        Row(f"library open ({articles} articles)", data["open_s"], "s", 0.5),
        Row("search call, 2,000 claims (store)", data["search_s"], "s", 0.002),
    ]
    return rows


EXTRACT_TOTAL = re.compile(r"^\s*total\s+([\d.]+)\s+[\d.]+%\s+([\d,]+)", re.M)
EXTRACT_STAGE = re.compile(r"^\s*(\w+)\s+([\d.]+)\s+([\d.]+)%\s+[\d,]+\s*$", re.M)


def extract_rows(out: str) -> list[Row]:
    """extract_speed.py prints a stage table ending in a `total` row of words/s."""
    match = EXTRACT_TOTAL.search(out)
    if match is None:
        raise ValueError("no total row in extract_speed's output")
    stages = sorted(
        ((float(share), name) for name, _, share in EXTRACT_STAGE.findall(out)), reverse=True
    )
    note = ", ".join(f"{name} {share:.0f}%" for share, name in stages[:2])
    return [Row("extraction speed (one core)", float(match.group(2).replace(",", "")),
                "words/s", 50_000, "min", note=note)]


def accuracy_rows(out: str) -> list[Row]:
    """accuracy.py --json: figures per gold article and "overall"; targets from the script."""
    from accuracy import TARGETS

    overall = json.loads(out)["overall"]
    return [Row(f"accuracy {key} (gold)", overall[key], "score", target, "min")
            for key, target in TARGETS.items()]


@dataclass
class Bench:
    name: str
    args: list[str]
    quick: list[str]
    parse: Callable[[str], list[Row]] | None = None  # None: the script prints BENCH_JSON


BENCHES = [
    Bench("startup", ["startup.py", "--json"], ["--quick"]),
    Bench("review_keys", ["review_keys.py", "--json"], ["--quick"]),
    Bench("memory", ["memory.py", "--json"], ["--quick"]),
    Bench("store_speed", ["store_speed.py", "--json"], ["--marks", "60"], store_rows),
    Bench("extract_speed", ["extract_speed.py"], ["--repeat", "1"], extract_rows),
    Bench("accuracy", ["accuracy.py", str(GOLD), "--json"], [], accuracy_rows),
]


def run(bench: Bench, quick: bool, quiet: bool) -> tuple[list[Row], str | None]:
    """Run one script; its rows, or an error line."""
    argv = [PYTHON, str(HERE / bench.args[0]), *bench.args[1:], *(bench.quick if quick else [])]
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT)
    took = time.perf_counter() - start
    shown = "\n".join(x for x in done.stdout.splitlines() if not x.startswith("BENCH_JSON"))
    if not quiet and bench.name != "accuracy":
        print(f"\n=== {bench.name} ({took:.0f} s)\n{shown}", flush=True)
    elif not quiet:  # its JSON is long: the combined table shows the overall figures
        print(f"\n=== {bench.name} ({took:.0f} s): overall figures in the table below", flush=True)
    try:
        rows = bench.parse(done.stdout) if bench.parse else rows_from_output(done.stdout)
    except (ValueError, KeyError, StopIteration, json.JSONDecodeError) as error:
        rows, problem = None, f"output not understood ({error})"
    else:
        problem = None
    if not rows:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return [], problem or f"exit {done.returncode}: {tail}"
    return rows, None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="short runs of every script")
    parser.add_argument("--only", nargs="+", choices=[b.name for b in BENCHES])
    parser.add_argument("--quiet", action="store_true", help="only the combined table")
    parser.add_argument("--markdown", action="store_true",
                        help="also print the combined table as Markdown")
    args = parser.parse_args(argv)
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    header = f"claimdesk benchmarks, {started}, on {machine()}"
    print(header, flush=True)
    rows: list[Row] = []
    failures: list[str] = []
    for bench in BENCHES:
        if args.only and bench.name not in args.only:
            continue
        got, problem = run(bench, args.quick, args.quiet)
        rows += got
        if problem:
            failures.append(f"{bench.name}: {problem}")
    print(f"\n=== all budgets ({'quick run' if args.quick else 'full run'}); "
          f"load average at the end {machine().rsplit('load average ', 1)[-1]}\n")
    print(table(rows))
    missed = [r for r in rows if r.met is False]
    print(f"\n{len(rows) - len(missed)} of {len(rows)} rows met or informational; "
          f"{len(missed)} missed")
    for failure in failures:
        print(f"FAILED {failure}")
    if args.markdown:
        print(f"\nMeasured {started} on {machine()}\n")
        print(markdown(rows))
    return 1 if missed or failures else 0


if __name__ == "__main__":
    sys.exit(main())
