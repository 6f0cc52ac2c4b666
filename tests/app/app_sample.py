"""Fixed articles for the app tests, built by hand (not by the extractor).

The app tests and snapshots must not change when the extraction improves, so the
claims, sources, countries and quotes here come from a small table of phrases
looked up in the text, and the result is stored with `Library.add_state`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from importlib.resources import files

from extract.model import Attribution, Country, Paragraph, Quote, Source
from store.records import ArticleState, ClaimRecord

SENTENCE_END = re.compile(r"(?<=[.!?])[”\"]?\s+(?=[“\"A-Z])")
QUOTE = re.compile(r"“([^”]*)”")


@dataclass(frozen=True)
class Annotations:
    """Which phrases name which source, cue and country."""

    sources: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    cues: tuple[str, ...] = ()
    countries: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)


def _find_all(text: str, phrase: str, lo: int, hi: int) -> list[tuple[int, int]]:
    spans = []
    for match in re.finditer(r"\b" + re.escape(phrase) + r"\b", text[lo:hi]):
        spans.append((lo + match.start(), lo + match.end()))
    return spans


def _paragraphs(text: str) -> list[Paragraph]:
    result, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            result.append(Paragraph(len(result), offset, offset + len(line)))
        offset += len(line) + 1
    return result


def _sentences(text: str, paragraph: Paragraph) -> list[tuple[int, int]]:
    spans, start = [], paragraph.start
    body = text[paragraph.start:paragraph.end]
    for match in SENTENCE_END.finditer(body):
        cut = paragraph.start + match.start()
        while cut < paragraph.end and text[cut] in "”\"":
            cut += 1
        spans.append((start, cut))
        start = paragraph.start + match.end()
    spans.append((start, paragraph.end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def build_state(text: str, notes: Annotations, *, title: str | None = None) -> ArticleState:
    """An unreviewed article state with the given annotations found in `text`."""
    paragraphs = _paragraphs(text)
    sources = list(notes.sources.items())
    source_ids = {name: f"s{i}" for i, (name, _) in enumerate(sources, 1)}
    claims: list[ClaimRecord] = []
    mentions: dict[str, list[tuple[int, int]]] = {}
    country_mentions: dict[str, list[tuple[int, int]]] = {}
    quote_spans = [(m.start(1), m.end(1)) for m in QUOTE.finditer(text)]
    for paragraph in paragraphs:
        for start, end in _sentences(text, paragraph):
            attributions, claim_sources = [], []
            for name, (_kind, phrases) in sources:
                for phrase in phrases:
                    for span in _find_all(text, phrase, start, end):
                        sid = source_ids[name]
                        cue = next(
                            (c for cue in notes.cues for c in _find_all(text, cue, start, end)),
                            None,
                        )
                        attributions.append(Attribution(sid, span, cue))
                        mentions.setdefault(sid, []).append(span)
                        if sid not in claim_sources:
                            claim_sources.append(sid)
            codes = []
            for code, (_name, names) in notes.countries.items():
                for phrase in names:
                    for span in _find_all(text, phrase, start, end):
                        country_mentions.setdefault(code, []).append(span)
                        if code not in codes:
                            codes.append(code)
            quotes = tuple(
                f"q{i}" for i, (qs, qe) in enumerate(quote_spans, 1) if qs < end and qe > start
            )
            index = len(claims)
            claims.append(ClaimRecord(
                id=f"c{index + 1}", index=index, paragraph=paragraph.index, start=start,
                end=end, text=text[start:end], sources=tuple(claim_sources),
                countries=tuple(codes), quotes=quotes,
                attributions=tuple(sorted(attributions, key=lambda a: a.source_span)),
            ))
    quote_records = []
    for i, (qs, qe) in enumerate(quote_spans, 1):
        qid = f"q{i}"
        in_claims = tuple(c.id for c in claims if qid in c.quotes)
        speaker = next((c.sources[0] for c in claims if qid in c.quotes and c.sources), None)
        quote_records.append(Quote(qid, qs, qe, text[qs:qe], speaker, in_claims))
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return ArticleState(
        id=sha[:12], sha256=sha, title=title, origin=None, added_at="2026-11-28T00:00:00Z",
        text=text, paragraphs=tuple(paragraphs), claims=tuple(claims),
        sources=tuple(
            Source(source_ids[name], name, kind, phrases, tuple(sorted(mentions[source_ids[name]])))
            for name, (kind, phrases) in sources
            if source_ids[name] in mentions
        ),
        countries=tuple(
            Country(code, name, tuple(sorted(country_mentions[code])))
            for code, (name, _) in notes.countries.items()
            if code in country_mentions
        ),
        quotes=tuple(quote_records),
    )


SEED_NOTES = Annotations(
    sources={
        "US State Department": ("organization", ("State Department", "They", "they")),
        "Bloomberg": ("outlet", ("Bloomberg",)),
        "US Embassy": ("organization", ("Embassy", "US Embassy in Podgorica")),
        "Wall Street Journal": ("outlet", ("Wall Street Journal",)),
    },
    cues=("confirmed", "declined", "said", "recalled", "reads", "states", "conclude",
          "reported", "made the same statement"),
    countries={
        "US": ("United States", ("US", "United States", "American", "Washington")),
        "CU": ("Cuba", ("Cuba",)),
        "HT": ("Haiti", ("Haiti",)),
        "NI": ("Nicaragua", ("Nicaragua",)),
        "VE": ("Venezuela", ("Venezuela",)),
        "RS": ("Serbia", ("Serbia",)),
        "ME": ("Montenegro", ("Montenegro", "Podgorica")),
        "MD": ("Moldova", ("Moldova",)),
        "XK": ("Kosovo", ("Kosovo",)),
    },
)


def seed_state() -> ArticleState:
    """The bundled Balkans article with fixed annotations."""
    text = files("seeds").joinpath("balkans-deportations.txt").read_text(encoding="utf-8")
    return build_state(text, SEED_NOTES, title="Balkan countries and US deportations")


INJECTION_TEXT = (
    "The ministry said [bold]nothing[/bold] was agreed [@click=app.quit]click[/] here.\n"
    "A spokesman said the [link=https://example.com]report[/link] was false.\n"
    "The agency said \x1b[31mred\x1b[0m text and a bell\x07 were sent.\n"
)

INJECTION_NOTES = Annotations(
    sources={"The ministry": ("organization", ("ministry",)),
             "A spokesman": ("person", ("spokesman",)),
             "The agency": ("organization", ("agency",))},
    cues=("said",),
)


def injection_state() -> ArticleState:
    """An article whose text looks like markup and carries escape sequences."""
    return build_state(INJECTION_TEXT, INJECTION_NOTES, title="[b]Markup[/b] test")


def big_state(claims: int) -> ArticleState:
    """A long article (for the 2,000-claim checks): one sentence a line."""
    lines = [
        f"The State Department said claim number {i} about Cuba was reviewed."
        for i in range(claims)
    ]
    return build_state("\n".join(lines) + "\n", SEED_NOTES, title=f"{claims} claims")
