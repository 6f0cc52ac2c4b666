"""The extraction's records: what `claimdesk extract` prints and `store` ingests.

Frozen dataclasses so an extraction can be shared between threads and cached
without copying. `to_json()` produces exactly the public `claimdesk.extract/1`
shape from DESIGN.md; key order is part of that contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA = "claimdesk.extract/1"

SourceKind = Literal["organization", "person", "outlet", "document", "group", "unknown"]
SOURCE_KINDS: tuple[str, ...] = (
    "organization",
    "person",
    "outlet",
    "document",
    "group",
    "unknown",
)

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the article: the unit a claim is made from."""

    index: int
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A non-blank line of the article, with its offsets."""

    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Attribution:
    """Where a claim names its source: the source phrase and the speech/report cue."""

    source: str
    source_span: Span
    cue_span: Span | None

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "source_span": list(self.source_span),
            "cue_span": list(self.cue_span) if self.cue_span is not None else None,
        }


@dataclass(frozen=True, slots=True)
class Claim:
    """A reviewable statement: one sentence, with what it is attributed to."""

    id: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    sources: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    attributions: tuple[Attribution, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "index": self.index,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "sources": list(self.sources),
            "countries": list(self.countries),
            "quotes": list(self.quotes),
            "attributions": [a.to_json() for a in self.attributions],
        }


@dataclass(frozen=True, slots=True)
class Source:
    """Who claims are attributed to, merged over all the ways the article names it."""

    id: str
    name: str
    kind: str = "unknown"
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "mentions": [list(m) for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class Country:
    """A country the article names, by ISO 3166-1 alpha-2 code (XK for Kosovo)."""

    code: str
    name: str
    mentions: tuple[Span, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "mentions": [list(m) for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation: the characters between the marks, and who said them."""

    id: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    claims: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker,
            "claims": list(self.claims),
        }


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """Identity and size of the extracted text."""

    id: str
    title: str | None
    sha256: str
    chars: int
    words: int

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "sha256": self.sha256,
            "chars": self.chars,
            "words": self.words,
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything found in one article. Offsets index `text` exactly."""

    text: str
    article: ArticleInfo
    paragraphs: tuple[Paragraph, ...]
    claims: tuple[Claim, ...]
    sources: tuple[Source, ...]
    countries: tuple[Country, ...]
    quotes: tuple[Quote, ...]
    timings: dict[str, float] = field(default_factory=dict, compare=False, hash=False)

    def to_json(self) -> dict[str, Any]:
        """The public `claimdesk.extract/1` document (without the input text)."""
        return {
            "schema": SCHEMA,
            "article": self.article.to_json(),
            "claims": [c.to_json() for c in self.claims],
            "sources": [s.to_json() for s in self.sources],
            "countries": [c.to_json() for c in self.countries],
            "quotes": [q.to_json() for q in self.quotes],
        }
