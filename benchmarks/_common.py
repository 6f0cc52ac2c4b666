"""Shared helpers of the benchmark scripts: statistics, tables, result rows, test data.

Every script prints its own table and, with `--json`, one last line
`BENCH_JSON {...}` holding its rows, which `run_all.py` gathers into one table.
A row is a budget next to the figure measured and the floor measured in the same run.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import pty
import re
import resource
import select
import shutil
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
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
PYTHON = sys.executable
_BESIDE = Path(PYTHON).with_name("claimdesk")
CLAIMDESK = str(_BESIDE) if _BESIDE.exists() else shutil.which("claimdesk") or "claimdesk"
#: Child processes keep their bytecode here, as an installed package has it from pip:
#: this session sets PYTHONDONTWRITEBYTECODE, so without it every run of the (editable)
#: project would compile its own sources again while Textual's come precompiled.
PYCACHE = Path(tempfile.gettempdir()) / "claimdesk-bench-pycache"
BARE_LINE = "bare textual app: ready"
BARE_APP = f"""
from textual.app import App, ComposeResult
from textual.widgets import Static


class Bare(App[None]):
    def compose(self) -> ComposeResult:
        yield Static({BARE_LINE!r})


Bare().run()
"""


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


def machine() -> str:
    """What the figures were measured on, and how busy it was (load average)."""
    import platform

    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    try:
        from importlib.metadata import version

        textual = version("textual")
    except Exception:
        textual = "?"
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return (
        f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"Textual {textual}, {platform.system()} {platform.release()}; load average {load}"
    )


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a measured process: bytecode cached (see PYCACHE), no NO_COLOR."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(PYCACHE), **extra}
    for name in ("PYTHONDONTWRITEBYTECODE", "NO_COLOR", "TEXTUAL"):
        env.pop(name, None)
    return env


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


def markdown(rows: Iterable[Row]) -> str:
    """Rows as a Markdown table (for the README's Performance section)."""
    out = ["| measure | budget | figure | floor | figure/floor | verdict |",
           "| --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "-"
        note = f" ({r.note})" if r.note else ""
        out.append(f"| {r.name} | {budget_text(r)} | {fmt(r.figure, r.unit)} | "
                   f"{fmt(r.floor, r.unit)} | {ratio} | {verdict(r)}{note} |")
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


# -- a real terminal ---------------------------------------------------------------

COLUMNS, LINES = 120, 36
ANSI = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC
    r"|\x1bP[^\x1b]*\x1b\\"  # DCS
    r"|\x1b[()][0-9A-Za-z]|\x1b[=>78cDEHM]"
)


def plain(data: bytes) -> str:
    """Terminal output with the escape sequences removed."""
    return ANSI.sub("", data.decode("utf-8", "replace"))


class PtyApp:
    """A process under a pseudo-terminal (TERM=xterm-256color, 120x36), as a user runs it.

    `started` is taken just before the fork; `wait_for` returns seconds from then until
    a text shows in the (escape-stripped) output; `stop` ends the process with SIGTERM
    (so it can release its locks), SIGKILL if it lingers, and returns its rusage.
    """

    def __init__(self, argv: list[str]) -> None:
        env = child_env(TERM="xterm-256color", COLUMNS=str(COLUMNS), LINES=str(LINES))
        self.output = b""
        self.started = time.perf_counter()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child becomes the app
            try:
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
        self.rusage: resource.struct_rusage | None = None

    def _read(self, timeout: float) -> bool:
        """Read what is there (waiting up to `timeout`); False once the output ended."""
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return True
        try:
            chunk = os.read(self.fd, 1 << 16)
        except OSError:
            return False
        self.output += chunk
        return bool(chunk)

    def cpu(self) -> float | None:
        """CPU seconds (user + system, all threads) the process has used so far."""
        try:
            fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def wait_for(self, markers: list[str], timeout: float = 30.0) -> list[float | None]:
        """Seconds from the fork until each marker shows (None: it never did).

        `self.cpu_at` gets the process's CPU seconds at each of those moments (Linux).
        """
        found: list[float | None] = [None] * len(markers)
        self.cpu_at: list[float | None] = [None] * len(markers)
        seen = len(plain(self.output))  # only output from now on counts
        deadline = time.perf_counter() + timeout
        while None in found and time.perf_counter() < deadline:
            if not self._read(0.05):
                break
            now = time.perf_counter()
            text = plain(self.output)[seen:]
            for i, marker in enumerate(markers):
                if found[i] is None and marker in text:
                    found[i] = now - self.started
                    self.cpu_at[i] = self.cpu()
        return found

    def send(self, data: bytes) -> None:
        os.write(self.fd, data)

    def stop(self) -> resource.struct_rusage:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGTERM)
        deadline = time.perf_counter() + 3
        while time.perf_counter() < deadline:
            with contextlib.suppress(OSError):  # keep draining: the app must never block
                self._read(0.02)
            done, _, usage = os.wait4(self.pid, os.WNOHANG)
            if done:
                break
        else:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            _, _, usage = os.wait4(self.pid, 0)
        os.close(self.fd)
        self.rusage = usage
        return usage
