"""Shared helpers of the benchmark scripts: statistics, tables, result rows, test data.

Every script prints its own table and, with `--json`, one last line
`BENCH_JSON {...}` holding its rows, which `run_all.py` gathers into one table.
A row is a budget next to the figure measured and the floor measured in the same run.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "wikinews"
GOLD = SHARED / "gold"
SEED = ROOT / "seeds" / "balkans-deportations.txt"
JSON_TAG = "BENCH_JSON "


@dataclass
class Row:
    """One budget line: `figure` against `budget`, `floor` measured alongside it.

    `kind` says how `met` is decided: "max" (figure <= budget), "min" (figure >= budget),
    "ratio" (figure / floor <= budget) or "info" (no budget, shown for context).
    """

    name: str
    figure: float
    unit: str
    budget: float | None = None
    kind: str = "max"
    floor: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """figure / floor (the budget applies to it only for kind "ratio")."""
        return self.figure / self.floor if self.floor else None

    @property
    def met(self) -> bool | None:
        if self.kind == "info" or self.budget is None:
            return None
        if self.kind == "ratio":
            return self.ratio is not None and self.ratio <= self.budget
        if self.kind == "min":
            return self.figure >= self.budget
        return self.figure <= self.budget


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def pct(values: Sequence[float], q: float) -> float:
    """The q-quantile by nearest rank (no interpolation), as store_speed does."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def fmt(value: float | None, unit: str) -> str:
    """A figure with its unit, scaled for reading."""
    if value is None:
        return "-"
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "MiB":
        return f"{value:.1f} MiB"
    if unit == "words/s":
        return f"{value:,.0f} w/s"
    if unit == "count":
        return f"{value:.0f}"
    if unit == "x":
        return f"{value:.2f}x"
    return f"{value:.3f}"


def budget_text(row: Row) -> str:
    if row.budget is None or row.kind == "info":
        return "-"
    if row.kind == "ratio":
        return f"<= {row.budget:.2f}x floor"
    sign = ">=" if row.kind == "min" else "<="
    return f"{sign} {fmt(row.budget, row.unit)}"


def verdict(row: Row) -> str:
    met = row.met
    return "info" if met is None else ("met" if met else "MISSED")


def table(rows: Iterable[Row], title: str = "") -> str:
    """Rows as a fixed-width table: name, budget, figure, floor, ratio, verdict."""
    head = ("measure", "budget", "figure", "floor", "fig/floor", "verdict")
    lines = [
        (
            r.name,
            budget_text(r),
            fmt(r.figure, r.unit),
            fmt(r.floor, r.unit),
            f"{r.ratio:.2f}x" if r.ratio is not None else "-",
            verdict(r) + (f"  {r.note}" if r.note else ""),
        )
        for r in rows
    ]
    widths = [max(len(str(x[i])) for x in [head, *lines]) for i in range(5)]
    out = [title] if title else []
    fmt_line = "  ".join(f"{{:<{widths[0]}}}" if i == 0 else f"{{:>{w}}}"
                         for i, w in enumerate(widths)) + "  {}"
    out.append(fmt_line.format(*head))
    out.append("-" * (sum(widths) + 2 * len(widths) + 6))
    out.extend(fmt_line.format(*line) for line in lines)
    return "\n".join(out)


def emit_json(rows: Iterable[Row]) -> None:
    print(JSON_TAG + json.dumps([{**asdict(r), "ratio": r.ratio, "met": r.met} for r in rows]))


def rows_from_output(text: str) -> list[Row] | None:
    """The rows a script printed with --json, or None if it printed none."""
    for line in reversed(text.splitlines()):
        if line.startswith(JSON_TAG):
            return [
                Row(**{k: v for k, v in item.items() if k not in ("ratio", "met")})
                for item in json.loads(line[len(JSON_TAG):])
            ]
    return None


# -- test data ------------------------------------------------------------------


def corpus_paragraphs(limit_words: int | None = None) -> list[str]:
    """Claim paragraphs of the wikinews corpus, in file order (no headings or blanks)."""
    from extract.text import decode, split_paragraphs

    out: list[str] = []
    words = 0
    for path in sorted(CORPUS.glob("*.txt")):
        text = decode(path.read_bytes()).text
        for p in split_paragraphs(text):
            chunk = text[p.start : p.end].strip()
            if chunk:
                out.append(chunk)
                words += len(chunk.split())
        if limit_words is not None and words >= limit_words:
            break
    return out


def article_of(claims: int) -> str:
    """An article text of about `claims` claims, built from whole corpus paragraphs.

    Paragraphs are taken in corpus order until their claims (each counted on its
    own) add up to the target; then the joined text is trimmed paragraph by
    paragraph until the real extraction has no more claims than asked.
    """
    from extract import extract

    chosen: list[str] = []
    total = 0
    for para in corpus_paragraphs():
        if total >= claims:
            break
        n = len(extract(para).claims)
        chosen.append(para)
        total += n
    while chosen:
        text = "\n\n".join(chosen)
        if len(extract(text).claims) <= claims:
            return text + "\n"
        chosen.pop()
    raise SystemExit("benchmarks: the corpus is too small for the article asked for")


def temp_dir(prefix: str) -> Path:
    """A temporary directory (on a real disk here: a mark's fsync must cost what it costs)."""
    return Path(tempfile.mkdtemp(prefix=prefix))


def library_with(root: Path, texts: Sequence[tuple[str, str]]) -> list[str]:
    """A library at `root` holding these (title, text) articles; returns their ids."""
    from store import Library

    library = Library.open(root)
    return [library.ingest(text, title=title)[0].id for title, text in texts]
