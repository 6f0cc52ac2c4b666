"""Immutable review records: what the app shows and the store persists.

Frozen so the screen can hold a state as a reactive and compare it cheaply, and
so a worker thread can hand one to the UI without copying. Every change goes
through `store` and comes back as a new `ArticleState`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from extract.model import (
    Attribution,
    Claim,
    Country,
    Extraction,
    Paragraph,
    Quote,
    Source,
)

UNREVIEWED = "unreviewed"
CONFIRMED = "confirmed"
UNCONFIRMED = "unconfirmed"
DENIED = "denied"
STATUSES: tuple[str, ...] = (UNREVIEWED, CONFIRMED, UNCONFIRMED, DENIED)
REVIEWED_STATUSES: tuple[str, ...] = (CONFIRMED, UNCONFIRMED, DENIED)


def fold(text: str) -> str:
    """Case- and accent-insensitive form used by search ("Népszava" ~ "nepszava")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@dataclass(frozen=True, slots=True)
class Evidence:
    """A URL or a free-text citation backing a verdict."""

    text: str
    kind: str  # "url" or "citation"
    added_at: str
    reviewer: str

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "kind": self.kind,
            "added_at": self.added_at,
            "reviewer": self.reviewer,
        }


@dataclass(frozen=True, slots=True)
class Event:
    """One change a reviewer made. A claim's history is its events; undo walks them back.

    `field` is "status", "note", "evidence" or a correction field; `old`/`new` are
    JSON values. An undo is itself an event whose `undoes` names the event reverted.
    """

    id: int
    claim: str
    field: str
    old: Any
    new: Any
    reviewer: str
    at: str  # ISO 8601 UTC, e.g. "2026-11-28T03:35:42.123456Z"
    undoes: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "claim": self.claim,
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "reviewer": self.reviewer,
            "at": self.at,
            "undoes": self.undoes,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Event:
        return cls(
            id=int(data["id"]),
            claim=str(data["claim"]),
            field=str(data["field"]),
            old=data.get("old"),
            new=data.get("new"),
            reviewer=str(data["reviewer"]),
            at=str(data["at"]),
            undoes=data.get("undoes"),
        )


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """A claim as extracted plus the reviewer's verdict on it."""

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
    status: str = UNREVIEWED
    note: str = ""
    evidence: tuple[Evidence, ...] = ()
    hidden: bool = False  # marked "not a claim": kept, but out of progress

    @classmethod
    def from_claim(cls, claim: Claim) -> ClaimRecord:
        return cls(
            id=claim.id,
            index=claim.index,
            paragraph=claim.paragraph,
            start=claim.start,
            end=claim.end,
            text=claim.text,
            sources=claim.sources,
            countries=claim.countries,
            quotes=claim.quotes,
            attributions=claim.attributions,
        )

    @property
    def reviewed(self) -> bool:
        return self.status != UNREVIEWED


@dataclass(frozen=True, slots=True)
class Progress:
    """How far the review of an article (or a library) has come."""

    total: int
    by_status: Mapping[str, int]

    @property
    def reviewed(self) -> int:
        return self.total - self.by_status.get(UNREVIEWED, 0)

    @classmethod
    def of(cls, claims: tuple[ClaimRecord, ...] | list[ClaimRecord]) -> Progress:
        counts = dict.fromkeys(STATUSES, 0)
        total = 0
        for claim in claims:
            if claim.hidden:
                continue
            counts[claim.status] += 1
            total += 1
        return cls(total=total, by_status=counts)

    def __add__(self, other: Progress) -> Progress:
        counts = {s: self.by_status.get(s, 0) + other.by_status.get(s, 0) for s in STATUSES}
        return Progress(total=self.total + other.total, by_status=counts)

    def to_json(self) -> dict[str, Any]:
        return {
            "claims": self.total,
            "reviewed": self.reviewed,
            "by_status": {s: self.by_status.get(s, 0) for s in STATUSES},
        }


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """An article as the library index knows it: cheap to list, no text, no claims."""

    id: str
    sha256: str
    title: str | None
    origin: str | None
    claims: int
    added_at: str
    meta: Mapping[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """What to call the article on screen when it has no title."""
        if self.title:
            return self.title
        if self.origin:
            return self.origin.rsplit("/", 1)[-1]
        return self.id


@dataclass(frozen=True)
class ArticleState:
    """One article with its extraction, verdicts and history, as of one moment."""

    id: str
    sha256: str
    title: str | None
    origin: str | None
    added_at: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    claims: tuple[ClaimRecord, ...]
    sources: tuple[Source, ...]
    countries: tuple[Country, ...]
    quotes: tuple[Quote, ...]
    events: tuple[Event, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_extraction(
        cls,
        extraction: Extraction,
        *,
        origin: str | None = None,
        added_at: str = "",
        meta: Mapping[str, Any] | None = None,
    ) -> ArticleState:
        """A fresh, unreviewed state for a newly extracted article."""
        return cls(
            id=extraction.article.id,
            sha256=extraction.article.sha256,
            title=extraction.article.title,
            origin=origin,
            added_at=added_at,
            text=extraction.text,
            paragraphs=extraction.paragraphs,
            claims=tuple(ClaimRecord.from_claim(c) for c in extraction.claims),
            sources=extraction.sources,
            countries=extraction.countries,
            quotes=extraction.quotes,
            meta=dict(meta or {}),
        )

    @property
    def label(self) -> str:
        if self.title:
            return self.title
        if self.origin:
            return self.origin.rsplit("/", 1)[-1]
        return self.id

    @cached_property
    def _claims_by_id(self) -> dict[str, ClaimRecord]:
        return {c.id: c for c in self.claims}

    @cached_property
    def _sources_by_id(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources}

    @cached_property
    def _quotes_by_id(self) -> dict[str, Quote]:
        return {q.id: q for q in self.quotes}

    @cached_property
    def _countries_by_code(self) -> dict[str, Country]:
        return {c.code: c for c in self.countries}

    @cached_property
    def folded_texts(self) -> tuple[str, ...]:
        """Claim texts folded once, in claim order, so each search keystroke is a scan."""
        return tuple(fold(c.text) for c in self.claims)

    def claim(self, claim_id: str) -> ClaimRecord:
        return self._claims_by_id[claim_id]

    def source(self, source_id: str) -> Source:
        return self._sources_by_id[source_id]

    def quote(self, quote_id: str) -> Quote:
        return self._quotes_by_id[quote_id]

    def country(self, code: str) -> Country | None:
        return self._countries_by_code.get(code)

    def source_names(self, claim: ClaimRecord) -> tuple[str, ...]:
        return tuple(self._sources_by_id[s].name for s in claim.sources if s in self._sources_by_id)

    def paragraph_of(self, claim: ClaimRecord) -> Paragraph:
        return self.paragraphs[claim.paragraph]

    def progress(self) -> Progress:
        return Progress.of(self.claims)

    def history(self, claim_id: str) -> tuple[Event, ...]:
        return tuple(e for e in self.events if e.claim == claim_id)
