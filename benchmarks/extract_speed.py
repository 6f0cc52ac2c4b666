"""Extraction speed: words per second on one core, and where the time goes.

    python benchmarks/extract_speed.py [CORPUS_DIR] [--repeat N] [--segmenters [GOLD_DIR]]

Extracts every `*.txt` in CORPUS_DIR (default ../shared/corpus/wikinews) N times
(best run kept) pinned to one CPU, and prints words/s overall and per stage plus each
stage's share of the time. The budget (DESIGN.md) is 50,000 words/s for the whole
extraction. `--segmenters` also compares the built-in sentence splitter with syntok
(if installed) for speed, and for boundary F1 on the gold files in GOLD_DIR
(default ../shared/gold): the numbers behind the choice described in the README.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extract.model import Paragraph  # noqa: E402
from extract.pipeline import STAGES, extract  # noqa: E402
from extract.segment import split_sentences  # noqa: E402
from extract.text import decode, split_paragraphs  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews"
DEFAULT_GOLD = ROOT.parent / "shared" / "gold"
BUDGET = 50_000

Splitter = Callable[[str, Sequence[Paragraph]], list[tuple[int, int]]]


def pin_one_core() -> str:
    """Run on a single CPU where the platform allows it."""
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def load(corpus: Path) -> list[str]:
    files = sorted(corpus.glob("*.txt"))
    if not files:
        raise SystemExit(f"extract_speed: no .txt files in {corpus}")
    return [decode(f.read_bytes()).text for f in files]


def measure(texts: Sequence[str], repeat: int) -> tuple[float, dict[str, float]]:
    """Best total wall time over `repeat` runs, and the stage times of that run."""
    best = float("inf")
    best_stages: dict[str, float] = {}
    for _ in range(repeat):
        stages = dict.fromkeys(STAGES, 0.0)
        start = time.perf_counter()
        for text in texts:
            ex = extract(text)
            for key, value in ex.timings.items():
                stages[key] = stages.get(key, 0.0) + value
        total = time.perf_counter() - start
        if total < best:
            best, best_stages = total, stages
    return best, best_stages


def verify(texts: Sequence[str]) -> list[str]:
    """Every claim, quote and mention of every article slices back to its text."""
    problems = []
    for n, text in enumerate(texts):
        ex = extract(text)
        spans = [(c.start, c.end, c.text) for c in ex.claims]
        spans += [(q.start, q.end, q.text) for q in ex.quotes]
        if any(text[s:e] != t for s, e, t in spans):
            problems.append(f"article {n}: a claim or quote does not slice back")
        starts = [c.start for c in ex.claims]
        if starts != sorted(starts) or any(
            a.end > b.start for a, b in zip(ex.claims, ex.claims[1:], strict=False)
        ):
            problems.append(f"article {n}: claims out of order or overlapping")
        mentions = [m for s in ex.sources for m in s.mentions]
        mentions += [m for c in ex.countries for m in c.mentions]
        if any(not 0 <= s <= e <= len(text) for s, e in mentions):
            problems.append(f"article {n}: a mention lies outside the text")
    return problems


def own_splitter(text: str, paragraphs: Sequence[Paragraph]) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in split_sentences(text, paragraphs)]


def syntok_splitter() -> Splitter | None:
    """syntok over each paragraph, spans mapped back to the text (None if absent)."""
    try:
        import syntok.segmenter as segmenter
        from syntok.tokenizer import Tokenizer
    except ImportError:
        return None
    tokenizer = Tokenizer()

    def split(text: str, paragraphs: Sequence[Paragraph]) -> list[tuple[int, int]]:
        out = []
        for p in paragraphs:
            for sent in segmenter.split(tokenizer.tokenize(text[p.start : p.end])):
                last = sent[-1]
                out.append((p.start + sent[0].offset, p.start + last.offset + len(last.value)))
        return out

    return split


def boundary_f1(split: Splitter, gold_dir: Path) -> float | None:
    """Span-equality F1 of a splitter against the gold sentences."""
    tp = n_pred = n_gold = 0
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        base = gold_dir.resolve().parent
        article = next(
            (
                p
                for p in (
                    base / "seeds" / gold["article"],
                    base / "corpus" / "wikinews" / gold["article"],
                )
                if p.is_file()
            ),
            None,
        )
        if article is None:
            continue
        text = decode(article.read_bytes()).text
        pred = set(split(text, split_paragraphs(text)))
        want = {tuple(s["span"]) for s in gold["sentences"]}
        tp += len(pred & want)
        n_pred += len(pred)
        n_gold += len(want)
    if not n_gold:
        return None
    p, r = tp / n_pred, tp / n_gold
    return 2 * p * r / (p + r) if p + r else 0.0


def compare_segmenters(texts: Sequence[str], words: int, gold_dir: Path) -> None:
    rows = [("built-in (extract.segment)", own_splitter)]
    syntok = syntok_splitter()
    if syntok is not None:
        rows.append(("syntok", syntok))
    prepared = [(t, split_paragraphs(t)) for t in texts]
    print("\nsentence segmenters (paragraphs given; gold = boundary F1 on GOLD_DIR)")
    print(f"  {'segmenter':<28} {'words/s':>12} {'gold F1':>8}")
    for name, split in rows:
        start = time.perf_counter()
        for text, paragraphs in prepared:
            split(text, paragraphs)
        elapsed = time.perf_counter() - start
        f1 = boundary_f1(split, gold_dir)
        f1_text = f"{f1:8.3f}" if f1 is not None else "     n/a"
        print(f"  {name:<28} {words / elapsed:>12,.0f} {f1_text}")
    if syntok is None:
        print("  (syntok not installed: not compared)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best is kept")
    parser.add_argument(
        "--segmenters",
        type=Path,
        nargs="?",
        const=DEFAULT_GOLD,
        metavar="GOLD_DIR",
        help="also compare sentence segmenters",
    )
    args = parser.parse_args(argv)
    where = pin_one_core()
    texts = load(args.corpus)
    words = sum(len(t.split()) for t in texts)
    extract(texts[0])  # warm up: load the data tables once, as a long-running app would
    total, stages = measure(texts, max(args.repeat, 1))
    staged = sum(stages.values())
    print(f"corpus: {args.corpus} ({len(texts)} articles, {words:,} words); {where}")
    print(f"\n  {'stage':<14} {'seconds':>9} {'share':>7} {'words/s':>14}")
    for key, seconds in [*stages.items(), ("assembly", max(total - staged, 0.0))]:
        share = seconds / total if total else 0.0
        rate = f"{words / seconds:>14,.0f}" if seconds else f"{'-':>14}"
        print(f"  {key:<14} {seconds:9.3f} {share:7.1%} {rate}")
    rate = words / total
    verdict = "ok" if rate >= BUDGET else "BELOW BUDGET"
    print(f"  {'total':<14} {total:9.3f} {1:7.1%} {rate:>14,.0f}   ({verdict}: {BUDGET:,})")
    problems = verify(texts)
    print(f"\noffsets verified on {len(texts) - len(problems)}/{len(texts)} articles")
    for problem in problems:
        print(f"  {problem}")
    if args.segmenters is not None:
        compare_segmenters(texts, words, args.segmenters)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
