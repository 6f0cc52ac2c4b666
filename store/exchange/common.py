"""What every part of the exchange shares: the format constants, errors and `ExportFilter`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from store.corrections import EVIDENCE, VERDICT_FIELDS
from store.errors import LibraryError
from store.query import ClaimView
from store.records import (
    CONFIRMED,
    DENIED,
    STATUSES,
    UNCONFIRMED,
    ArticleState,
    ClaimRecord,
    fold,
)

SCHEMA = "claimdesk.export/1"
FORMATS: tuple[str, ...] = ("json", "jsonl", "claimreview")
RATINGS: Mapping[str, int] = {DENIED: 1, UNCONFIRMED: 2, CONFIRMED: 3}
# An unreviewed claim exported as ClaimReview (only with include_unconfirmed) carries
# the middle of the scale: nothing has been established either way.
UNREVIEWED_RATING = 2
UNPUBLISHED_URL = "urn:claimdesk:unpublished-review"
MAX_STRING = 1_000_000  # characters; a longer field is not a review, it is an attack
MAX_FILE = 512 * 1024 * 1024
PERSON_KINDS = frozenset({"person"})
EVIDENCE_FIELD = EVIDENCE
MERGED_FIELDS = frozenset(VERDICT_FIELDS)  # the fields import merges by "newer wins"


class ExchangeError(LibraryError):
    """An export or import the user asked for cannot be done; `str()` says why."""

    exit_code = 2


class OutputExistsError(ExchangeError):
    """`-o PATH` names an existing file and `--force` was not given."""


class ImportRejected(ExchangeError):
    """The file is not a usable `claimdesk.export/1` document; the library was not touched."""


# --------------------------------------------------------------------------- filters


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """Which claims an export holds: AND between kinds, OR within a kind; empty = all."""

    articles: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    query: str = ""

    def __post_init__(self) -> None:
        unknown = [s for s in self.statuses if s not in STATUSES]
        if unknown:
            raise ExchangeError(f"unknown status {unknown[0]!r}; use one of {', '.join(STATUSES)}")

    @classmethod
    def from_view(cls, view: ClaimView) -> ExportFilter:
        """The filter that chooses what a `ClaimView` shows (the app's `e` key)."""
        state = view.state
        sources: tuple[str, ...] = ()
        if view.source:
            try:
                sources = (state.source(view.source).name,)
            except KeyError:
                sources = (view.source,)
        return cls(
            articles=(state.id,),
            statuses=(view.status,) if view.status else (),
            sources=sources,
            countries=(view.country,) if view.country else (),
            quotes=(view.quote,) if view.quote else (),
            query=view.query.strip(),
        )

    @property
    def narrows_claims(self) -> bool:
        """True when the filter picks claims, not just articles."""
        return bool(
            self.statuses or self.sources or self.countries or self.quotes or self.query.strip()
        )

    def matches(self, state: ArticleState, claim: ClaimRecord) -> bool:
        """Whether `claim` of `state` belongs in the export."""
        if self.statuses and claim.status not in self.statuses:
            return False
        if self.countries:
            wanted = {c.upper() for c in self.countries}
            if not wanted.intersection(claim.countries):
                return False
        if self.quotes and not set(self.quotes).intersection(claim.quotes):
            return False
        if self.sources:
            wanted_names = {fold(s).strip() for s in self.sources}
            if not any(
                _source_matches(state, source_id, wanted_names) for source_id in claim.sources
            ):
                return False
        return not (self.query and fold(self.query).strip() not in fold(claim.text))

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": list(self.articles),
            "statuses": list(self.statuses),
            "sources": list(self.sources),
            "countries": [c.upper() for c in self.countries],
            "quotes": list(self.quotes),
            "query": self.query,
        }


def _source_matches(state: ArticleState, source_id: str, wanted: set[str]) -> bool:
    try:
        source = state.source(source_id)
    except KeyError:
        return False
    names = (source.name, *source.aliases)
    return any(fold(n).strip() in wanted for n in names)
