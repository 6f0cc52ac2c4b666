"""The records attribution passes between its steps: results, phrases, mentions.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from typing import Any

from extract.attribution.tokens import Tok
from extract.model import Attribution, Source, Span
from extract.record import FACTORY, Record
from extract.sources import (
    Entry,
)


class Attributed(Record, frozen=True):
    """The attribution stage's result: one entry per sentence and per quote candidate."""

    __slots__ = ("claim_attributions", "claim_sources", "quote_keep", "quote_speakers", "sources")

    sources: list[Source]
    claim_sources: list[tuple[str, ...]]
    claim_attributions: list[tuple[Attribution, ...]]
    quote_speakers: list[str | None]
    quote_keep: list[bool]

    def __init__(
        self,
        sources: list[Source],
        claim_sources: list[tuple[str, ...]],
        claim_attributions: list[tuple[Attribution, ...]],
        quote_speakers: list[str | None],
        quote_keep: list[bool],
    ) -> None:
        set_ = object.__setattr__
        set_(self, "sources", sources)
        set_(self, "claim_sources", claim_sources)
        set_(self, "claim_attributions", claim_attributions)
        set_(self, "quote_speakers", quote_speakers)
        set_(self, "quote_keep", quote_keep)


class NP(Record):
    """A noun phrase found next to a cue: its tokens and what kind of reference it is."""

    toks: list[Tok]
    start: int
    end: int
    text: str
    kind: str  # "name", "pronoun", "desc", "doc", "group"
    head: str
    abbreviation: str | None
    roles: tuple[str, ...]
    hint: str | None

    def __init__(
        self,
        toks: list[Tok],
        start: int,
        end: int,
        text: str,
        kind: str,
        head: str = "",
        abbreviation: str | None = None,
        roles: tuple[str, ...] = (),
        hint: str | None = None,
    ) -> None:
        self.toks = toks
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.head = head
        self.abbreviation = abbreviation
        self.roles = roles
        self.hint = hint


_SAME_SUBJECT = NP([], 0, 0, "", "same")


class _Att(Record):
    entry: Entry
    span: Span
    cue: Span | None
    pos: int
    surface: str

    def __init__(self, entry: Entry, span: Span, cue: Span | None, pos: int, surface: str) -> None:
        self.entry = entry
        self.span = span
        self.cue = cue
        self.pos = pos
        self.surface = surface


class _Mention(Record):
    """A capitalised name in the text; its kind is worked out only when asked for."""

    start: int
    end: int
    text: str
    oblique: bool
    roles: tuple[str, ...]
    hint: str | None
    title_roles: tuple[str, ...]
    app_person: bool
    owner: Any
    after_the: bool
    _kind: str | None

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        oblique: bool,
        roles: tuple[str, ...] = (),
        hint: str | None = None,
        title_roles: tuple[str, ...] = (),
        app_person: bool = False,
        owner: Any = None,
        after_the: bool = False,
        _kind: str | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.oblique = oblique
        self.roles = roles
        self.hint = hint
        self.title_roles = title_roles
        self.app_person = app_person
        self.owner = owner
        self.after_the = after_the
        self._kind = _kind

    @property
    def kind(self) -> str:
        if self._kind is None:
            self._kind = self.owner.mention_kind(self)
        return self._kind


class _State(Record, factories={"sources": list, "reach": list}):
    """Running discourse state while sentences are read in order."""

    sources: list[tuple[int, Entry, bool]]  # (pos, entry, subj)
    last_speaker: Entry | None
    # Running maximum of the positions in `sources` (appended sentence by sentence, so a
    # bisect finds where the sources before a position end without scanning them all).
    reach: list[int]

    def __init__(
        self,
        sources: list[tuple[int, Entry, bool]] = FACTORY,
        last_speaker: Entry | None = None,
        reach: list[int] = FACTORY,
    ) -> None:
        self.sources = [] if sources is FACTORY else sources
        self.last_speaker = last_speaker
        self.reach = [] if reach is FACTORY else reach

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
