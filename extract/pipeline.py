"""The extraction pipeline: text -> paragraphs -> sentences -> quotes -> sources -> countries.

Each stage is a pure function over the text and the earlier stages' offsets; this
module only runs them in order, times them, and assembles the `Extraction`.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Sequence

from extract.model import (
    ArticleInfo,
    Claim,
    Country,
    Extraction,
    Quote,
    Sentence,
    Span,
)
from extract.quotes import find_quotes
from extract.segment import split_sentences
from extract.text import article_id, find_title, sha256_of, split_paragraphs

STAGES: tuple[str, ...] = ("segmentation", "quotes", "attribution", "countries")


def _overlapping(starts: Sequence[int], sentences: Sequence[Sentence], lo: int, hi: int) -> range:
    """Indices of the sentences overlapping [lo, hi) (sentences sorted, disjoint)."""
    first = bisect_right(starts, lo) - 1
    if first < 0 or sentences[first].end <= lo:
        first += 1
    last = first
    n = len(sentences)
    while last < n and sentences[last].start < hi:
        last += 1
    return range(first, last)


def extract(text: str, *, title: str | None = None) -> Extraction:
    """Extract claims, sources, countries and quotes from an article's text."""
    from extract import attribution, countries  # stages owned by their own modules

    timings: dict[str, float] = {}
    clock = time.perf_counter

    t0 = clock()
    paragraphs = split_paragraphs(text)
    sentences = split_sentences(text, paragraphs)
    t1 = clock()
    timings["segmentation"] = t1 - t0

    spans = find_quotes(text, paragraphs)
    t2 = clock()
    timings["quotes"] = t2 - t1

    attributed = attribution.attribute(text, paragraphs, sentences, spans)
    t3 = clock()
    timings["attribution"] = t3 - t2

    hits = countries.find_countries(text)
    t4 = clock()
    timings["countries"] = t4 - t3

    starts = [s.start for s in sentences]

    # Quotes the attribution stage kept, numbered in text order.
    quote_ids_by_sentence: list[list[str]] = [[] for _ in sentences]
    quotes: list[Quote] = []
    for k, span in enumerate(spans):
        if not attributed.quote_keep[k]:
            continue
        qid = f"q{len(quotes) + 1}"
        covered = _overlapping(starts, sentences, span.start, max(span.end, span.start + 1))
        for si in covered:
            quote_ids_by_sentence[si].append(qid)
        quotes.append(
            Quote(
                id=qid,
                start=span.start,
                end=span.end,
                text=text[span.start : span.end],
                speaker=attributed.quote_speakers[k],
                claims=tuple(f"c{si + 1}" for si in covered),
            )
        )

    # Country hits inside sentences: per claim (unique, first-mention order) and overall.
    codes_by_sentence: list[list[str]] = [[] for _ in sentences]
    mentions: dict[str, list[Span]] = {}
    for hit in hits:
        si = bisect_right(starts, hit.start) - 1
        if si < 0 or hit.end > sentences[si].end:
            continue
        codes = codes_by_sentence[si]
        if hit.code not in codes:
            codes.append(hit.code)
        mentions.setdefault(hit.code, []).append((hit.start, hit.end))
    country_list = tuple(
        Country(code=code, name=countries.country_name(code), mentions=tuple(spans_))
        for code, spans_ in mentions.items()
    )

    claims = tuple(
        Claim(
            id=f"c{s.index + 1}",
            index=s.index,
            paragraph=s.paragraph,
            start=s.start,
            end=s.end,
            text=text[s.start : s.end],
            sources=tuple(attributed.claim_sources[s.index]),
            countries=tuple(codes_by_sentence[s.index]),
            quotes=tuple(quote_ids_by_sentence[s.index]),
            attributions=tuple(attributed.claim_attributions[s.index]),
        )
        for s in sentences
    )

    sha = sha256_of(text)
    info = ArticleInfo(
        id=article_id(sha),
        title=title if title is not None else find_title(text),
        sha256=sha,
        chars=len(text),
        words=len(text.split()),
    )
    return Extraction(
        text=text,
        article=info,
        paragraphs=tuple(paragraphs),
        claims=claims,
        sources=tuple(attributed.sources),
        countries=country_list,
        quotes=tuple(quotes),
        timings=timings,
    )
