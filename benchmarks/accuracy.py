"""Score the extractor against gold annotations (format: ../shared/gold/README.md).

    python benchmarks/accuracy.py GOLD_DIR [ARTICLES_DIR] [-v] [--only KIND] [--json] [--check]

For each gold file the article is read from ARTICLES_DIR, else from the `seeds/` or
`corpus/wikinews/` folder next to GOLD_DIR's parent. Prints per-article and overall
figures, following the gold README's scoring procedure:

- sentences: a predicted claim matches a gold sentence when the spans are equal (P/R/F1);
- sources / countries: every gold sentence is compared with the claim that overlaps it
  most; predicted names map to gold canonical names through `name` and `aliases`
  (case-insensitive, leading "the" and trailing "'s" ignored); an empty list counts as
  the class "unattributed"; per sentence the best of the primary answer and the
  alternatives is kept; counts are summed (micro P/R/F1); `acc` is the share of
  sentences whose answer equals one of the gold answers exactly;
- quotes: strict (equal spans) and lenient (overlapping, texts equal after stripping
  whitespace and punctuation at both ends) F1, one-to-one; speaker accuracy over the
  gold quotes matched leniently.

`-v` lists every disagreement (use `--only sources` etc. to narrow it). `--check` exits 1
when an overall figure is below the issue's target.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extract.model import Extraction  # noqa: E402
from extract.pipeline import extract  # noqa: E402
from extract.text import decode  # noqa: E402

NONE = "<unattributed>"
NO_COUNTRY = "<none>"
TARGETS = {
    "sentences": 0.98,
    "countries": 0.95,
    "sources": 0.85,
    "quotes": 0.95,
    "speaker": 0.90,
}
_PUNCT_CATEGORIES = ("P", "Z", "S")


@dataclass
class PRF:
    """Micro counts; `exact`/`total` for sentence-level accuracy."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    exact: int = 0
    total: int = 0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.exact += other.exact
        self.total += other.total

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def acc(self) -> float:
        return self.exact / self.total if self.total else 1.0


@dataclass
class Report:
    """Scores for one article (or the sum over all)."""

    name: str
    sentences: PRF = field(default_factory=PRF)
    sources: PRF = field(default_factory=PRF)
    countries: PRF = field(default_factory=PRF)
    # The same counts without the empty class ("unattributed", "no country").
    sources_named: PRF = field(default_factory=PRF)
    countries_named: PRF = field(default_factory=PRF)
    quotes_strict: PRF = field(default_factory=PRF)
    quotes_lenient: PRF = field(default_factory=PRF)
    quote_flag: PRF = field(default_factory=PRF)
    speaker_right: int = 0
    speaker_total: int = 0
    seconds: float = 0.0
    issues: list[tuple[str, str]] = field(default_factory=list)

    def add(self, other: Report) -> None:
        for key in (
            "sentences",
            "sources",
            "countries",
            "sources_named",
            "countries_named",
            "quotes_strict",
            "quotes_lenient",
            "quote_flag",
        ):
            getattr(self, key).add(getattr(other, key))
        self.speaker_right += other.speaker_right
        self.speaker_total += other.speaker_total
        self.seconds += other.seconds

    @property
    def speaker(self) -> float:
        return self.speaker_right / self.speaker_total if self.speaker_total else 1.0

    def figures(self) -> dict[str, float]:
        return {
            "sentences": self.sentences.f1,
            "countries": self.countries.f1,
            "sources": self.sources.f1,
            "quotes": self.quotes_strict.f1,
            "speaker": self.speaker,
        }


def norm_name(name: str) -> str:
    """Name comparison key: case-folded, no leading "the", no trailing possessive."""
    key = " ".join(name.split()).casefold()
    if key.startswith("the "):
        key = key[4:]
    for suffix in ("'s", "’s"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
    return key.strip()


def strip_edges(text: str) -> str:
    """Text without whitespace, punctuation and symbols at either end (lenient quotes)."""
    s, e = 0, len(text)
    while s < e and unicodedata.category(text[s])[0] in _PUNCT_CATEGORIES:
        s += 1
    while e > s and unicodedata.category(text[e - 1])[0] in _PUNCT_CATEGORIES:
        e -= 1
    return text[s:e]


def find_article(name: str, gold_dir: Path, articles_dir: Path | None) -> Path:
    """The gold file's article: ARTICLES_DIR, then ../seeds, then ../corpus/wikinews."""
    candidates = []
    if articles_dir is not None:
        candidates.append(articles_dir / name)
    base = gold_dir.resolve().parent
    candidates += [base / "seeds" / name, base / "corpus" / "wikinews" / name]
    for path in candidates:
        if path.is_file():
            return path
    raise SystemExit(
        f"accuracy: article {name} not found (looked in {', '.join(map(str, candidates))})"
    )


class NameMap:
    """Maps predicted source names and aliases onto the gold canonical names."""

    def __init__(self, gold_sources: Iterable[dict[str, Any]]) -> None:
        self.keys: dict[str, set[str]] = {}
        for src in gold_sources:
            for surface in [src["name"], *src.get("aliases", [])]:
                self.keys.setdefault(norm_name(surface), set()).add(src["name"])

    def candidates(self, surfaces: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for surface in surfaces:
            found |= self.keys.get(norm_name(surface), set())
        return found


def score_sets(
    predicted: Sequence[frozenset[str] | str], options: Sequence[set[str]], empty: str
) -> tuple[PRF, set[str], set[str]]:
    """Best P/R/F1 of one sentence's prediction against each acceptable answer.

    `predicted` holds, per predicted item, either the set of gold labels it may stand for
    (a source name matching several gold names) or a plain label.
    Returns the counts, the predicted labels as resolved for the best option, and that option.
    """
    best: tuple[tuple[float, int], PRF, set[str], set[str]] | None = None
    for option in options:
        gold = set(option) or {empty}
        resolved: set[str] = set()
        for item in predicted:
            if isinstance(item, str):
                resolved.add(item)
            else:
                inside = item & gold
                resolved |= inside if inside else {sorted(item)[0]}
        resolved = resolved or {empty}
        prf = PRF(
            tp=len(resolved & gold),
            fp=len(resolved - gold),
            fn=len(gold - resolved),
            exact=int(resolved == gold),
            total=1,
        )
        key = (prf.f1, prf.tp)
        if best is None or key > best[0]:
            best = (key, prf, resolved, gold)
    assert best is not None
    return best[1], best[2], best[3]


def named(got: set[str], want: set[str], empty: str) -> PRF:
    """Counts over named labels only (the empty class left out)."""
    got, want = got - {empty}, want - {empty}
    return PRF(tp=len(got & want), fp=len(got - want), fn=len(want - got))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score_article(gold: dict[str, Any], text: str, ex: Extraction, name: str) -> Report:
    """All figures for one article."""
    rep = Report(name=name)
    claims = ex.claims
    sources = {s.id: s for s in ex.sources}
    names = NameMap(gold.get("sources", []))

    # Sentences: equal spans.
    pred_spans = {(c.start, c.end) for c in claims}
    gold_spans = {tuple(s["span"]) for s in gold["sentences"]}
    rep.sentences = PRF(
        tp=len(pred_spans & gold_spans),
        fp=len(pred_spans - gold_spans),
        fn=len(gold_spans - pred_spans),
    )
    for s in gold["sentences"]:
        if tuple(s["span"]) not in pred_spans:
            rep.issues.append(("sentences", f"gold sentence {s['i']} not found: {s['text']!r}"))
    for c in claims:
        if (c.start, c.end) not in gold_spans:
            rep.issues.append(("sentences", f"predicted {c.id} is no gold sentence: {c.text!r}"))

    # Labels: each gold sentence against the claim that overlaps it most.
    starts = [c.start for c in claims]
    import bisect

    for s in gold["sentences"]:
        span = (s["span"][0], s["span"][1])
        k = bisect.bisect_right(starts, span[0]) - 1
        best = None
        for j in range(max(k, 0), len(claims)):
            c = claims[j]
            if c.start >= span[1]:
                break
            ov = _overlap(span, (c.start, c.end))
            if ov and (best is None or ov > best[0]):
                best = (ov, c)
        claim = best[1] if best else None

        pred_sources: list[frozenset[str] | str] = []
        pred_names: list[str] = []
        for sid in claim.sources if claim else ():
            src = sources.get(sid)
            if src is None:
                continue
            pred_names.append(src.name)
            cands = names.candidates([src.name, *src.aliases])
            pred_sources.append(frozenset(cands) if cands else f"?{src.name}")
        options = [set(s["sources"])] + [set(a) for a in s.get("alt_sources", [])]
        prf, got, want = score_sets(pred_sources, options, NONE)
        rep.sources.add(prf)
        rep.sources_named.add(named(got, want, NONE))
        if not prf.exact:
            rep.issues.append(
                (
                    "sources",
                    f"sentence {s['i']}: predicted {pred_names or '[]'} -> {sorted(got)}; "
                    f"gold {s['sources']}"
                    + (f" alt {s['alt_sources']}" if s.get("alt_sources") else "")
                    + f" :: {s['text'][:90]!r}",
                )
            )

        pred_codes: list[frozenset[str] | str] = list(claim.countries if claim else ())
        options = [set(s["countries"])] + [set(a) for a in s.get("alt_countries", [])]
        prf, got, _want = score_sets(pred_codes, options, NO_COUNTRY)
        rep.countries.add(prf)
        rep.countries_named.add(named(got, _want, NO_COUNTRY))
        if not prf.exact:
            rep.issues.append(
                (
                    "countries",
                    f"sentence {s['i']}: predicted {list(claim.countries) if claim else []}; "
                    f"gold {s['countries']}"
                    + (f" alt {s['alt_countries']}" if s.get("alt_countries") else "")
                    + f" :: {s['text'][:90]!r}",
                )
            )

        flag = bool(claim and claim.quotes)
        rep.quote_flag.add(PRF(exact=int(flag == s["quote"]), total=1))

    # Quotes: strict and lenient one-to-one matching.
    gold_quotes = gold.get("quotes", [])
    pred_quotes = list(ex.quotes)
    strict_pairs = {
        gi: pi
        for gi, g in enumerate(gold_quotes)
        for pi, q in enumerate(pred_quotes)
        if (q.start, q.end) == tuple(g["span"])
    }
    rep.quotes_strict = PRF(
        tp=len(strict_pairs),
        fp=len(pred_quotes) - len(strict_pairs),
        fn=len(gold_quotes) - len(strict_pairs),
    )
    lenient: dict[int, int] = {}
    used: set[int] = set()
    for gi, g in enumerate(gold_quotes):
        gspan = (g["span"][0], g["span"][1])
        if gi in strict_pairs:
            lenient[gi] = strict_pairs[gi]
            used.add(strict_pairs[gi])
            continue
        for pi, q in enumerate(pred_quotes):
            if pi in used or pi in strict_pairs.values():
                continue
            if _overlap(gspan, (q.start, q.end)) and strip_edges(q.text) == strip_edges(g["text"]):
                lenient[gi] = pi
                used.add(pi)
                break
    rep.quotes_lenient = PRF(
        tp=len(lenient),
        fp=len(pred_quotes) - len(lenient),
        fn=len(gold_quotes) - len(lenient),
    )
    for gi, g in enumerate(gold_quotes):
        if gi not in lenient:
            rep.issues.append(("quotes", f"gold quote not found: {g['text'][:80]!r}"))
            continue
        q = pred_quotes[lenient[gi]]
        rep.speaker_total += 1
        src = sources.get(q.speaker) if q.speaker else None
        accepted = {g["speaker"], *g.get("alt_speakers", [])}
        cands = names.candidates([src.name, *src.aliases]) if src else set()
        if cands & accepted:
            rep.speaker_right += 1
        else:
            rep.issues.append(
                (
                    "speaker",
                    f"{q.id} speaker {src.name if src else None!r}; gold {g['speaker']!r}"
                    + (f" alt {g['alt_speakers']}" if g.get("alt_speakers") else "")
                    + f" :: {g['text'][:60]!r}",
                )
            )
    for pi, q in enumerate(pred_quotes):
        if pi not in used:
            rep.issues.append(("quotes", f"predicted {q.id} is no gold quote: {q.text[:80]!r}"))
    return rep


def _row(rep: Report, width: int) -> str:
    s, so, co = rep.sentences, rep.sources, rep.countries
    qs, ql = rep.quotes_strict, rep.quotes_lenient
    return (
        f"{rep.name[:width]:<{width}} {s.p:5.3f} {s.r:5.3f} {s.f1:5.3f} │ "
        f"{so.p:5.3f} {so.r:5.3f} {so.f1:5.3f} {so.acc:5.3f} │ "
        f"{co.p:5.3f} {co.r:5.3f} {co.f1:5.3f} {co.acc:5.3f} │ "
        f"{qs.f1:5.3f} {ql.f1:5.3f} {rep.speaker:5.3f} {rep.quote_flag.acc:5.3f}"
    )


def print_table(reports: Sequence[Report], total: Report, out: Any = sys.stdout) -> None:
    width = 34
    head = (
        f"{'article':<{width}} {'sentence P/R/F1':^17} │ {'sources P/R/F1/acc':^23} │ "
        f"{'countries P/R/F1/acc':^23} │ {'quotes F1 str/len, speaker, flag':^23}"
    )
    out.write(head + "\n" + "─" * len(head) + "\n")
    for rep in reports:
        out.write(_row(rep, width) + "\n")
    out.write("─" * len(head) + "\n")
    out.write(_row(total, width) + "\n\n")
    figures = total.figures()
    for key, target in TARGETS.items():
        value = figures[key]
        mark = "ok " if value >= target else "LOW"
        out.write(f"  {mark} {key:<10} {value:6.3f}  (target {target:.2f})\n")
    out.write(
        f"\n  without the empty class: sources F1 {total.sources_named.f1:.3f}, "
        f"countries F1 {total.countries_named.f1:.3f}"
        f"\n  quotes lenient F1 {total.quotes_lenient.f1:.3f}; speaker over "
        f"{total.speaker_total} matched quotes; extraction took {total.seconds * 1000:.0f} ms\n"
    )


def run(gold_dir: Path, articles_dir: Path | None) -> tuple[list[Report], Report]:
    """Extract and score every gold file in gold_dir."""
    reports: list[Report] = []
    total = Report(name="overall")
    golds = []
    for path in sorted(gold_dir.glob("*.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue
        if isinstance(gold, dict) and {"article", "sentences"} <= gold.keys():
            golds.append((path, gold))
    if not golds:
        raise SystemExit(f"accuracy: no gold files (*.json in the gold format) in {gold_dir}")
    for path, gold in golds:
        article = find_article(gold["article"], gold_dir, articles_dir)
        text = decode(article.read_bytes()).text
        t0 = time.perf_counter()
        ex = extract(text)
        elapsed = time.perf_counter() - t0
        rep = score_article(gold, text, ex, path.stem)
        rep.seconds = elapsed
        reports.append(rep)
        total.add(rep)
    return reports, total


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("articles_dir", type=Path, nargs="?")
    parser.add_argument("-v", "--verbose", action="store_true", help="list disagreements")
    parser.add_argument(
        "--only",
        choices=("sentences", "sources", "countries", "quotes", "speaker"),
        action="append",
        help="with -v: only these disagreements",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--check", action="store_true", help="exit 1 if below a target")
    args = parser.parse_args(argv)
    reports, total = run(args.gold_dir, args.articles_dir)
    if args.json:
        doc = {
            rep.name: {**rep.figures(), "quotes_lenient": rep.quotes_lenient.f1}
            for rep in [*reports, total]
        }
        print(json.dumps(doc, indent=2))
    else:
        print_table(reports, total)
    if args.verbose:
        for rep in reports:
            shown = [(k, m) for k, m in rep.issues if not args.only or k in args.only]
            if shown:
                print(f"\n== {rep.name}")
                for kind, message in shown:
                    print(f"  [{kind}] {message}")
    if args.check and any(total.figures()[k] < t for k, t in TARGETS.items()):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
