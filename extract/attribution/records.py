"""The records attribution passes between its steps: results, phrases, mentions.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from extract.attribution.tokens import Tok
from extract.model import Attribution, Source, Span
from extract.sources import (
    Entry,
)


@dataclass(frozen=True, slots=True)
class Attributed:
    """The attribution stage's result: one entry per sentence and per quote candidate."""

    sources: list[Source]
    claim_sources: list[tuple[str, ...]]
    claim_attributions: list[tuple[Attribution, ...]]
    quote_speakers: list[str | None]
    quote_keep: list[bool]


@dataclass
class NP:
    """A noun phrase found next to a cue: its tokens and what kind of reference it is."""

    toks: list[Tok]
    start: int
    end: int
    text: str
    kind: str  # "name", "pronoun", "desc", "doc", "group"
    head: str = ""
    abbreviation: str | None = None
    roles: tuple[str, ...] = ()
    hint: str | None = None


_SAME_SUBJECT = NP([], 0, 0, "", "same")


@dataclass
class _Att:
    entry: Entry
    span: Span
    cue: Span | None
    pos: int
    surface: str


@dataclass
class _Mention:
    """A capitalised name in the text; its kind is worked out only when asked for."""

    start: int
    end: int
    text: str
    oblique: bool
    roles: tuple[str, ...] = ()
    hint: str | None = None
    title_roles: tuple[str, ...] = ()
    app_person: bool = False
    owner: Any = None
    after_the: bool = False
    _kind: str | None = None

    @property
    def kind(self) -> str:
        if self._kind is None:
            self._kind = self.owner.mention_kind(self)
        return self._kind


@dataclass
class _State:
    """Running discourse state while sentences are read in order."""

    sources: list[tuple[int, Entry, bool]] = field(default_factory=list)  # (pos, entry, subj)
    last_speaker: Entry | None = None
    # Running maximum of the positions in `sources` (appended sentence by sentence, so a
    # bisect finds where the sources before a position end without scanning them all).
    reach: list[int] = field(default_factory=list)

    def add(self, pos: int, entry: Entry, subject: bool) -> None:
        self.sources.append((pos, entry, subject))
        self.reach.append(max(pos, self.reach[-1]) if self.reach else pos)

    def before(self, pos: int, limit: int) -> Iterator[tuple[int, Entry, bool]]:
        """Sources cited before `pos`, latest first. `limit` is the end of the sentence
        holding `pos`: a sentence's sources are not in text order, later sentences' are
        all past it."""
        sources = self.sources
        k = bisect_right(self.reach, limit - 1)
        for i in range(k - 1, -1, -1):
            item = sources[i]
            if item[0] < pos:
                yield item
