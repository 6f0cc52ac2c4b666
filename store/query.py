"""Filtering an article's claims: an immutable view, plus counts for the facet panes.

`ClaimView` is the one place filters live: the app holds a view as a reactive,
each pane asks it for a narrower one, and `describe()` says what is applied.
Everything is computed from an `ArticleState`, so after a mark the screen calls
`view.with_state(new_state)` and keeps its filters.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from store.records import STATUSES, UNREVIEWED, ArticleState, ClaimRecord, fold

_SEP = " · "


@dataclass(frozen=True)
class ClaimView:
    """An article's claims under a combination of filters (each optional)."""

    state: ArticleState
    source: str | None = None  # source id
    country: str | None = None  # ISO code
    quote: str | None = None  # quote id
    status: str | None = None
    query: str = ""  # as typed; matched folded (case- and accent-insensitive)

    def __hash__(self) -> int:
        # ArticleState holds a dict (meta), so hash by identity of the state.
        filters = (self.source, self.country, self.quote, self.status, self.query)
        return hash((id(self.state), filters))

    # ---------------------------------------------------------------- narrowing
    def by_source(self, source_id: str | None) -> ClaimView:
        return dataclasses.replace(self, source=source_id)

    def by_country(self, code: str | None) -> ClaimView:
        return dataclasses.replace(self, country=code.upper() if code else None)

    def by_quote(self, quote_id: str | None) -> ClaimView:
        return dataclasses.replace(self, quote=quote_id)

    def with_status(self, status: str | None) -> ClaimView:
        if status is not None and status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        return dataclasses.replace(self, status=status)

    def matching(self, text: str | None) -> ClaimView:
        return dataclasses.replace(self, query=text or "")

    def cleared(self) -> ClaimView:
        """The same article with no filter."""
        return ClaimView(self.state)

    def with_state(self, state: ArticleState) -> ClaimView:
        """The same filters over a newer state of the article (after a mark or undo)."""
        return dataclasses.replace(self, state=state)

    # ---------------------------------------------------------------- results
    @property
    def filtered(self) -> bool:
        return bool(self.source or self.country or self.quote or self.status or self.query.strip())

    @cached_property
    def claims(self) -> tuple[ClaimRecord, ...]:
        """The claims passing every filter, in article order (computed once per view)."""
        state = self.state
        claims: tuple[ClaimRecord, ...] = state.claims
        needle = fold(self.query.strip())
        if needle:
            folded = state.folded_texts
            claims = tuple(c for c, f in zip(claims, folded, strict=True) if needle in f)
        if self.status is not None:
            claims = tuple(c for c in claims if c.status == self.status)
        if self.source is not None:
            claims = tuple(c for c in claims if self.source in c.sources)
        if self.country is not None:
            claims = tuple(c for c in claims if self.country in c.countries)
        if self.quote is not None:
            claims = tuple(c for c in claims if self.quote in c.quotes)
        return claims

    def __len__(self) -> int:
        return len(self.claims)

    def describe(self) -> str:
        """What is applied, e.g. "source: Bloomberg · status: denied" ("all claims" if none)."""
        parts: list[str] = []
        state = self.state
        if self.source is not None:
            try:
                name = state.source(self.source).name
            except KeyError:
                name = self.source
            parts.append(f"source: {name}")
        if self.country is not None:
            country = state.country(self.country)
            parts.append(f"country: {country.name if country else self.country}")
        if self.quote is not None:
            try:
                text = " ".join(state.quote(self.quote).text.split())
                short = text if len(text) <= 30 else text[:29].rstrip() + "…"
                parts.append(f"quote: “{short}”")
            except KeyError:
                parts.append(f"quote: {self.quote}")
        if self.status is not None:
            parts.append(f"status: {self.status}")
        if self.query.strip():
            parts.append(f"search: “{self.query.strip()}”")
        return _SEP.join(parts) if parts else "all claims"


def source_counts(state: ArticleState) -> dict[str, int]:
    """Claims per source id, in the order sources are listed."""
    counts = Counter(s for c in state.claims for s in c.sources)
    return {s.id: counts.get(s.id, 0) for s in state.sources}


def country_counts(state: ArticleState) -> dict[str, int]:
    """Claims per country code, in the order countries are listed."""
    counts = Counter(code for c in state.claims for code in c.countries)
    return {c.code: counts.get(c.code, 0) for c in state.countries}


def quote_counts(state: ArticleState) -> dict[str, int]:
    """Claims per quote id, in the order quotes are listed."""
    counts = Counter(q for c in state.claims for q in c.quotes)
    return {q.id: counts.get(q.id, 0) for q in state.quotes}


def next_unreviewed(view: ClaimView, after_claim_id: str | None) -> str | None:
    """The next unreviewed (not hidden) claim in the view after a claim, wrapping round.

    `after_claim_id` may have left the view (e.g. a status filter after a mark); its
    position in the article is what counts. None when nothing in the view is left.
    """
    candidates = [c for c in view.claims if c.status == UNREVIEWED and not c.hidden]
    if not candidates:
        return None
    position = -1
    if after_claim_id is not None:
        try:
            position = view.state.claim(after_claim_id).index
        except KeyError:
            position = -1
    for claim in candidates:
        if claim.index > position:
            return claim.id
    first = candidates[0]
    return first.id if first.id != after_claim_id else None
