"""Rendering exports: `claimdesk.export/1` JSON, JSON lines and schema.org ClaimReview.

Exports are a pure function of the library state: the same state gives the same bytes
(fixed key order, articles and claims in a fixed order, and an `as_of` time taken from
the state, never the wall clock), so a diff of two exports shows what changed.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from store.corrections import SOURCE_CORRECTIONS
from store.exchange.common import (
    FORMATS,
    PERSON_KINDS,
    RATINGS,
    SCHEMA,
    UNPUBLISHED_URL,
    UNREVIEWED_RATING,
    ExchangeError,
    ExportFilter,
    OutputExistsError,
)
from store.records import (
    CONFIRMED,
    DENIED,
    ArticleState,
    ClaimRecord,
    Event,
)
from store.storage import atomic_write_text, fsync_dir

# --------------------------------------------------------------------------- export


class LibraryLike(Protocol):
    """The slice of `store.Library` an export reads."""

    def articles(self) -> tuple[Any, ...]: ...
    def resolve(self, ref: str) -> str: ...
    def load(self, article_id: str) -> ArticleState: ...


def selected_states(library: LibraryLike, flt: ExportFilter) -> list[ArticleState]:
    """The articles the filter names (all when none), in a stable order."""
    if flt.articles:
        ids = sorted({library.resolve(ref) for ref in flt.articles})
    else:
        ids = sorted(summary.id for summary in library.articles())
    states = [library.load(article_id) for article_id in ids]
    states.sort(key=lambda s: (s.added_at, s.id))
    return states


def render_export(
    library: LibraryLike,
    flt: ExportFilter | None = None,
    fmt: str = "json",
    reviewer: str = "",
    include_unconfirmed: bool = False,
) -> str:
    """The export document for the articles and claims `flt` chooses, as text."""
    flt = flt or ExportFilter()
    if flt.articles:
        ids = tuple(sorted({library.resolve(ref) for ref in flt.articles}))
        flt = replace(flt, articles=ids)
    with gc_paused():
        return render_states(
            selected_states(library, flt),
            flt,
            fmt=fmt,
            reviewer=reviewer,
            include_unconfirmed=include_unconfirmed,
        )


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a large export or import is built.

    Reading 1,000 articles and building their records makes millions of objects, none
    of them cyclic garbage; each full collection walks all of them again (a third of
    the time of a 1,000-article export). Reference counting still frees as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def render_states(
    states: Sequence[ArticleState],
    flt: ExportFilter | None = None,
    *,
    fmt: str = "json",
    reviewer: str = "",
    include_unconfirmed: bool = False,
) -> str:
    """Render already-loaded article states; `render_export` reads them from a library."""
    flt = flt or ExportFilter()
    chosen = [(state, [c for c in state.claims if flt.matches(state, c)]) for state in states]
    if flt.narrows_claims:
        chosen = [(state, claims) for state, claims in chosen if claims]
    if fmt == "json":
        doc = export_document(chosen, flt, reviewer)
        return dumps_indented(doc) + "\n"
    if fmt == "jsonl":
        lines = []
        for state, claims in chosen:
            for claim in claims:
                line = {"article_id": state.id, "article_sha256": state.sha256}
                line.update(claim_json(state, claim))
                lines.append(json.dumps(line, ensure_ascii=False))
        return "".join(line + "\n" for line in lines)
    if fmt == "claimreview":
        reviews = [
            claim_review(state, claim, reviewer)
            for state, claims in chosen
            for claim in claims
            if not claim.hidden and (claim.status in (CONFIRMED, DENIED) or include_unconfirmed)
        ]
        return dumps_indented(reviews) + "\n"
    raise ExchangeError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


def export_document(
    chosen: Sequence[tuple[ArticleState, Sequence[ClaimRecord]]],
    flt: ExportFilter,
    reviewer: str,
) -> dict[str, Any]:
    """The `claimdesk.export/1` object (key order is part of the contract)."""
    articles = [article_json(state, claims) for state, claims in chosen]
    times = [event["at"] for a in articles for c in a["claims"] for event in c["history"]]
    return {
        "schema": SCHEMA,
        "exported_by": reviewer,
        "as_of": _newest(times, chosen),
        "filter": flt.to_json(),
        "articles": articles,
    }


def as_of(chosen: Sequence[tuple[ArticleState, Sequence[ClaimRecord]]]) -> str | None:
    """The export's time, from the state: newest exported event, else newest added_at."""
    times = []
    for state, claims in chosen:
        index = ArticleIndex(state)
        times.extend(event.at for c in claims for event in index.history(c))
    return _newest(times, chosen)


def _newest(
    times: list[str], chosen: Sequence[tuple[ArticleState, Sequence[ClaimRecord]]]
) -> str | None:
    if not times:
        times = [state.added_at for state, _ in chosen if state.added_at]
    return max(times) if times else None


def article_json(state: ArticleState, claims: Sequence[ClaimRecord]) -> dict[str, Any]:
    index = ArticleIndex(state)
    return {
        "id": state.id,
        "sha256": state.sha256,
        "title": state.title,
        "origin": state.origin,
        "added_at": state.added_at,
        "meta": canonical(state.meta),
        "text": state.text,
        "claims": [claim_json(state, claim, index) for claim in claims],
    }


def claim_json(
    state: ArticleState, claim: ClaimRecord, index: ArticleIndex | None = None
) -> dict[str, Any]:
    """One exported claim; `index` (built once per article) saves the lookups per claim."""
    index = index or ArticleIndex(state)
    names, quotes, countries = index.names, index.quotes, index.countries
    return {
        "id": claim.id,
        "index": claim.index,
        "paragraph": claim.paragraph,
        "span": [claim.start, claim.end],
        "text": claim.text,
        "status": claim.status,
        "sources": [names[s] for s in claim.sources if s in names],
        "countries": [countries.get(c) or index.country(c) for c in claim.countries],
        "quotes": [quotes[q] for q in claim.quotes if q in quotes],
        "note": claim.note,
        "evidence": [e.to_json() for e in claim.evidence],
        "hidden": claim.hidden,
        "history": [_event_json(e) for e in index.history(claim)] if index.events else [],
    }


class ArticleIndex:
    """An article's lookups for export, built once, so each claim is a few dict reads.

    A claim's history is its events plus the corrections of the sources it is
    attributed to, in event order. A source correction (`Event.claim` is then a source
    id) is in the history of every exported claim of that source; import takes each
    event once.
    """

    def __init__(self, state: ArticleState) -> None:
        self.names = {s.id: s.name for s in state.sources}
        self.quotes = {
            q.id: {"id": q.id, "text": q.text, "speaker": self.names.get(q.speaker or "")}
            for q in state.quotes
        }
        self.countries = {c.code: {"code": c.code, "name": c.name} for c in state.countries}
        self.events: dict[str, list[tuple[int, Event]]] = {}
        for position, event in enumerate(state.events):
            self.events.setdefault(event.claim, []).append((position, event))

    def country(self, code: str) -> dict[str, str]:
        """A code the article's country table lacks (a correction added it elsewhere)."""
        return {"code": code, "name": _country_name(code)}

    def history(self, claim: ClaimRecord) -> tuple[Event, ...]:
        events = self.events
        if not events:
            return ()
        own = events.get(claim.id, [])
        corrections = [
            pair
            for source in set(claim.sources).intersection(events)
            for pair in events[source]
            if pair[1].field in SOURCE_CORRECTIONS and source != claim.id
        ]
        if corrections:
            return tuple(event for _, event in sorted(own + corrections, key=lambda p: p[0]))
        return tuple(event for _, event in own)


def history(state: ArticleState, claim: ClaimRecord) -> tuple[Event, ...]:
    """A claim's events plus the corrections of the sources it is attributed to, in order."""
    return ArticleIndex(state).history(claim)


def _event_json(event: Event) -> dict[str, Any]:
    """The event in `Event.to_json` key order, its JSON values with sorted keys."""
    data = event.to_json()
    data["old"] = canonical(data["old"])
    data["new"] = canonical(data["new"])
    return data


def _country_name(code: str) -> str:
    try:
        from extract.countries import country_name
    except ImportError:
        return code
    try:
        return country_name(code)
    except (KeyError, ValueError):
        return code


_ENCODERS: dict[int, Callable[[Any], str]] = {}


def _encoder(depth: int) -> Callable[[Any], str]:
    """Encode a flat container with its items one per line at `depth` + 1 (C encoder).

    Made once per depth: `JSONEncoder.encode` builds a new C encoder on every call,
    which would cost more than the Python encoder it replaces.
    """
    encode = _ENCODERS.get(depth)
    if encode is not None:
        return encode
    separator = ",\n" + "  " * (depth + 1)
    encoder = json.JSONEncoder(ensure_ascii=False, separators=(separator, ": "))
    if c_make_encoder is None:  # no C accelerator: same bytes, just slower
        encode = encoder.encode
    else:
        chunks = c_make_encoder(
            None,  # no circular check: export values are built fresh, never cyclic
            encoder.default,
            encode_basestring,
            None,
            ": ",
            separator,
            False,
            False,
            True,
        )

        def encode(value: Any) -> str:
            return "".join(chunks(value, 0))

    _ENCODERS[depth] = encode
    return encode


def dumps_indented(value: Any) -> str:
    """Exactly `json.dumps(value, ensure_ascii=False, indent=2)`, several times faster.

    With `indent` the standard library uses its pure-Python encoder (5 of the 7 s an
    export of 1,000 articles took). Here every container without containers inside (a
    span, a source list, an event, a country) goes through the C encoder in one call,
    its item separator carrying the newline and indent; only the nesting above those
    is walked in Python. The bytes are the standard library's, so exports stay
    byte-identical to earlier ones. Containers must be plain dicts, lists and tuples
    (what `canonical` and the `*_json` builders return).
    """
    if type(value) in _CONTAINERS:
        return _dump(value, 0)
    return _scalar(value, 0)


_CONTAINERS = frozenset({dict, list, tuple})


_JUST_STR = {str}
_JUST_INT = {int}
_PADS = tuple("\n" + "  " * depth for depth in range(16))


def _scalar(value: Any, depth: int) -> str:
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    return _encoder(depth)(value)  # floats (NaN, Infinity) and anything else: C's spelling


def _dump(value: dict[Any, Any] | list[Any] | tuple[Any, ...], depth: int) -> str:
    """A container at `depth`, laid out as `json.dumps(..., indent=2)` would."""
    if not value:
        return "{}" if type(value) is dict else "[]"
    items = value.values() if type(value) is dict else value
    pad = _PADS[depth] if depth < len(_PADS) else "\n" + "  " * depth
    if type(value) is not dict:
        # Lists of strings (a claim's sources) or of ints (its span): no encoder call.
        kinds = set(map(type, value))
        if kinds in (_JUST_STR, _JUST_INT):
            spell = encode_basestring if kinds == _JUST_STR else int.__repr__
            inner = pad + "  "
            return "[" + inner + ("," + inner).join(map(spell, value)) + pad + "]"
    if _CONTAINERS.isdisjoint(map(type, items)):
        flat = _encoder(depth)(value)
        return flat[0] + pad + "  " + flat[1:-1] + pad + flat[-1]
    inner = pad + "  "
    below = depth + 1
    if type(value) is not dict and _flat_dicts(value):
        # A list of flat objects (countries, quotes, simple events) in one C call: the
        # separators between the objects are the only "},\n<pad>{" (raw newlines never
        # occur inside encoded strings, and no value in a flat object ends with "}").
        deeper = inner + "  "
        flat = _encoder(below)(value)
        return (
            "[" + inner + "{" + deeper
            + flat[2:-2].replace("}," + deeper + "{", inner + "}," + inner + "{" + deeper)
            + inner + "}" + pad + "]"
        )  # fmt: skip
    if type(value) is dict:
        parts = [
            (encode_basestring(key) if type(key) is str else _key(key))
            + ": "
            + (_dump(item, below) if type(item) in _CONTAINERS else _scalar(item, below))
            for key, item in value.items()
        ]
        return "{" + inner + ("," + inner).join(parts) + pad + "}"
    parts = [
        _dump(item, below) if type(item) in _CONTAINERS else _scalar(item, below) for item in value
    ]
    return "[" + inner + ("," + inner).join(parts) + pad + "]"


def _flat_dicts(items: list[Any] | tuple[Any, ...]) -> bool:
    """Whether every item is a non-empty dict holding no containers."""
    return all(type(item) is dict and item for item in items) and all(
        _CONTAINERS.isdisjoint(map(type, item.values())) for item in items
    )


def _key(key: Any) -> str:
    """A non-string key as the standard library writes it ("1", "true", "null")."""
    flat = _encoder(0)({key: None})
    return flat[1 : -len(": null}")]


def canonical(value: Any) -> Any:
    """Mappings with sorted keys, tuples as lists: the same value always dumps the same."""
    if isinstance(value, Mapping):
        return {str(k): canonical(value[k]) for k in sorted(value, key=str)}
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    return value


def claim_review(state: ArticleState, claim: ClaimRecord, reviewer: str) -> dict[str, Any]:
    """One schema.org ClaimReview (JSON-LD) for a claim."""
    rating = RATINGS.get(claim.status, UNREVIEWED_RATING)
    appearance: dict[str, Any] = {"@type": "CreativeWork", "name": state.label}
    url = _web_url(state.origin) or _web_url(_meta_str(state.meta, "url"))
    if url:
        appearance["url"] = url
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{UNPUBLISHED_URL}:{state.id}:{claim.id}",
        "claimReviewed": claim.text,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": rating,
            "worstRating": 1,
            "bestRating": 3,
            "alternateName": claim.status,
        },
        "itemReviewed": {
            "@type": "Claim",
            "author": _claim_author(state, claim),
            "appearance": appearance,
        },
        "author": {"@type": "Person", "name": reviewer},
        "datePublished": _verdict_time(state, claim),
    }


def _claim_author(state: ArticleState, claim: ClaimRecord) -> dict[str, Any]:
    for source_id in claim.sources:
        try:
            source = state.source(source_id)
        except KeyError:
            continue
        kind = "Person" if source.kind in PERSON_KINDS else "Organization"
        return {"@type": kind, "name": source.name}
    outlet = (
        _meta_str(state.meta, "outlet")
        or _meta_str(state.meta, "publisher")
        or _meta_str(state.meta, "site_name")
        or urlsplit(_web_url(state.origin) or "").hostname
    )
    return {"@type": "Organization", "name": outlet or "unattributed"}


def _meta_str(meta: Mapping[str, Any], key: str) -> str | None:
    value = meta.get(key)
    return value if isinstance(value, str) and value.strip() else None


def _web_url(value: str | None) -> str | None:
    if value and urlsplit(value).scheme in ("http", "https") and urlsplit(value).netloc:
        return value
    return None


def _verdict_time(state: ArticleState, claim: ClaimRecord) -> str:
    """When the claim got its current status: the newest status event, else when added."""
    status_events = [e for e in state.history(claim.id) if e.field == "status"]
    if status_events:
        return max(e.at for e in status_events)
    return state.added_at


# --------------------------------------------------------------------------- writing


def write_export(path: str | os.PathLike[str], text: str, force: bool = False) -> Path:
    """Write `text` to `path` atomically; an existing file needs `force`.

    With `force` this is `store.storage.atomic_write_text` (temp file, fsync, rename).
    Without it the fsynced temp file is hard-linked into place, which fails if the
    name exists, so a file that appears between the check and the write is never
    replaced either.
    """
    target = Path(path)
    if target.is_dir():
        raise ExchangeError(f"{target} is a directory; give a file name after -o")
    if not force and target.exists():
        raise OutputExistsError(f"{target} already exists; use --force to overwrite it")
    if not target.parent.is_dir():
        raise ExchangeError(f"cannot write {target}: the folder {target.parent} does not exist")
    if force:
        atomic_write_text(target, text)
        return target
    try:
        _write_new(target, text)
    except OutputExistsError:
        raise
    except OSError as error:
        raise ExchangeError(f"cannot write {target}: {error.strerror or error}") from error
    return target


def _write_new(target: Path, text: str) -> None:
    directory = target.parent
    fd, tmp_name = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, target)
        except FileExistsError:
            raise OutputExistsError(
                f"{target} already exists; use --force to overwrite it"
            ) from None
        except OSError:
            # No hard links here (some network and FAT file systems): check, then rename.
            if target.exists():
                raise OutputExistsError(
                    f"{target} already exists; use --force to overwrite it"
                ) from None
            os.replace(tmp, target)
        fsync_dir(directory)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
