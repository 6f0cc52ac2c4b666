"""How fast a mark becomes durable, and whether that stays flat as the library grows.

Prints one table. Budgets (DESIGN.md): mark-to-durable p95 within 2x of the floor
(one atomic write + fsync of that article's file, measured in the same run, on
the same file, interleaved with the marks); the 1,000-article library within 1.5x
of the 1-article one; a 1,000-article library opens in under 0.5 s. Also: search
over a 2,000-claim article under 2 ms per call.

    python benchmarks/store_speed.py [--marks 300] [--dir DIR]

DIR must be on a real disk (not tmpfs), or fsync costs nothing and the floor means
nothing; the default is a temporary directory under the current directory.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from extract.model import Attribution, Country, Paragraph, Quote, Source
from store import ClaimView, Library
from store.records import ArticleState, ClaimRecord
from store.session import state_to_tables, utc_now
from store.storage import atomic_write_bytes, dumps

SOURCES = ("State Department", "Bloomberg", "Népszava", "the ministry", "Reuters")
COUNTRIES = (("US", "United States"), ("XK", "Kosovo"), ("CU", "Cuba"), ("RS", "Serbia"))
STATUSES = ("confirmed", "unconfirmed", "denied", "unreviewed")


def synthetic_state(n: int, claims: int = 40) -> ArticleState:
    """An article of `claims` sentences with sources, countries and quotes (distinct per n)."""
    sentences = [
        f"Report {n}-{i}: {SOURCES[i % 5]} said that {COUNTRIES[i % 4][1]} discussed "
        f"deportations of migrants in round {i}, according to officials."
        for i in range(claims)
    ]
    text = ""
    records: list[ClaimRecord] = []
    paragraphs: list[Paragraph] = []
    for i, sentence in enumerate(sentences):
        if i % 4 == 0:
            if text:
                text += "\n\n"
            paragraphs.append(Paragraph(len(paragraphs), len(text), len(text)))
        elif text:
            text += " "
        start = len(text)
        text += sentence
        end = len(text)
        paragraphs[-1] = Paragraph(paragraphs[-1].index, paragraphs[-1].start, end)
        sid = f"s{i % 5 + 1}"
        at = start + sentence.index(SOURCES[i % 5])
        records.append(
            ClaimRecord(
                id=f"c{i + 1}",
                index=i,
                paragraph=len(paragraphs) - 1,
                start=start,
                end=end,
                text=sentence,
                sources=(sid,),
                countries=(COUNTRIES[i % 4][0],),
                quotes=("q1",) if i == 3 else (),
                attributions=(Attribution(sid, (at, at + len(SOURCES[i % 5])), None),),
            )
        )
    import hashlib

    sha = hashlib.sha256(text.encode()).hexdigest()
    return ArticleState(
        id=sha[:12],
        sha256=sha,
        title=f"Synthetic article {n}",
        origin=None,
        added_at=utc_now(),
        text=text,
        paragraphs=tuple(paragraphs),
        claims=tuple(records),
        sources=tuple(Source(f"s{k + 1}", name, "organization") for k, name in enumerate(SOURCES)),
        countries=tuple(Country(code, name) for code, name in COUNTRIES),
        quotes=(Quote("q1", records[3].start, records[3].end, records[3].text, "s4", ("c4",)),),
    )


def build_library(root: Path, articles: int, claims: int = 40) -> list[str]:
    """Write index and article files directly (fast); the store reads them as its own."""
    (root / "articles").mkdir(parents=True)
    rows = {}
    ids = []
    for n in range(articles):
        state = synthetic_state(n, claims)
        (root / "articles" / f"{state.id}.json").write_text(dumps(state_to_tables(state)))
        rows[str(n + 1)] = {
            "id": state.id,
            "sha256": state.sha256,
            "title": state.title,
            "origin": None,
            "claims": len(state.claims),
            "added_at": state.added_at,
            "meta": {},
        }
        ids.append(state.id)
    index = {"meta": {"1": {"schema": 2, "created_at": utc_now()}}, "articles": rows}
    (root / "index.json").write_text(dumps(index))
    return ids


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure_marks(lib: Library, article_id: str, marks: int) -> tuple[list[float], list[float]]:
    """Interleaved: the floor (atomic write of the article's current bytes) then a mark."""
    path = lib.articles_path / f"{article_id}.json"
    floor_path = lib.articles_path / "floor.json"
    mark_times: list[float] = []
    floor_times: list[float] = []
    clock = time.perf_counter
    with lib.session(article_id, "bench") as session:
        claims = [c.id for c in session.state.claims]
        for i in range(marks):
            data = path.read_bytes()
            t0 = clock()
            atomic_write_bytes(floor_path, data)
            floor_times.append(clock() - t0)
            claim = claims[(i * 7) % len(claims)]
            status = STATUSES[i % 4]
            if session.state.claim(claim).status == status:
                status = STATUSES[(i + 1) % 4]
            t0 = clock()
            session.mark(claim, status)
            mark_times.append(clock() - t0)
    floor_path.unlink()
    return mark_times, floor_times


def measure_open(root: Path, repeat: int = 7) -> list[float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        lib = Library.open(root)
        lib.articles()
        times.append(time.perf_counter() - t0)
    return times


def measure_search(calls: int = 200) -> list[float]:
    state = synthetic_state(0, claims=2000)
    queries = ["nepszava", "KOSOVO", "round 1999", "bloomberg said", "zzz", "report 0-1"]
    assert ClaimView(state).matching("warm").claims == ()  # folds the texts once, as opening does
    times = []
    for i in range(calls):
        query = queries[i % len(queries)][: 1 + i % 12]
        t0 = time.perf_counter()
        ClaimView(state).matching(query).claims  # noqa: B018 - the work measured
        times.append(time.perf_counter() - t0)
    return times


def ms(value: float) -> str:
    return f"{value * 1000:8.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--marks", type=int, default=300)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--json", action="store_true", help="also print the numbers as JSON")
    args = parser.parse_args()

    base = Path(tempfile.mkdtemp(prefix="store-speed-", dir=args.dir or Path.cwd()))
    try:
        small_ids = build_library(base / "one", 1)
        huge_ids = build_library(base / "huge", 1, claims=2000)
        t0 = time.perf_counter()
        big_ids = build_library(base / "many", args.articles)
        build_s = time.perf_counter() - t0
        open_times = measure_open(base / "many")
        lister = Library.open(base / "many")
        t0 = time.perf_counter()
        lister.progress_all()
        list_first = time.perf_counter() - t0
        t0 = time.perf_counter()
        lister.progress_all()
        list_again = time.perf_counter() - t0
        small = Library.open(base / "one")
        big = Library.open(base / "many")
        target = big_ids[len(big_ids) // 2]
        # Warm both once, then alternate rounds so disk weather hits both alike.
        small_marks: list[float] = []
        small_floor: list[float] = []
        big_marks: list[float] = []
        big_floor: list[float] = []
        rounds = 10
        for _ in range(rounds):
            m, f = measure_marks(small, small_ids[0], args.marks // rounds)
            small_marks += m
            small_floor += f
            m, f = measure_marks(big, target, args.marks // rounds)
            big_marks += m
            big_floor += f
        huge_marks, huge_floor = measure_marks(Library.open(base / "huge"), huge_ids[0], 60)
        search = measure_search()
    finally:
        shutil.rmtree(base, ignore_errors=True)

    rows = [
        ("1 article", small_marks, small_floor),
        (f"{args.articles} articles", big_marks, big_floor),
        ("1 × 2,000 claims", huge_marks, huge_floor),
    ]
    print(f"store_speed: {args.marks} marks per library, 40 claims per article, dir {base.parent}")
    print(f"(built the {args.articles}-article library in {build_s:.2f} s)\n")
    print(
        f"{'library':<16}{'mark med':>10}{'mark p95':>10}{'floor med':>11}{'floor p95':>11}"
        f"{'med ratio':>11}{'p95 ratio':>11}"
    )
    results: dict[str, float] = {}
    for name, marks, floor in rows:
        med_ratio = statistics.median(marks) / statistics.median(floor)
        ratio = pct(marks, 0.95) / pct(floor, 0.95)
        print(
            f"{name:<16}{ms(statistics.median(marks)):>10}{ms(pct(marks, 0.95)):>10}"
            f"{ms(statistics.median(floor)):>11}{ms(pct(floor, 0.95)):>11}"
            f"{med_ratio:>10.2f}x{ratio:>10.2f}x"
        )
        results[f"{name} p95/floor"] = ratio
    flat_med = statistics.median(big_marks) / statistics.median(small_marks)
    flat_p95 = pct(big_marks, 0.95) / pct(small_marks, 0.95)
    open_med = statistics.median(open_times)
    search_med = statistics.median(search)
    search_max = max(search)
    print(
        "\n(times in ms; ratio = mark over floor at the same percentile; the budget is "
        "the p95 ratio <= 2x for the 40-claim rows; the 2,000-claim row is for information)"
    )
    print(
        f"flatness  {args.articles} vs 1 article: median {flat_med:.2f}x, p95 {flat_p95:.2f}x"
        "   (budget 1.5x)"
    )
    print(
        f"open      {args.articles}-article library: median {open_med * 1000:.1f} ms, "
        f"max {max(open_times) * 1000:.1f} ms   (budget 500 ms)"
    )
    print(
        f"progress  all {args.articles} articles (`list`): {list_first * 1000:.0f} ms, "
        f"again (unchanged files) {list_again * 1000:.1f} ms"
    )
    print(
        f"search    2,000 claims: median {search_med * 1000:.3f} ms, "
        f"max {search_max * 1000:.3f} ms per call   (budget 2 ms)"
    )
    worst = max(v for k, v in results.items() if "2,000" not in k)
    ok = worst <= 2.0 and flat_p95 <= 1.5 and flat_med <= 1.5 and open_med < 0.5
    ok = ok and search_med < 0.002
    print(f"\nbudgets: {'all met' if ok else 'NOT MET'} (worst mark p95/floor {worst:.2f}x)")
    if args.json:
        print(
            json.dumps(
                {
                    **results,
                    "flat_median": flat_med,
                    "flat_p95": flat_p95,
                    "open_s": open_med,
                    "search_s": search_med,
                }
            )
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
