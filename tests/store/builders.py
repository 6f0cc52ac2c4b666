"""Hand-built extractions for store tests: independent of the extraction pipeline.

The store only needs a well-formed `Extraction`; building one from a tiny rule set
here keeps store tests about storage and review, not about extraction quality.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.model import (
    ArticleInfo,
    Attribution,
    Claim,
    Country,
    Extraction,
    Paragraph,
    Quote,
    Source,
)
from extract.text import article_id, sha256_of

SOURCES = {"Bloomberg": "outlet", "State Department": "organization", "Népszava": "outlet"}
COUNTRIES = {"Cuba": "CU", "Kosovo": "XK", "United States": "US", "Serbia": "RS"}
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")
_QUOTE = re.compile(r"“([^”]*)”")

ARTICLE = (
    "The State Department confirmed the talks with Kosovo on June 6.\n"
    "\n"
    "Bloomberg reported that deportees would come from Cuba. "
    "Officials in Serbia declined to comment.\n"
    "“We are not a waiting room,” said a minister, according to Népszava. "
    "The United States did not answer.\n"
)


def build_extraction(text: str = ARTICLE, *, title: str | None = None) -> Extraction:
    """Sentences per line, sources/countries by name, quotes between curly marks."""
    paragraphs: list[Paragraph] = []
    claims: list[Claim] = []
    source_ids: dict[str, str] = {}
    mentions: dict[str, list[tuple[int, int]]] = {}
    country_mentions: dict[str, list[tuple[int, int]]] = {}
    country_names = {code: name for name, code in COUNTRIES.items()}
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            paragraphs.append(Paragraph(len(paragraphs), offset, offset + len(line)))
            for match in _SENTENCE.finditer(line):
                raw = match.group()
                start = offset + match.start() + (len(raw) - len(raw.lstrip()))
                end = offset + match.end() - (len(raw) - len(raw.rstrip()))
                if end <= start:
                    continue
                sentence = text[start:end]
                sources: list[str] = []
                attributions: list[Attribution] = []
                for name in SOURCES:
                    at = sentence.find(name)
                    if at >= 0:
                        sid = source_ids.setdefault(name, f"s{len(source_ids) + 1}")
                        span = (start + at, start + at + len(name))
                        mentions.setdefault(sid, []).append(span)
                        sources.append(sid)
                        attributions.append(Attribution(sid, span, None))
                codes: list[str] = []
                for name, code in COUNTRIES.items():
                    at = sentence.find(name)
                    if at >= 0:
                        country_mentions.setdefault(code, []).append(
                            (start + at, start + at + len(name))
                        )
                        codes.append(code)
                cid = f"c{len(claims) + 1}"
                claims.append(
                    Claim(
                        id=cid,
                        index=len(claims),
                        paragraph=len(paragraphs) - 1,
                        start=start,
                        end=end,
                        text=sentence,
                        sources=tuple(sources),
                        countries=tuple(codes),
                        attributions=tuple(attributions),
                    )
                )
        offset += len(line) + 1
    quotes: list[Quote] = []
    for match in _QUOTE.finditer(text):
        qid = f"q{len(quotes) + 1}"
        inside = [c.id for c in claims if c.start <= match.start(1) < c.end]
        quotes.append(Quote(qid, match.start(1), match.end(1), match.group(1), None, tuple(inside)))
        claims = [_with_quote(c, qid) if c.id in inside else c for c in claims]
    sources_out = tuple(
        Source(sid, name, SOURCES[name], (name,), tuple(mentions[sid]))
        for name, sid in source_ids.items()
    )
    countries_out = tuple(
        Country(code, country_names[code], tuple(spans)) for code, spans in country_mentions.items()
    )
    sha = sha256_of(text)
    info = ArticleInfo(article_id(sha), title, sha, len(text), len(text.split()))
    return Extraction(
        text, info, tuple(paragraphs), tuple(claims), sources_out, countries_out, tuple(quotes)
    )


def _with_quote(claim: Claim, qid: str) -> Claim:
    return replace(claim, quotes=(*claim.quotes, qid))


def long_article(claims: int, *, seed: int = 0) -> str:
    """An article of about `claims` sentences mixing sources, countries and accents."""
    words = ["Bloomberg", "State Department", "Népszava", "Cuba", "Kosovo", "Serbia", "officials"]
    lines = []
    for i in range(claims):
        a = words[(i + seed) % len(words)]
        b = words[(i * 3 + seed) % len(words)]
        lines.append(f"Report {seed}-{i} says {a} discussed deportations with {b} on day {i}.")
    paragraphs = ["\n".join(lines[i : i + 4]).replace("\n", " ") for i in range(0, claims, 4)]
    return "\n\n".join(paragraphs) + "\n"
