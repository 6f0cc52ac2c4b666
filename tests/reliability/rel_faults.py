"""Fault runs shared by the reliability tests (small) and benchmarks/reliability.py (full size).

Each runner does something that could lose a journalist's review (SIGKILL in the
middle of a mark, two processes at once, a full disk) and returns what it saw:
how many times it tried and every mark that was reported saved but is missing.
The tests assert that list is empty; the benchmark prints it as a table.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from store import Library
from store.records import STATUSES

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
_BESIDE = Path(PYTHON).with_name("claimdesk")
CLAIMDESK = [str(_BESIDE)] if _BESIDE.exists() else [PYTHON, "-m", "tui.cli"]
REVIEWED = tuple(s for s in STATUSES if s != "unreviewed")

ARTICLE = (
    "The State Department confirmed the talks with Kosovo on June 6.\n\n"
    "Bloomberg reported that deportees would come from Cuba. "
    "Officials in Serbia declined to comment.\n"
    "“We are not a waiting room,” said a minister, according to Népszava. "
    "The United States did not answer.\n"
    "The ministry said the plan was final. A spokesman said nothing was signed.\n"
)


def article_text(n: int) -> str:
    """A distinct small article per `n` (different text: a different article)."""
    return ARTICLE + f"The agency said report number {n} was published on Monday.\n"


def child_env() -> dict[str, str]:
    """The environment of a child process: the project importable, no user library."""
    env = dict(os.environ)
    env.pop("CLAIMDESK_HOME", None)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def make_library(root: Path, articles: int = 2) -> tuple[Library, list[str]]:
    """A library with `articles` small ingested articles; their ids in order."""
    lib = Library.open(root)
    ids = [lib.ingest(article_text(n), title=f"article {n}")[0].id for n in range(articles)]
    return lib, ids


def file_hashes(root: Path) -> dict[str, str]:
    """sha256 of every file under `root` except lock files (their holder info changes)."""
    result = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix != ".lock":
            result[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return result


def library_problems(root: Path) -> list[str]:
    """Everything wrong with a library after a fault: files that do not parse, rows
    without a loadable article, articles whose claims disagree with their history."""
    problems = []
    for path in sorted(root.rglob("*.json*")):
        if path.name.endswith(".tmp"):
            continue
        try:
            json.loads(path.read_bytes())
        except ValueError as error:
            problems.append(f"{path.relative_to(root)} does not parse: {error}")
    try:
        lib = Library.open(root)
        rows = lib.articles()
    except Exception as error:
        return [*problems, f"the library does not open: {error}"]
    if len({r.id for r in rows}) != len(rows):
        problems.append("the index lists an article twice")
    for row in rows:
        try:
            state = lib.load(row.id)
        except Exception as error:
            problems.append(f"article {row.id} does not load: {error}")
            continue
        if state.sha256 != row.sha256 or len(state.claims) != row.claims:
            problems.append(f"index row of {row.id} disagrees with its file")
        last: dict[str, str] = {}
        for event in state.events:
            if event.field == "status":
                last[event.claim] = event.new
        for claim in state.claims:
            if claim.status != last.get(claim.id, "unreviewed"):
                problems.append(f"{row.id} {claim.id} status disagrees with its history")
    return problems


# ----------------------------------------------------------------------------- crash


MARKER = textwrap.dedent(
    """
    import sys
    from store import Library
    root, article, out, seed = sys.argv[1:5]
    statuses = ("confirmed", "unconfirmed", "denied", "unreviewed")
    lib = Library.open(root)
    session = lib.session(article, "killer")
    log = open(out, "a", buffering=1)
    log.write("ready\\n")
    claims = [c.id for c in session.state.claims]
    i = int(seed)
    while True:
        claim = claims[i % len(claims)]
        current = session.state.claim(claim).status
        status = statuses[(statuses.index(current) + 1 + i % 3) % 4]
        if status == current:
            status = statuses[(statuses.index(current) + 1) % 4]
        state = session.mark(claim, status)
        event = state.events[-1]
        log.write(f"saved {event.id} {claim} {status}\\n")
        i += 1
    """
)

INGESTER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[4])
    from rel_faults import article_text
    import extract
    from store import Library
    root, out, start = sys.argv[1:4]
    extract.extract("Warm up: the ministry said its tables load once.")
    lib = Library.open(root)
    log = open(out, "a", buffering=1)
    log.write("ready\\n")
    n = int(start)
    while True:
        summary, new = lib.ingest(article_text(n))
        log.write(f"added {summary.id} {n}\\n")
        n += 1
    """
)


@dataclass
class KillResult:
    """What a kill loop did and what (if anything) it lost."""

    kills: int = 0
    reported: int = 0  # marks (or articles) the killed processes reported saved
    unreported_on_disk: int = 0  # written but killed before saying so (allowed: at most 1 a kill)
    killed_mid_run: int = 0  # kills that landed after the process had started writing
    lost: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    temps_left: int = 0
    seconds: float = 0.0


def _wait_ready(out: Path, proc: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if out.exists() and out.read_bytes().startswith(b"ready\n"):
            return
        if proc.poll() is not None:
            raise RuntimeError(f"the child exited early: {proc.stderr.read()!r}")  # type: ignore[union-attr]
        time.sleep(0.002)
    raise RuntimeError("the child never became ready")


def _complete_lines(out: Path) -> list[list[str]]:
    raw = out.read_bytes().decode("utf-8", "replace")
    complete = raw[: raw.rfind("\n") + 1] if "\n" in raw else ""
    return [line.split() for line in complete.splitlines() if line and line != "ready"]


def kill_marks(
    root: Path,
    article: str,
    kills: int,
    *,
    rng: random.Random,
    max_delay: float = 0.05,
    early: float = 0.15,
    budget: float | None = None,
) -> KillResult:
    """Start a marking process, SIGKILL it at a random moment, check, `kills` times.

    A share `early` of kills land before the child is ready (while it opens the
    library and takes the lock); the rest at a uniform moment in its mark loop.
    """
    result = KillResult()
    started = time.monotonic()
    out = root.parent / f"{root.name}-marks.log"
    for k in range(kills):
        if budget is not None and time.monotonic() - started > budget:
            break
        out.unlink(missing_ok=True)
        before = {e.id for e in Library.open(root).load(article).events}
        proc = subprocess.Popen(
            [PYTHON, "-c", MARKER, str(root), article, str(out), str(rng.randrange(1000))],
            env=child_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        if rng.random() < early:
            time.sleep(rng.uniform(0, 0.15))
        else:
            _wait_ready(out, proc)
            time.sleep(rng.uniform(0, max_delay))
            result.killed_mid_run += 1
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert proc.stderr is not None
        proc.stderr.close()
        result.kills += 1
        problems = library_problems(root)
        result.problems += [f"kill {k}: {p}" for p in problems]
        if problems:
            break
        events = {e.id: e for e in Library.open(root).load(article).events}
        lines = _complete_lines(out) if out.exists() else []
        reported = set()
        for _, event_id, claim, status in lines:
            result.reported += 1
            reported.add(int(event_id))
            event = events.get(int(event_id))
            if event is None or event.claim != claim or event.new != status:
                result.lost.append(f"kill {k}: mark {claim} {status} (event {event_id})")
        extra = set(events) - before - reported
        result.unreported_on_disk += len(extra)
        if len(extra) > 1:
            result.problems.append(f"kill {k}: {len(extra)} unreported events on disk")
    # The next writer of the article clears what the last killed write left.
    Library.open(root).session(article, "next").close()
    result.temps_left = len(list(root.rglob("*.tmp")))
    result.seconds = time.monotonic() - started
    out.unlink(missing_ok=True)
    return result


def kill_cli_marks(
    root: Path, article: str, kills: int, *, rng: random.Random, budget: float | None = None
) -> KillResult:
    """`claimdesk mark` killed at a random moment of its run; a printed "saved" must hold."""
    result = KillResult()
    started = time.monotonic()
    lib = Library.open(root)
    claims = [c.id for c in lib.load(article).claims]
    out = root.parent / f"{root.name}-cli.out"
    # How long one mark takes here (median of 3): kills are spread over the whole of it.
    runs = []
    for status in REVIEWED:
        t0 = time.monotonic()
        subprocess.run(
            [*CLAIMDESK, "--library", str(root), "--reviewer", "killer", "mark", article,
             claims[0], status],
            env=child_env(), check=True, capture_output=True,
        )
        runs.append(time.monotonic() - t0)
    runtime = sorted(runs)[1]
    for k in range(kills):
        if budget is not None and time.monotonic() - started > budget:
            break
        state = Library.open(root).load(article)
        claim = rng.choice(claims)
        current = state.claim(claim).status
        status = rng.choice([s for s in STATUSES if s != current])
        before = len(state.events)
        with out.open("wb") as sink:
            proc = subprocess.Popen(
                [*CLAIMDESK, "--library", str(root), "--reviewer", "killer", "mark", article,
                 claim, status],
                env=child_env(), stdout=sink, stderr=subprocess.DEVNULL,
            )
            # Half the kills anywhere in the run, half around its write and "saved" line.
            window = (0.0, 1.0) if k % 2 else (0.7, 1.5)
            time.sleep(rng.uniform(*window) * runtime)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        result.kills += 1
        if proc.returncode != -signal.SIGKILL:
            continue  # it finished first: not a kill
        result.killed_mid_run += 1
        problems = library_problems(root)
        result.problems += [f"kill {k}: {p}" for p in problems]
        if problems:
            break
        events = Library.open(root).load(article).events
        new = events[before:]
        if out.read_bytes().startswith(b"saved:"):
            result.reported += 1
            if not new or new[0].claim != claim or new[0].new != status:
                result.lost.append(f"kill {k}: `claimdesk mark {claim} {status}` said saved")
        else:
            result.unreported_on_disk += len(new)
    result.temps_left = len(list(root.rglob("*.tmp")))
    result.seconds = time.monotonic() - started
    out.unlink(missing_ok=True)
    return result


def kill_ingests(
    root: Path, kills: int, *, rng: random.Random, max_delay: float = 0.3,
    budget: float | None = None,
) -> KillResult:
    """A process adding new articles in a loop, killed at random: every added one stays."""
    result = KillResult()
    started = time.monotonic()
    out = root.parent / f"{root.name}-adds.log"
    reported: dict[str, int] = {}
    start = 1000
    for k in range(kills):
        if budget is not None and time.monotonic() - started > budget:
            break
        out.unlink(missing_ok=True)
        proc = subprocess.Popen(
            [PYTHON, "-c", INGESTER, str(root), str(out), str(start), str(Path(__file__).parent)],
            env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        _wait_ready(out, proc)
        time.sleep(rng.uniform(0, max_delay))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert proc.stderr is not None
        proc.stderr.close()
        result.kills += 1
        result.killed_mid_run += 1
        lines = _complete_lines(out)
        for _, article, n in lines:
            reported[article] = int(n)
        result.reported += len(lines)
        start += len(lines) + 1
        problems = library_problems(root)
        result.problems += [f"kill {k}: {p}" for p in problems]
        if problems:
            break
        listed = {a.id for a in Library.open(root).articles()}
        for article, n in reported.items():
            if article not in listed:
                result.lost.append(f"kill {k}: article {article} (#{n}) was reported added")
    # An article file written just before a kill but not yet listed is picked up on re-add.
    lib = Library.open(root)
    for n in range(1000, start):
        lib.ingest(article_text(n))
    result.problems += library_problems(root)
    result.temps_left = len(list(root.rglob("*.tmp")))
    result.seconds = time.monotonic() - started
    out.unlink(missing_ok=True)
    return result


# ----------------------------------------------------------------------------- disk faults


class FaultyOS:
    """Stands in for `os` inside store.storage: chosen calls on library paths fail.

    `fail` maps a call name (write, fsync, replace, open, link) to the errno it
    raises. Only calls about files under `root` fail, so nothing else is disturbed.
    """

    def __init__(self, root: Path, fail: dict[str, int]) -> None:
        self._roots = (str(root), str(root.resolve()))
        self._fail = fail
        self.failures = 0

    def __getattr__(self, name: str) -> Any:
        real = getattr(os, name)
        if name not in self._fail:
            return real

        def faulty(*args: Any, **kwargs: Any) -> Any:
            if self._about_library(args[0]):
                self.failures += 1
                code = self._fail[name]
                raise OSError(code, os.strerror(code))
            return real(*args, **kwargs)

        return faulty

    def _about_library(self, target: Any) -> bool:
        if isinstance(target, int):
            try:
                target = os.readlink(f"/proc/self/fd/{target}")
            except OSError:
                return False
        return str(os.fspath(target)).startswith(self._roots)


@contextlib.contextmanager
def disk_fault(
    root: Path, fail: dict[str, int], module: str = "store.storage"
) -> Iterator[FaultyOS]:
    """Make `module` (store.storage or store.lock) see a failing disk under `root` while inside."""
    import importlib

    target = importlib.import_module(module)
    faulty = FaultyOS(root, fail)
    target.os = faulty  # type: ignore[attr-defined]
    try:
        yield faulty
    finally:
        target.os = os  # type: ignore[attr-defined]


DISK_FAULTS: dict[str, dict[str, int]] = {
    "disk full at write": {"write": errno.ENOSPC},
    "disk full at fsync": {"fsync": errno.ENOSPC},
    "I/O error at fsync": {"fsync": errno.EIO},
    "rename refused": {"replace": errno.EACCES},
    "read-only filesystem": {"open": errno.EROFS},
}


@contextlib.contextmanager
def tiny_tmpfs(size_kb: int) -> Iterator[Path | None]:
    """A real tmpfs of `size_kb` KiB if this machine lets us mount one, else None."""
    import tempfile

    mount_point = Path(tempfile.mkdtemp(prefix="claimdesk-tmpfs-"))
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(mount_point)],
        capture_output=True,
    )
    if done.returncode != 0:
        mount_point.rmdir()
        yield None
        return
    try:
        yield mount_point
    finally:
        if subprocess.run(["umount", str(mount_point)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)
        with contextlib.suppress(OSError):
            mount_point.rmdir()


def fill(directory: Path, leave: int = 0) -> None:
    """Fill the filesystem of `directory`, leaving about `leave` bytes free."""
    filler = directory / "filler"
    with filler.open("wb") as sink, contextlib.suppress(OSError):
        while True:
            free = os.statvfs(directory).f_bavail * os.statvfs(directory).f_frsize
            if free <= leave:
                break
            sink.write(b"\0" * min(4096, max(free - leave, 1)))
            sink.flush()


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    """fn() and the seconds it took."""
    t0 = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - t0


# ----------------------------------------------------------------------------- contention


WORKER = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, sys.argv[2])
    from rel_faults import article_text
    from store import Library, ReadOnlyError
    root, _, action, arg, count, go = sys.argv[1:7]
    import extract
    extract.extract("Warm up: the ministry said its tables load once.")
    lib = Library.open(root)
    while time.time() < float(go):  # every worker starts at the same moment
        pass
    if action == "ingest":
        for n in range(int(arg), int(arg) + int(count)):
            summary, _ = lib.ingest(article_text(n))
            print("added", summary.id, flush=True)
        sys.exit(0)
    session = lib.session(arg, f"worker-{arg}")
    if session.read_only:
        print("read-only", session.holder, flush=True)
        try:
            session.mark(session.state.claims[0].id, "denied")
            print("WROTE-WHILE-READ-ONLY", flush=True)
        except ReadOnlyError as error:
            print("refused", str(error), flush=True)
    else:
        print("writable", flush=True)
        statuses = ("confirmed", "unconfirmed", "denied", "unreviewed")
        claims = [c.id for c in session.state.claims]
        for i in range(int(count)):
            claim = claims[i % len(claims)]
            current = session.state.claim(claim).status
            status = statuses[(statuses.index(current) + 1) % 4]
            state = session.mark(claim, status)
            print("saved", arg, state.events[-1].id, claim, status, flush=True)
    if action == "hold":
        print("holding", flush=True)
        sys.stdin.readline()
    session.close()
    """
)


def start_workers(
    root: Path, jobs: list[tuple[str, str, int]], delay: float = 1.0
) -> list[subprocess.Popen[str]]:
    """One process per (action, arg, count), all released at the same moment."""
    go = time.time() + delay
    return [
        subprocess.Popen(
            [PYTHON, "-c", WORKER, str(root), str(Path(__file__).parent), action, arg,
             str(count), str(go)],
            env=child_env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True,
        )
        for action, arg, count in jobs
    ]


@dataclass
class ContentionResult:
    """Two or more processes on one library: what each did and what was lost."""

    writers: int = 0
    read_only: list[str] = field(default_factory=list)  # what each read-only process said
    wrote_while_read_only: int = 0
    marks: int = 0
    added: int = 0
    lost: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def check_outputs(root: Path, outputs: list[str], result: ContentionResult) -> None:
    """Every "saved" mark and "added" article the workers printed must be in the library."""
    lib = Library.open(root)
    listed = {a.id for a in lib.articles()}
    events = {
        (article, e.id): (e.claim, e.new) for article in listed for e in lib.load(article).events
    }
    for out in outputs:
        for line in out.splitlines():
            word, *rest = line.split(" ", 1)
            if word == "writable":
                result.writers += 1
            elif word == "refused":
                result.read_only.append(rest[0])
            elif word == "WROTE-WHILE-READ-ONLY":
                result.wrote_while_read_only += 1
            elif word == "added":
                result.added += 1
                if rest[0] not in listed:
                    result.lost.append(f"article {rest[0]} was reported added")
            elif word == "saved":
                result.marks += 1
                article, event_id, claim, status = rest[0].split()
                if events.get((article, int(event_id))) != (claim, status):
                    result.lost.append(f"mark {article} {claim} {status} (event {event_id})")
    result.problems += library_problems(root)


def same_article(root: Path, article: str, marks: int = 10) -> ContentionResult:
    """Two processes open one article at the same moment: one writes, one is refused."""
    procs = start_workers(root, [("hold", article, marks), ("hold", article, marks)])
    result = ContentionResult()
    outputs = []
    # Both have opened the article (one holds it) before either is let go.
    for proc in procs:
        assert proc.stdout is not None
        seen = ""
        while "holding" not in seen:
            line = proc.stdout.readline()
            if not line:
                break
            seen += line
        outputs.append(seen)
    cli = subprocess.run(
        [*CLAIMDESK, "--library", str(root), "mark", article, "c1", "confirmed"],
        env=child_env(), capture_output=True, text=True,
    )
    result.read_only.append(f"claimdesk mark exit {cli.returncode}: {cli.stderr.strip()}")
    for i, proc in enumerate(procs):
        rest, err = proc.communicate("\n", timeout=30)
        outputs[i] += rest
        if proc.returncode:
            result.errors.append(err.strip().splitlines()[-1] if err.strip() else "exit")
    check_outputs(root, outputs, result)
    return result


def different_articles(root: Path, articles: list[str], marks: int = 30,
                       ingests: int = 5) -> ContentionResult:
    """Processes marking different articles while two others add new articles at once."""
    jobs = [("mark", a, marks) for a in articles]
    jobs += [("ingest", str(5000 + 1000 * i), ingests) for i in range(2)]
    procs = start_workers(root, jobs)
    result = ContentionResult()
    outputs = []
    for proc in procs:
        out, err = proc.communicate("\n", timeout=120)
        outputs.append(out)
        if proc.returncode:
            result.errors.append(err.strip().splitlines()[-1] if err.strip() else "exit")
    check_outputs(root, outputs, result)
    return result
