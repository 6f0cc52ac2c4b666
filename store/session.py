"""Reviewing one article: verdicts, notes, evidence, undo; every change durable.

An `ArticleSession` holds the article's write lock (or is read-only and says who
holds it). Each change is validated, turned into events, written to the
article's own TinyDB file in one atomic fsynced write, and only then becomes
the session's new `ArticleState`. A failed write leaves both disk and state as
they were.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extract.model import Country, Paragraph, Quote, Source
from store import corrections
from store.errors import CorruptFileError, LibraryError, NotFoundError, ReadOnlyError
from store.lock import ArticleLock
from store.migrate import CURRENT_SCHEMA, evidence_kind
from store.records import (
    STATUSES,
    ArticleState,
    ClaimRecord,
    Event,
    Evidence,
)
from store.storage import AtomicJSONStorage, dumps

if TYPE_CHECKING:
    from store.library import Library

STATUS, NOTE, EVIDENCE, HIDDEN = corrections.VERDICT_FIELDS

Doc = dict[str, Any]


def utc_now() -> str:
    """ISO 8601 UTC with microseconds, e.g. "2026-11-28T03:35:42.123456Z"."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# ----------------------------------------------------------------------------- codec


# The article file's claim codec lives with the corrections, whose values are claim docs.
claim_to_doc = corrections.claim_to_doc
claim_from_doc = corrections.claim_from_doc
evidence_from_doc = corrections.evidence_from_doc
_span = corrections.span_from


def _table(rows: Iterable[Doc]) -> dict[str, Doc]:
    return {str(i): row for i, row in enumerate(rows, start=1)}


def state_to_tables(state: ArticleState) -> dict[str, dict[str, Doc]]:
    """The whole TinyDB document of an article file (current schema)."""
    head = head_tables(state)
    return {
        "article": head["article"],
        "claims": _table(claim_to_doc(c) for c in state.claims),
        "sources": head["sources"],
        "countries": head["countries"],
        "quotes": head["quotes"],
        "events": {str(e.id): e.to_json() for e in state.events},
    }


def head_tables(state: ArticleState) -> dict[str, dict[str, Doc]]:
    """The article file's tables other than claims and events (what corrections rewrite)."""
    article = {
        "schema": CURRENT_SCHEMA,
        "id": state.id,
        "sha256": state.sha256,
        "title": state.title,
        "origin": state.origin,
        "added_at": state.added_at,
        "text": state.text,
        "paragraphs": [[p.start, p.end] for p in state.paragraphs],
        "meta": dict(state.meta),
    }
    return {
        "article": {"1": article},
        "sources": _table(s.to_json() for s in state.sources),
        "countries": _table(c.to_json() for c in state.countries),
        "quotes": _table(q.to_json() for q in state.quotes),
    }


def _rows(data: Mapping[str, Any], name: str) -> list[Doc]:
    table = data.get(name) or {}
    return [table[key] for key in sorted(table, key=int)]


def state_from_tables(data: Mapping[str, Any], path: Path) -> ArticleState:
    """Rebuild an ArticleState from an article file; CorruptFileError if fields are missing."""
    try:
        article = data["article"]["1"]
        return ArticleState(
            id=article["id"],
            sha256=article["sha256"],
            title=article.get("title"),
            origin=article.get("origin"),
            added_at=article.get("added_at", ""),
            text=article["text"],
            paragraphs=tuple(
                Paragraph(index=i, start=p[0], end=p[1])
                for i, p in enumerate(article["paragraphs"])
            ),
            claims=tuple(claim_from_doc(c) for c in _rows(data, "claims")),
            sources=tuple(
                Source(
                    id=s["id"],
                    name=s["name"],
                    kind=s.get("kind", "unknown"),
                    aliases=tuple(s.get("aliases", ())),
                    mentions=tuple(_span(m) for m in s.get("mentions", ())),
                )
                for s in _rows(data, "sources")
            ),
            countries=tuple(
                Country(
                    code=c["code"],
                    name=c["name"],
                    mentions=tuple(_span(m) for m in c.get("mentions", ())),
                )
                for c in _rows(data, "countries")
            ),
            quotes=tuple(
                Quote(
                    id=q["id"],
                    start=q["start"],
                    end=q["end"],
                    text=q["text"],
                    speaker=q.get("speaker"),
                    claims=tuple(q.get("claims", ())),
                )
                for q in _rows(data, "quotes")
            ),
            events=tuple(Event.from_json(e) for e in _rows(data, "events")),
            meta=dict(article.get("meta") or {}),
        )
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise CorruptFileError(path, f"a record is incomplete ({error!r})") from error


# ----------------------------------------------------------------------------- helpers


_CLAIM_INDEX_RE = re.compile(r"^\d+$")


def find_claim(state: ArticleState, ref: str) -> ClaimRecord:
    """A claim by id ("c3", any case) or by its 0-based index ("2")."""
    key = ref.strip()
    try:
        return state.claim(key)
    except KeyError:
        pass
    try:
        return state.claim(key.lower())
    except KeyError:
        pass
    if _CLAIM_INDEX_RE.match(key) and int(key) < len(state.claims):
        return state.claims[int(key)]
    span = f" (it has {state.claims[0].id}–{state.claims[-1].id})" if state.claims else ""
    raise NotFoundError(f"article {state.id} has no claim {ref!r}{span}")


def with_claim(
    state: ArticleState, claim: ClaimRecord, events: Iterable[Event], position: int | None = None
) -> ArticleState:
    """A new state with one claim replaced and events appended, keeping search caches."""
    claims = list(state.claims)
    if position is None:
        position = next(i for i, c in enumerate(claims) if c.id == claim.id)
    claims[position] = claim
    new = dataclasses.replace(state, claims=tuple(claims), events=state.events + tuple(events))
    # Only a verdict changed: carry the lookup caches over instead of rebuilding them
    # (on a 2,000-claim article that is most of a mark's CPU time).
    old = state.__dict__
    for name in ("folded_texts", "_sources_by_id", "_quotes_by_id", "_countries_by_code"):
        if name in old:
            new.__dict__[name] = old[name]
    if "_claims_by_id" in old:
        new.__dict__["_claims_by_id"] = {**old["_claims_by_id"], claim.id: claim}
    return new


def superseded(event: Event) -> bool:
    """True for an undo that changed nothing because someone else changed the field since."""
    return event.undoes is not None and event.field != EVIDENCE and event.old == event.new


def _evidence_item(text: str, reviewer: str, at: str) -> Evidence:
    cleaned = text.strip()
    if not cleaned:
        raise LibraryError("evidence is empty: give a URL or a citation")
    return Evidence(text=cleaned, kind=evidence_kind(cleaned), added_at=at, reviewer=reviewer)


def _value(claim: ClaimRecord, field: str) -> Any:
    if field == EVIDENCE:
        return [e.to_json() for e in claim.evidence]
    return getattr(claim, field)


class ArticleFile:
    """An article file kept as serialized pieces, so a change re-serializes only itself.

    The file is the same TinyDB document (tables of docs keyed by id); the claims and
    events tables are kept as one `"id":{...}` string per doc, so a mark on a
    2,000-claim article dumps one claim and one event, joins, and writes once.
    """

    def __init__(self, data: Mapping[str, Any]) -> None:
        #: The other tables, one serialized piece each (a correction replaces some).
        self.parts = {
            name: _piece(name, table)
            for name, table in data.items()
            if name not in ("claims", "events")
        }
        self.head = b",".join(self.parts.values())
        claims = data.get("claims") or {}
        self.claim_keys = sorted(claims, key=int)
        self.claims = [_piece(k, claims[k]) for k in self.claim_keys]
        events = data.get("events") or {}
        self.events = [_piece(k, events[k]) for k in sorted(events, key=int)]

    def render(self, claims: list[bytes], events: list[bytes], head: bytes | None = None) -> bytes:
        """The whole file (UTF-8) for these claim and event pieces (and head tables)."""
        head = self.head if head is None else head
        head = b"{" + head + b"," if head else b"{"
        body = (b'"claims":{', b",".join(claims), b'},"events":{', b",".join(events), b"}}")
        return head + b"".join(body)

    def with_changes(
        self, position: int, claim: ClaimRecord, events: Iterable[Event]
    ) -> tuple[list[bytes], list[bytes]]:
        """New claim and event pieces after one claim changed and events were added."""
        claims = self.claims.copy()
        claims[position] = _piece(self.claim_keys[position], claim_to_doc(claim))
        return claims, self.events + [_piece(str(e.id), e.to_json()) for e in events]

    def after(
        self, old: ArticleState, new: ArticleState
    ) -> tuple[dict[str, bytes], list[bytes], list[str], list[bytes]]:
        """Table parts, claim pieces, claim keys and event pieces of `new`, given `old`'s.

        A claim still the same object at the same position keeps its piece, and a table
        that is the same tuple keeps its part, so a correction re-serializes what it
        changed (and claims that moved), not the whole article.
        """
        parts = dict(self.parts)
        changed = [
            name
            for name in ("sources", "countries", "quotes")
            if getattr(new, name) is not getattr(old, name) or name not in parts
        ]
        if "article" not in parts:
            changed.append("article")
        if changed:
            tables = head_tables(new)
            for name in changed:
                parts[name] = _piece(name, tables[name])
        claims: list[bytes] = []
        keys: list[str] = []
        for i, claim in enumerate(new.claims):
            key = str(i + 1)
            same = (
                i < len(old.claims)
                and old.claims[i] is claim
                and i < len(self.claim_keys)
                and self.claim_keys[i] == key
            )
            claims.append(self.claims[i] if same else _piece(key, claim_to_doc(claim)))
            keys.append(key)
        known = len(old.events)
        if new.events[:known] != old.events or len(self.events) != known:
            events = [_piece(str(e.id), e.to_json()) for e in new.events]
        else:
            events = self.events + [_piece(str(e.id), e.to_json()) for e in new.events[known:]]
        return parts, claims, keys, events


def _piece(key: str, doc: Any) -> bytes:
    """One `"key":{...}` member of a JSON object, encoded once."""
    return f"{dumps(key)}:{dumps(doc)}".encode()


# ----------------------------------------------------------------------------- session


class ArticleSession:
    """One reviewer's handle on one article: read-only unless it holds the lock."""

    def __init__(
        self,
        library: Library,
        state: ArticleState,
        reviewer: str,
        lock: ArticleLock,
        storage: AtomicJSONStorage,
        data: Mapping[str, Any] | None = None,
    ) -> None:
        self.library = library
        self.reviewer = reviewer
        self._state = state
        self._lock = lock
        self._storage = storage
        self._positions = {c.id: i for i, c in enumerate(state.claims)}
        self._file: ArticleFile | None = (
            ArticleFile(data if data is not None else state_to_tables(state))
            if lock.acquired
            else None
        )
        self._closed = False
        #: Why this session is read-only, for the status line ("alice (pid …) has it open").
        self.holder: str | None = (
            lock.holder.describe()
            if lock.holder is not None
            else (None if lock.acquired else lock.unavailable or "another claimdesk process")
        )
        #: Set when a stale lock left by a dead process was taken over.
        self.cleared: str | None = lock.cleared

    # -- state
    @property
    def state(self) -> ArticleState:
        return self._state

    @property
    def article_id(self) -> str:
        return self._state.id

    @property
    def read_only(self) -> bool:
        return not self._lock.acquired

    @property
    def path(self) -> Path:
        return self._storage.path

    # -- changes
    def mark(self, claim_id: str, status: str) -> ArticleState:
        """Set a claim's status; durable before it returns."""
        return self.update(claim_id, status=status)

    def set_note(self, claim_id: str, text: str) -> ArticleState:
        """Replace a claim's note (empty text clears it)."""
        return self.update(claim_id, note=text)

    def add_evidence(self, claim_id: str, text: str) -> ArticleState:
        """Add a URL or a citation to a claim (the kind is guessed from the text)."""
        return self.update(claim_id, evidence=(text,))

    def set_hidden(self, claim_id: str, hidden: bool) -> ArticleState:
        """Mark a sentence "not a claim" (kept, out of progress) or bring it back."""
        return self.update(claim_id, hidden=hidden)

    def update(
        self,
        claim_id: str,
        *,
        status: str | None = None,
        note: str | None = None,
        evidence: Iterable[str] = (),
        hidden: bool | None = None,
    ) -> ArticleState:
        """Several changes to one claim as one durable write (one event each)."""
        self._check_writable()
        claim = find_claim(self._state, claim_id)
        if status is not None and status not in STATUSES:
            raise LibraryError(f"unknown status {status!r}: use one of {', '.join(STATUSES)}")
        at = utc_now()
        changes: list[tuple[str, Any, Any]] = []
        if status is not None and status != claim.status:
            changes.append((STATUS, claim.status, status))
        if note is not None and note.strip() != claim.note:
            changes.append((NOTE, claim.note, note.strip()))
        if hidden is not None and bool(hidden) != claim.hidden:
            changes.append((HIDDEN, claim.hidden, bool(hidden)))
        for text in evidence:
            changes.append((EVIDENCE, None, _evidence_item(text, self.reviewer, at).to_json()))
        return self._commit(claim, [(f, old, new, None) for f, old, new in changes], at)

    def undo(self) -> tuple[ArticleState, Event | None]:
        """Revert this reviewer's latest change not yet undone; the undo is an event too.

        A change someone else has since overwritten is not reverted over theirs: the
        undo event then has `old == new` (see `superseded`).
        """
        self._check_writable()
        undone = {e.undoes for e in self._state.events if e.undoes is not None}
        target = next(
            (
                e
                for e in reversed(self._state.events)
                if e.reviewer == self.reviewer and e.undoes is None and e.id not in undone
            ),
            None,
        )
        if target is None:
            return self._state, None
        if target.field in corrections.CORRECTION_FIELDS or target.claim not in self._positions:
            return self._undo_correction(target)
        claim = find_claim(self._state, target.claim)
        if target.field == EVIDENCE:
            change = (EVIDENCE, target.new, target.old, target.id)  # remove the item added
        else:
            current = _value(claim, target.field)
            # If someone else changed the field since, their value stays: the undo is
            # recorded (so the next undo goes further back) but changes nothing.
            revert_to = target.old if current == target.new else current
            change = (target.field, current, revert_to, target.id)
        state = self._commit(claim, [change], utc_now())
        return state, state.events[-1]

    # -- corrections (pure logic in store.corrections; each is one event, one write)
    def add_source(
        self, claim_id: str, source_id: str | None = None, name: str | None = None
    ) -> ArticleState:
        """Attribute a claim also to a source: an article source id, or a name (new if unknown)."""
        claim = find_claim(self._state, claim_id)
        return self._correct(
            corrections.plan_sources(self._state, claim.id, add=source_id, name=name)
        )

    def set_source(
        self, claim_id: str, source_id: str | None = None, name: str | None = None
    ) -> ArticleState:
        """Reassign a claim to exactly one source (by id, or by name, new if unknown)."""
        claim = find_claim(self._state, claim_id)
        change = corrections.plan_sources(
            self._state, claim.id, add=source_id, name=name, replace_all=True
        )
        return self._correct(change)

    def remove_source(self, claim_id: str, source_id: str) -> ArticleState:
        claim = find_claim(self._state, claim_id)
        return self._correct(corrections.plan_sources(self._state, claim.id, remove=source_id))

    def add_country(self, claim_id: str, code: str) -> ArticleState:
        """Add an ISO 3166-1 alpha-2 country to a claim."""
        claim = find_claim(self._state, claim_id)
        return self._correct(corrections.plan_countries(self._state, claim.id, add=code))

    def remove_country(self, claim_id: str, code: str) -> ArticleState:
        claim = find_claim(self._state, claim_id)
        return self._correct(corrections.plan_countries(self._state, claim.id, remove=code))

    def split_claim(self, claim_id: str, offset: int) -> ArticleState:
        """Split a claim `offset` characters into its text (see store.corrections for ids)."""
        claim = find_claim(self._state, claim_id)
        return self._correct(corrections.plan_split(self._state, claim.id, offset))

    def merge_with_next(self, claim_id: str) -> ArticleState:
        """Merge a claim with the next claim of its paragraph; the first id is kept."""
        claim = find_claim(self._state, claim_id)
        return self._correct(corrections.plan_merge(self._state, claim.id))

    def rename_source(self, source_id: str, name: str) -> ArticleState:
        return self._correct(corrections.plan_rename_source(self._state, source_id, name))

    def merge_sources(self, keep_id: str, other_id: str) -> ArticleState:
        """Move all of `other_id`'s claims, quotes and names to `keep_id`."""
        return self._correct(corrections.plan_merge_sources(self._state, keep_id, other_id))

    def set_source_kind(self, source_id: str, kind: str) -> ArticleState:
        return self._correct(corrections.plan_source_kind(self._state, source_id, kind))

    def _correct(self, change: corrections.Change | None) -> ArticleState:
        self._check_writable()
        if change is None:
            return self._state
        target, field, old, new = change
        return self._write_events([(target, field, old, new, None)])

    def _undo_correction(self, target: Event) -> tuple[ArticleState, Event | None]:
        current = corrections.current_value(self._state, target)
        revert_to = target.old if corrections.unchanged_since(target, current) else current
        state = self._write_events([(target.claim, target.field, current, revert_to, target.id)])
        return state, state.events[-1]

    def _write_events(self, changes: list[tuple[str, str, Any, Any, int | None]]) -> ArticleState:
        """Apply whole-article changes and write the article in one durable write."""
        self._check_writable()
        at = utc_now()
        state = self._state
        next_id = max((e.id for e in state.events), default=0) + 1
        for offset, (target, field, old, new, undoes) in enumerate(changes):
            event = Event(next_id + offset, target, field, old, new, self.reviewer, at, undoes)
            if old == new:  # a superseded undo: recorded, changes nothing
                state = dataclasses.replace(state, events=(*state.events, event))
            else:
                state = corrections.apply_event(state, event)
        assert self._file is not None  # a writable session always has its file pieces
        parts, claims, keys, events = self._file.after(self._state, state)
        head = b",".join(parts.values())
        self._storage.write_bytes(self._file.render(claims, events, head))
        # The write has returned: the change is on disk; only now is it the state.
        self._file.parts, self._file.head = parts, head
        self._file.claims, self._file.claim_keys = claims, keys
        self._file.events = events
        self._positions = {c.id: i for i, c in enumerate(state.claims)}
        self._state = state
        return state

    def write_state(self, state: ArticleState) -> ArticleState:
        """Replace the whole article (used by import) in one durable write."""
        self._check_writable()
        if state.id != self._state.id or state.sha256 != self._state.sha256:
            raise LibraryError(f"state of article {state.id} cannot replace {self._state.id}")
        tables = state_to_tables(state)
        self._storage.write(tables)
        self._file = ArticleFile(tables)
        self._positions = {c.id: i for i, c in enumerate(state.claims)}
        self._state = state
        return state

    def reload(self) -> ArticleState:
        """Re-read the article from disk (a read-only session following another writer)."""
        self._state = self.library.load(self._state.id)
        self._storage.reload()
        return self._state

    def _commit(
        self, claim: ClaimRecord, changes: list[tuple[str, Any, Any, int | None]], at: str
    ) -> ArticleState:
        if not changes:
            return self._state
        next_id = max((e.id for e in self._state.events), default=0) + 1
        events: list[Event] = []
        new_claim = claim
        for offset, (field, old, new, undoes) in enumerate(changes):
            new_claim = corrections.apply_verdict(new_claim, field, old, new)
            events.append(
                Event(
                    id=next_id + offset,
                    claim=claim.id,
                    field=field,
                    old=old,
                    new=new,
                    reviewer=self.reviewer,
                    at=at,
                    undoes=undoes,
                )
            )
        assert self._file is not None  # a writable session always has its file pieces
        position = self._positions[claim.id]
        claims, event_pieces = self._file.with_changes(position, new_claim, events)
        self._storage.write_bytes(self._file.render(claims, event_pieces))
        self._file.claims, self._file.events = claims, event_pieces
        # The write has returned: the change is on disk; only now is it the state.
        self._state = with_claim(self._state, new_claim, events, position)
        return self._state

    def _check_writable(self) -> None:
        if self._closed:
            raise LibraryError(f"the session on article {self._state.id} is closed")
        if self.read_only:
            who = self.holder or "another claimdesk process"
            raise ReadOnlyError(
                f"article {self._state.id} is open read-only: {who} is editing it"
                if self._lock.holder is not None
                else f"article {self._state.id} is open read-only: {who}"
            )

    # -- lifetime
    def close(self) -> None:
        """Release the article lock (every change is already on disk)."""
        if not self._closed:
            self._closed = True
            self._lock.release()

    def __enter__(self) -> ArticleSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        # A session dropped without close() must not keep the article locked.
        if not getattr(self, "_closed", True):
            self._lock.release()
