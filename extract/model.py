"""The extraction's records: what `claimdesk extract` prints and `store` ingests.

Frozen records so an extraction can be shared between threads and cached
without copying. They behave as frozen, slotted dataclasses (`dataclasses.replace`
and `fields` work on them) without importing `dataclasses`: see `extract.record`.
`to_json()` produces exactly the public `claimdesk.extract/1` shape from DESIGN.md;
key order is part of that contract.
"""

from __future__ import annotations

from typing import Any, Literal

from extract.record import FACTORY, Record

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


class Sentence(Record, frozen=True):
    """One sentence of the article: the unit a claim is made from."""

    __slots__ = ("end", "index", "paragraph", "start")

    index: int
    paragraph: int
    start: int
    end: int

    def __init__(self, index: int, paragraph: int, start: int, end: int) -> None:
        set_ = object.__setattr__
        set_(self, "index", index)
        set_(self, "paragraph", paragraph)
        set_(self, "start", start)
        set_(self, "end", end)


class Paragraph(Record, frozen=True):
    """A non-blank line of the article, with its offsets."""

    __slots__ = ("end", "index", "start")

    index: int
    start: int
    end: int

    def __init__(self, index: int, start: int, end: int) -> None:
        set_ = object.__setattr__
        set_(self, "index", index)
        set_(self, "start", start)
        set_(self, "end", end)


class Attribution(Record, frozen=True):
    """Where a claim names its source: the source phrase and the speech/report cue."""

    __slots__ = ("cue_span", "source", "source_span")

    source: str
    source_span: Span
    cue_span: Span | None

    def __init__(self, source: str, source_span: Span, cue_span: Span | None) -> None:
        set_ = object.__setattr__
        set_(self, "source", source)
        set_(self, "source_span", source_span)
        set_(self, "cue_span", cue_span)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "source_span": list(self.source_span),
            "cue_span": list(self.cue_span) if self.cue_span is not None else None,
        }


class Claim(Record, frozen=True):
    """A reviewable statement: one sentence, with what it is attributed to."""

    __slots__ = (
        "attributions",
        "countries",
        "end",
        "id",
        "index",
        "paragraph",
        "quotes",
        "sources",
        "start",
        "text",
    )

    id: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    sources: tuple[str, ...]
    countries: tuple[str, ...]
    quotes: tuple[str, ...]
    attributions: tuple[Attribution, ...]

    def __init__(
        self,
        id: str,
        index: int,
        paragraph: int,
        start: int,
        end: int,
        text: str,
        sources: tuple[str, ...] = (),
        countries: tuple[str, ...] = (),
        quotes: tuple[str, ...] = (),
        attributions: tuple[Attribution, ...] = (),
    ) -> None:
        set_ = object.__setattr__
        set_(self, "id", id)
        set_(self, "index", index)
        set_(self, "paragraph", paragraph)
        set_(self, "start", start)
        set_(self, "end", end)
        set_(self, "text", text)
        set_(self, "sources", sources)
        set_(self, "countries", countries)
        set_(self, "quotes", quotes)
        set_(self, "attributions", attributions)

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


class Source(Record, frozen=True):
    """Who claims are attributed to, merged over all the ways the article names it."""

    __slots__ = ("aliases", "id", "kind", "mentions", "name")

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    mentions: tuple[Span, ...]

    def __init__(
        self,
        id: str,
        name: str,
        kind: str = "unknown",
        aliases: tuple[str, ...] = (),
        mentions: tuple[Span, ...] = (),
    ) -> None:
        set_ = object.__setattr__
        set_(self, "id", id)
        set_(self, "name", name)
        set_(self, "kind", kind)
        set_(self, "aliases", aliases)
        set_(self, "mentions", mentions)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "mentions": [list(m) for m in self.mentions],
        }


class Country(Record, frozen=True):
    """A country the article names, by ISO 3166-1 alpha-2 code (XK for Kosovo)."""

    __slots__ = ("code", "mentions", "name")

    code: str
    name: str
    mentions: tuple[Span, ...]

    def __init__(self, code: str, name: str, mentions: tuple[Span, ...] = ()) -> None:
        set_ = object.__setattr__
        set_(self, "code", code)
        set_(self, "name", name)
        set_(self, "mentions", mentions)

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "mentions": [list(m) for m in self.mentions],
        }


class Quote(Record, frozen=True):
    """A direct quotation: the characters between the marks, and who said them."""

    __slots__ = ("claims", "end", "id", "speaker", "start", "text")

    id: str
    start: int
    end: int
    text: str
    speaker: str | None
    claims: tuple[str, ...]

    def __init__(
        self,
        id: str,
        start: int,
        end: int,
        text: str,
        speaker: str | None = None,
        claims: tuple[str, ...] = (),
    ) -> None:
        set_ = object.__setattr__
        set_(self, "id", id)
        set_(self, "start", start)
        set_(self, "end", end)
        set_(self, "text", text)
        set_(self, "speaker", speaker)
        set_(self, "claims", claims)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker,
            "claims": list(self.claims),
        }


class ArticleInfo(Record, frozen=True):
    """Identity and size of the extracted text."""

    __slots__ = ("chars", "id", "sha256", "title", "words")

    id: str
    title: str | None
    sha256: str
    chars: int
    words: int

    def __init__(self, id: str, title: str | None, sha256: str, chars: int, words: int) -> None:
        set_ = object.__setattr__
        set_(self, "id", id)
        set_(self, "title", title)
        set_(self, "sha256", sha256)
        set_(self, "chars", chars)
        set_(self, "words", words)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "sha256": self.sha256,
            "chars": self.chars,
            "words": self.words,
        }


class Extraction(Record, frozen=True, factories={"timings": dict}, uncompared=("timings",)):
    """Everything found in one article. Offsets index `text` exactly."""

    __slots__ = (
        "article",
        "claims",
        "countries",
        "paragraphs",
        "quotes",
        "sources",
        "text",
        "timings",
    )

    text: str
    article: ArticleInfo
    paragraphs: tuple[Paragraph, ...]
    claims: tuple[Claim, ...]
    sources: tuple[Source, ...]
    countries: tuple[Country, ...]
    quotes: tuple[Quote, ...]
    timings: dict[str, float]

    def __init__(
        self,
        text: str,
        article: ArticleInfo,
        paragraphs: tuple[Paragraph, ...],
        claims: tuple[Claim, ...],
        sources: tuple[Source, ...],
        countries: tuple[Country, ...],
        quotes: tuple[Quote, ...],
        timings: dict[str, float] = FACTORY,
    ) -> None:
        set_ = object.__setattr__
        set_(self, "text", text)
        set_(self, "article", article)
        set_(self, "paragraphs", paragraphs)
        set_(self, "claims", claims)
        set_(self, "sources", sources)
        set_(self, "countries", countries)
        set_(self, "quotes", quotes)
        set_(self, "timings", {} if timings is FACTORY else timings)

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
