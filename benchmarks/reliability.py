"""Every fault and hostile input of issue 6 at full size, and what each lost (must be nothing).

Runs the kill loop (200 kills), contention between processes, disk faults (injected,
and on a real tiny tmpfs when this machine lets us mount one), damaged and newer
library files, hostile article text through extraction, `claimdesk extract` and the
app, hostile import files, and hypothesis fuzzing of extraction and import with many
more examples than CI. Prints one table (`--markdown` for the README).

    python benchmarks/reliability.py [--kills 200] [--rounds 10] [--fuzz 1000] [--quick]

Exit status 1 if anything was lost or failed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for extra in (ROOT, ROOT / "tests" / "reliability", ROOT / "benchmarks"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from kill_loop import Line, emit_json, kill_lines, markdown, print_table  # noqa: E402
from rel_faults import (  # noqa: E402
    CLAIMDESK,
    DISK_FAULTS,
    child_env,
    different_articles,
    disk_fault,
    file_hashes,
    fill,
    make_library,
    same_article,
    tiny_tmpfs,
)
from rel_hostile import BIDI, hostile_texts  # noqa: E402
from rel_imports import (  # noqa: E402
    apply,
    check,
    good_export,
    hostile_imports,
    receiving_library,
)

from store import Library, StorageError  # noqa: E402

CONTROLS = {chr(c) for c in (*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))}


def cli(lib: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLAIMDESK, "--library", str(lib), "--reviewer", "bench", *args],
                          env=child_env(), capture_output=True, text=True)


# ----------------------------------------------------------------------------- contention


def contention_lines(rounds: int, base: Path) -> list[Line]:
    same_bad, marks, refused = 0, 0, 0
    for r in range(rounds):
        lib, (article, _) = make_library(base / f"same-{r}")
        result = same_article(lib.path, article, marks=10)
        told = all("pid" in said for said in result.read_only)
        bad = (result.writers != 1) + result.wrote_while_read_only + len(result.lost)
        same_bad += bad + len(result.problems) + len(result.errors) + (not told)
        marks += result.marks
        refused += len(result.read_only)
    diff_bad, diff_marks, added = 0, 0, 0
    for r in range(max(rounds // 2, 1)):
        lib, articles = make_library(base / f"diff-{r}", 3)
        result = different_articles(lib.path, articles, marks=30, ingests=5)
        diff_bad += len(result.lost) + len(result.problems) + len(result.errors)
        diff_bad += len(lib.articles()) != 3 + result.added
        diff_marks += result.marks
        added += result.added
    return [
        Line("two processes open one article at once", rounds, "rounds", marks, same_bad,
             f"each round: one writer; {refused} refusals (API and `claimdesk mark`, exit 3) "
             "all named the holder"),
        Line("3 processes marking different articles + 2 adding articles at once",
             max(rounds // 2, 1), "rounds", diff_marks + added, diff_bad,
             f"{diff_marks} marks and {added} articles reported saved; index consistent"),
    ]


# ----------------------------------------------------------------------------- disk


def injected_disk_lines(marks: int, base: Path) -> list[Line]:
    lines = []
    for name, fail in DISK_FAULTS.items():
        lib, (article, _) = make_library(base / name.replace(" ", "-"))
        bad = 0
        with lib.session(article, "bench") as session:
            claims = [c.id for c in session.state.claims]
            for i in range(marks):
                before, state = file_hashes(lib.path), session.state
                try:
                    with disk_fault(lib.path, fail):
                        session.mark(claims[i % len(claims)], "denied")
                    bad += 1  # reported saved on a failing disk
                except StorageError as error:
                    bad += "\n" in str(error) or "could not save" not in str(error)
                bad += file_hashes(lib.path) != before or session.state is not state
            session.mark(claims[0], "confirmed")  # the disk is back
        bad += Library.open(lib.path).load(article).claim(claims[0]).status != "confirmed"
        lines.append(Line(f"{name} (injected in store.storage)", marks, "marks", 0, bad,
                          "each: StorageError, files byte-identical, session state kept"))
    return lines


def tmpfs_lines(marks: int) -> list[Line]:
    with tiny_tmpfs(512) as mount:
        if mount is None:
            return [Line("disk full on a real tmpfs", 0, "marks", None, 0,
                         "not run: this machine does not let us mount a tmpfs")]
        lib, (article, _) = make_library(mount / "lib")
        fill(mount)
        bad = 0
        with lib.session(article, "bench") as session:
            for i in range(marks):
                before = file_hashes(lib.path)
                try:
                    session.mark(f"c{i % 8 + 1}", "denied")
                    bad += 1
                except StorageError:
                    pass
                bad += file_hashes(lib.path) != before
        runs = max(marks // 4, 1)
        for _ in range(runs):
            before = file_hashes(lib.path)
            done = cli(lib.path, "mark", article, "c1", "confirmed")
            one_line = done.stderr.count("\n") == 1 and "No space left" in done.stderr
            bad += done.returncode == 0 or not one_line or file_hashes(lib.path) != before
        (mount / "filler").unlink()
        bad += cli(lib.path, "mark", article, "c1", "confirmed").returncode != 0
        full = Line("disk full on a real 512 KiB tmpfs", marks + runs, "marks", 0, bad,
                    f"{marks} through the API, {runs} `claimdesk mark` (exit 2, one line); "
                    "after freeing space the next mark saves")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        before = file_hashes(lib.path)
        done = cli(lib.path, "mark", article, "c2", "denied")
        ro_bad = done.returncode != 3 or "cannot be written" not in done.stderr
        ro_bad += file_hashes(lib.path) != before
        subprocess.run(["mount", "-o", "remount,rw", str(mount)], check=True)
        ro = Line("read-only filesystem (tmpfs remounted ro)", 1, "runs", 0, int(ro_bad),
                  f"`claimdesk mark` exit {done.returncode}: {done.stderr.strip()[:80]}")
        return [full, ro]


# ----------------------------------------------------------------------------- damaged


def damaged_lines(base: Path) -> list[Line]:
    from test_damaged import ARTICLE_DAMAGE, INDEX_DAMAGE

    lines = []
    for where, table in (("article file", ARTICLE_DAMAGE), ("index", INDEX_DAMAGE)):
        for kind, (damage, way_out) in table.items():
            lib, (article, other) = make_library(base / f"{where}-{kind}".replace(" ", "-"))
            with lib.session(article, "bench") as session:
                session.mark("c1", "confirmed")
                session.mark("c2", "denied")
            target = lib.index_path if where == "index" else lib.articles_path / f"{article}.json"
            damage(target)
            before = file_hashes(lib.path)
            commands = (["claims", article], ["mark", article, "c3", "denied"], ["undo", article],
                        ["export"])
            bad = 0
            for command in commands:
                done = cli(lib.path, *command)
                good = (done.returncode == 2 and done.stderr.count("\n") == 1
                        and str(target) in done.stderr and way_out in done.stderr)
                bad += not good
            bad += file_hashes(lib.path) != before
            if where != "index":
                bad += cli(lib.path, "mark", other, "c1", "confirmed").returncode != 0
            lines.append(Line(f"{where}: {kind}", len(commands), "commands", None, bad,
                              f"one line naming the file, way out: \"{way_out}…\"; "
                              "no file changed" + ("; other article still marks"
                                                   if where != "index" else "")))
    lib, (article, _) = make_library(base / "dead-lock")
    bad = 0
    for _ in range(10):
        holder = {"pid": 2**22 + 7, "host": os.uname().nodename, "reviewer": "ghost",
                  "since": "2026-11-28T01:00:00Z"}
        (lib.articles_path / f"{article}.lock").write_text(json.dumps(holder))
        done = cli(lib.path, "mark", article, "c1", random.choice(["confirmed", "denied"]))
        bad += done.returncode != 0 or "cleared a stale lock" not in done.stderr
    lines.append(Line("lock left by a dead process", 10, "runs", None, bad,
                      "cleared with a one-line note; the mark saves"))
    return lines


# ----------------------------------------------------------------------------- hostile text


def extraction_lines(base: Path) -> list[Line]:
    import extract

    lines = []
    for name, text in hostile_texts().items():
        started = time.perf_counter()
        found = extract.extract(text)
        took = time.perf_counter() - started
        bad = sum(text[c.start:c.end] != c.text for c in found.claims)
        bad += sum(text[q.start:q.end] != q.text for q in found.quotes)
        bad += took > 10
        path = base / "hostile.txt"
        path.write_text(text, encoding="utf-8")
        started = time.perf_counter()
        done = subprocess.run([*CLAIMDESK, "extract", str(path)], env=child_env(),
                              capture_output=True, text=True)
        cli_took = time.perf_counter() - started
        if "\x00" in text:
            bad += done.returncode == 0 or done.stderr.count("\n") != 1
            how = f"`claimdesk extract` refuses it in one line (exit {done.returncode})"
        else:
            doc = json.loads(done.stdout)
            bad += any(text[c["start"]:c["end"]] != c["text"] for c in doc["claims"])
            bad += done.returncode != 0 or cli_took > 15
            raw = sorted({f"U+{ord(ch):04X}" for ch in done.stdout if ch in CONTROLS or ch in BIDI})
            bad += bool(raw)  # a raw U+009B is a CSI to the terminal showing the JSON
            how = f"`claimdesk extract` {cli_took:.1f} s" + (
                f", raw in JSON: {' '.join(raw[:4])}" if raw else "")
        lines.append(Line(f"text: {name}", 2, "runs", len(found.claims), bad,
                          f"{len(found.claims)} claims in {took:.2f} s; {how}"))
    for lines_count in (4_000, 16_000):
        text = "\n".join(f"The agency said claim {i} was made." for i in range(lines_count))
        started = time.perf_counter()
        extract.extract(text)
        took = time.perf_counter() - started
        lines.append(Line(f"text: {lines_count:,} lines naming one source", 1, "runs", None,
                          int(took > 10), f"{took:.1f} s (bound 10 s)"))
    return lines


def app_lines(base: Path) -> list[Line]:
    from rel_app import SIZE, loaded, make_app, screen_text

    async def show(lib: Library, article: str) -> tuple[bool, str, float, float]:
        app = make_app(lib, article)
        started = time.perf_counter()
        async with app.run_test(size=SIZE) as pilot:
            await loaded(pilot)
            load = time.perf_counter() - started
            seen = screen_text(app)
            started = time.perf_counter()
            await pilot.press("down")
            await pilot.pause()
            first_key = time.perf_counter() - started
            for key in ("down", "end", "home", "down"):
                await pilot.press(key)
                await pilot.pause()
                seen += screen_text(app)
            for x, y in ((2, 1), (12, 1), (24, 2), (36, 3)):
                await pilot.click("#detail", offset=(x, y))
            return app.is_running, seen, load, first_key

    lines = []
    for name, text in hostile_texts().items():
        lib = Library.open(base / f"app-{len(lines)}")
        article = lib.ingest(text)[0].id
        running, seen, load, first_key = asyncio.run(show(lib, article))
        leaked = sorted({f"U+{ord(ch):04X}" for ch in seen if ch in CONTROLS or ch in BIDI})
        bad = (not running) + bool(leaked)
        bad += "[bold]" in text and "[bold]nothing[/bold]" not in seen
        bad += bool(lib.load(article).events)
        note = f"load {load:.1f} s, first key {first_key:.2f} s; still running: {running}"
        if leaked:
            note += f"; on screen: {' '.join(leaked[:4])}"
        lines.append(Line(f"app: {name}", 1, "runs", None, bad, note))
    return lines


# ----------------------------------------------------------------------------- imports


def import_lines(base: Path, events: int) -> list[Line]:
    good = good_export(base / "ana")
    template = receiving_library(base / "bo")
    lines = []
    for i, (name, (build, expected)) in enumerate(hostile_imports(events).items()):
        started = time.perf_counter()
        outcome = apply(template, base / f"import-{i}", build(good))
        took = time.perf_counter() - started
        wrong = check(outcome, expected)
        note = f"{outcome.kind}, {took:.1f} s" + (
            "; library byte-identical" if outcome.untouched else "") + (
            f"; WRONG: {wrong[0]}" if wrong else "")
        lines.append(Line(f"import: {name}", 1, "runs", None, len(wrong), note))
    return lines


def fuzz_lines(base: Path, examples: int) -> list[Line]:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
    from test_fuzz import export_docs, texts

    import extract

    counts = {"extract": 0, "extract_bad": 0}

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(texts)
    def fuzz_extract(text: str) -> None:
        counts["extract"] += 1
        try:
            found = extract.extract(text)
            counts["extract_bad"] += any(text[c.start:c.end] != c.text for c in found.claims)
        except Exception:
            counts["extract_bad"] += 1

    good = good_export(base / "fuzz-ana")
    template = receiving_library(base / "fuzz-bo")
    kinds: dict[str, int] = {}
    bad = [0]

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.data())
    def fuzz_import(data: st.DataObject) -> None:
        doc = data.draw(export_docs(good))
        work = base / f"fuzz-{sum(kinds.values())}"
        try:
            outcome = apply(template, work, json.dumps(doc).encode())
        except Exception:
            bad[0] += 1
            return
        finally:
            shutil.rmtree(work, ignore_errors=True)
        key = "merged" if outcome.changed else outcome.kind
        kinds[key] = kinds.get(key, 0) + 1
        bad[0] += bool(outcome.problems)
        bad[0] += (outcome.kind != "report" or not outcome.changed) and not outcome.untouched

    fuzz_extract()
    fuzz_import()
    spread = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    return [
        Line("hypothesis: extraction of any text", counts["extract"], "texts", None,
             counts["extract_bad"], "no exception, every claim offset slices"),
        Line("hypothesis: import of export-shaped JSON", sum(kinds.values()), "files", None,
             bad[0], f"{spread}; every non-merge left the library byte-identical"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--fuzz", type=int, default=1000)
    parser.add_argument("--quick", action="store_true", help="small sizes, to check the script")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.quick:
        args.kills, args.rounds, args.fuzz = 12, 2, 50
    random.seed(args.seed)
    base = Path(tempfile.mkdtemp(prefix="reliability-", dir=Path.cwd()))
    started = time.monotonic()
    lines: list[Line] = []
    try:
        sections = (
            lambda: kill_lines(args.kills, args.seed, 600, base / "kill"),
            lambda: contention_lines(args.rounds, base / "contention"),
            lambda: injected_disk_lines(20, base / "disk"),
            lambda: tmpfs_lines(20),
            lambda: damaged_lines(base / "damaged"),
            lambda: extraction_lines(base),
            lambda: app_lines(base / "app"),
            lambda: import_lines(base / "imports", 20_000 if not args.quick else 2_000),
            lambda: fuzz_lines(base / "fuzz", args.fuzz),
        )
        for section in sections:
            (base / "kill").mkdir(parents=True, exist_ok=True)
            lines += section()
            print(f"... {len(lines)} rows, {time.monotonic() - started:.0f} s", file=sys.stderr)
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(base)
    print_table(lines, f"reliability: seed {args.seed}, {time.monotonic() - started:.0f} s")
    if args.markdown:
        print(markdown(lines))
    if args.json:
        emit_json(lines)
    return 0 if all(x.ok for x in lines) else 1


if __name__ == "__main__":
    sys.exit(main())
