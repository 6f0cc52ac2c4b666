"""Export a review as `claimdesk.export/1` JSON, JSON lines or ClaimReview, and import it back.

Exports are a pure function of the library state: the same state gives the same bytes
(fixed key order, articles and claims in a fixed order, and an `as_of` time taken from
the state, never the wall clock), so a diff of two exports shows what changed.

Imports merge a colleague's export event by event. An event's identity is
(reviewer, at, field, claim, new): events already here are skipped, so importing a file
twice changes nothing. For each claim field, a side whose events are all known to the
other side is behind; the other side's newer events are applied. When both sides
changed a field since their common events and ended on different values, that is a
conflict: it is reported and the local value kept. Nothing is overwritten silently.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from extract.errors import ClaimdeskError
from store.errors import LibraryError
from store.query import ClaimView
from store.records import (
    CONFIRMED,
    DENIED,
    STATUSES,
    UNCONFIRMED,
    ArticleState,
    ClaimRecord,
    Event,
    Evidence,
    fold,
)
from store.storage import atomic_write_text, fsync_dir

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
EVIDENCE_FIELD = "evidence"
MERGED_FIELDS = frozenset({"status", "note", "hidden", EVIDENCE_FIELD})


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


# --------------------------------------------------------------------------- export


class _Library(Protocol):
    """The slice of `store.Library` an export reads."""

    def articles(self) -> tuple[Any, ...]: ...
    def resolve(self, ref: str) -> str: ...
    def load(self, article_id: str) -> ArticleState: ...


def selected_states(library: _Library, flt: ExportFilter) -> list[ArticleState]:
    """The articles the filter names (all when none), in a stable order."""
    if flt.articles:
        ids = sorted({library.resolve(ref) for ref in flt.articles})
    else:
        ids = sorted(summary.id for summary in library.articles())
    states = [library.load(article_id) for article_id in ids]
    states.sort(key=lambda s: (s.added_at, s.id))
    return states


def render_export(
    library: _Library,
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
    return render_states(
        selected_states(library, flt),
        flt,
        fmt=fmt,
        reviewer=reviewer,
        include_unconfirmed=include_unconfirmed,
    )


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
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
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
        return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"
    raise ExchangeError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


def export_document(
    chosen: Sequence[tuple[ArticleState, Sequence[ClaimRecord]]],
    flt: ExportFilter,
    reviewer: str,
) -> dict[str, Any]:
    """The `claimdesk.export/1` object (key order is part of the contract)."""
    return {
        "schema": SCHEMA,
        "exported_by": reviewer,
        "as_of": as_of(chosen),
        "filter": flt.to_json(),
        "articles": [article_json(state, claims) for state, claims in chosen],
    }


def as_of(chosen: Sequence[tuple[ArticleState, Sequence[ClaimRecord]]]) -> str | None:
    """The export's time, from the state: newest exported event, else newest added_at."""
    times = [
        event.at
        for state, claims in chosen
        for event in state.events
        if event.claim in {c.id for c in claims}
    ]
    if not times:
        times = [state.added_at for state, _ in chosen if state.added_at]
    return max(times) if times else None


def article_json(state: ArticleState, claims: Sequence[ClaimRecord]) -> dict[str, Any]:
    return {
        "id": state.id,
        "sha256": state.sha256,
        "title": state.title,
        "origin": state.origin,
        "added_at": state.added_at,
        "meta": _canonical(state.meta),
        "text": state.text,
        "claims": [claim_json(state, claim) for claim in claims],
    }


def claim_json(state: ArticleState, claim: ClaimRecord) -> dict[str, Any]:
    quotes = []
    for quote_id in claim.quotes:
        try:
            quote = state.quote(quote_id)
        except KeyError:
            continue
        speaker = None
        if quote.speaker:
            with contextlib.suppress(KeyError):
                speaker = state.source(quote.speaker).name
        quotes.append({"id": quote.id, "text": quote.text, "speaker": speaker})
    countries = []
    for code in claim.countries:
        country = state.country(code)
        countries.append({"code": code, "name": country.name if country else _country_name(code)})
    return {
        "id": claim.id,
        "index": claim.index,
        "paragraph": claim.paragraph,
        "span": [claim.start, claim.end],
        "text": claim.text,
        "status": claim.status,
        "sources": list(state.source_names(claim)),
        "countries": countries,
        "quotes": quotes,
        "note": claim.note,
        "evidence": [e.to_json() for e in claim.evidence],
        "hidden": claim.hidden,
        "history": [_event_json(e) for e in state.history(claim.id)],
    }


def _event_json(event: Event) -> dict[str, Any]:
    """The event in `Event.to_json` key order, its JSON values with sorted keys."""
    data = event.to_json()
    data["old"] = _canonical(data["old"])
    data["new"] = _canonical(data["new"])
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


def _canonical(value: Any) -> Any:
    """Mappings with sorted keys, tuples as lists: the same value always dumps the same."""
    if isinstance(value, Mapping):
        return {str(k): _canonical(value[k]) for k in sorted(value, key=str)}
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
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


# --------------------------------------------------------------------------- import


@dataclass(frozen=True, slots=True)
class Conflict:
    """Both sides changed a claim's field since their common events, to different values."""

    article: str
    claim: str
    field: str
    local: Any
    remote: Any
    remote_reviewer: str

    def describe(self) -> str:
        return (
            f"conflict on {self.article} {self.claim} {self.field}: "
            f"kept local {_short(self.local)}, {self.remote_reviewer} has {_short(self.remote)}"
        )


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


@dataclass(slots=True)
class ImportReport:
    """What an import did: enough for the summary line and for the reviewer to follow up."""

    file: str
    articles_added: list[str] = field(default_factory=list)
    articles_merged: list[str] = field(default_factory=list)
    events_merged: int = 0
    events_present: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.articles_added or self.events_merged)

    def summary(self) -> str:
        return (
            f"imported {self.file}: {len(self.articles_added)} article(s) added, "
            f"{self.events_merged} event(s) merged, {self.events_present} already present, "
            f"{len(self.conflicts)} conflict(s), {len(self.skipped)} skipped"
        )

    def lines(self) -> list[str]:
        """The summary, then one line per conflict and per skipped item."""
        return [
            self.summary(),
            *(c.describe() for c in self.conflicts),
            *(f"skipped: {s}" for s in self.skipped),
        ]


@dataclass(frozen=True, slots=True)
class _InClaim:
    id: str
    text: str
    span: tuple[int, int]
    events: tuple[Event, ...]
    values: Mapping[str, Any]  # the exported status, note, hidden and evidence


@dataclass(frozen=True, slots=True)
class _InArticle:
    id: str
    sha256: str
    title: str | None
    origin: str | None
    meta: Mapping[str, Any]
    text: str
    claims: tuple[_InClaim, ...]


class _ImportLibrary(_Library, Protocol):
    """The slice of `store.Library` an import writes through."""

    def ingest(
        self,
        text: str,
        *,
        title: str | None = None,
        origin: str | None = None,
        meta: Mapping[str, Any] | None = None,
    ) -> tuple[Any, bool]: ...
    def session(self, article_id: str, reviewer: str) -> Any: ...


def import_file(
    library: _ImportLibrary, path: str | os.PathLike[str], reviewer: str
) -> ImportReport:
    """Merge a colleague's `claimdesk.export/1` file into `library`.

    Raises ImportRejected (library untouched) when the file is not a valid export;
    problems with one article or claim skip that item and are listed in the report.
    """
    source = Path(path)
    articles = parse_export(read_export_bytes(source), name=str(source))
    report = ImportReport(file=str(source))
    by_sha = {summary.sha256: summary.id for summary in library.articles()}
    for article in articles:
        _import_article(library, article, by_sha, reviewer, report)
    return report


def read_export_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImportRejected(f"{path} does not exist") from None
    if path.is_dir():
        raise ImportRejected(f"{path} is a directory, not an export file")
    if size > MAX_FILE:
        raise ImportRejected(f"{path} is {size} bytes, too large for an export")
    return path.read_bytes()


def parse_export(data: bytes, *, name: str = "the file") -> list[_InArticle]:
    """Check a whole export before anything is written; raise ImportRejected if unusable."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRejected(f"{name} is not UTF-8 text, so not a claimdesk export") from None
    try:
        doc = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data" and error.lineno > 1:
            raise ImportRejected(
                f"{name} looks like JSON lines; import reads `claimdesk export --format json` files"
            ) from None
        raise ImportRejected(
            f"{name} is not JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except RecursionError:
        raise ImportRejected(f"{name} is nested too deeply to be a claimdesk export") from None
    except ValueError as error:
        raise ImportRejected(f"{name} is not a claimdesk export: {error}") from None
    _check_strings(doc, name)
    if not isinstance(doc, dict):
        raise ImportRejected(
            f"{name} is not a claimdesk export (expected a JSON object); "
            "import reads `claimdesk export --format json` files"
        )
    schema = doc.get("schema")
    if schema != SCHEMA:
        if isinstance(schema, str) and schema.startswith("claimdesk.export/"):
            raise ImportRejected(
                f"{name} is {schema}, which this claimdesk cannot read (it reads {SCHEMA}); "
                "upgrade claimdesk"
            )
        if "article_sha256" in doc:
            raise ImportRejected(
                f"{name} looks like JSON lines; import reads `claimdesk export --format json` files"
            )
        raise ImportRejected(f'{name} is not a claimdesk export (no "schema": "{SCHEMA}")')
    raw_articles = doc.get("articles")
    if not isinstance(raw_articles, list):
        raise ImportRejected(f'{name}: "articles" must be a list')
    articles = [_parse_article(raw, i, name) for i, raw in enumerate(raw_articles)]
    seen: set[str] = set()
    for article in articles:
        if article.sha256 in seen:
            raise ImportRejected(f"{name}: article {article.sha256[:12]} appears twice")
        seen.add(article.sha256)
    return articles


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"key {key!r} appears twice in one object")
        result[key] = value
    return result


def _no_constant(token: str) -> Any:
    raise ValueError(f"{token} is not a JSON number")


def _check_strings(doc: Any, name: str) -> None:
    """Refuse any string (value or key) over MAX_STRING characters, without recursion."""
    stack = [doc]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if len(value) > MAX_STRING:
                raise ImportRejected(
                    f"{name} has a field of {len(value)} characters (limit {MAX_STRING})"
                )
        elif isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)


def _need(obj: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    value = obj.get(key)
    if (isinstance(value, bool) and kind is int) or not isinstance(value, kind):
        raise ImportRejected(f'{where}: "{key}" is missing or has the wrong type')
    return value


def _optional_str(obj: Mapping[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise ImportRejected(f'{where}: "{key}" must be a string or null')
    return value


def _parse_article(raw: Any, position: int, name: str) -> _InArticle:
    where = f"{name}: article {position + 1}"
    if not isinstance(raw, dict):
        raise ImportRejected(f"{where} is not an object")
    sha = _need(raw, "sha256", str, where)
    if len(sha) != 64 or any(ch not in "0123456789abcdef" for ch in sha):
        raise ImportRejected(f'{where}: "sha256" is not a sha256 hex digest')
    where = f"{name}: article {sha[:12]}"
    meta = raw.get("meta", {})
    if not isinstance(meta, dict):
        raise ImportRejected(f'{where}: "meta" must be an object')
    raw_claims = _need(raw, "claims", list, where)
    claims = [_parse_claim(c, where) for c in raw_claims]
    seen: set[str] = set()
    event_ids: set[int] = set()
    for claim in claims:
        if claim.id in seen:
            raise ImportRejected(f"{where}: claim {claim.id} appears twice")
        seen.add(claim.id)
        for event in claim.events:
            if event.id in event_ids:
                raise ImportRejected(f"{where}: event {event.id} appears twice")
            event_ids.add(event.id)
    return _InArticle(
        id=_need(raw, "id", str, where),
        sha256=sha,
        title=_optional_str(raw, "title", where),
        origin=_optional_str(raw, "origin", where),
        meta=meta,
        text=_need(raw, "text", str, where),
        claims=tuple(claims),
    )


def _parse_claim(raw: Any, where: str) -> _InClaim:
    if not isinstance(raw, dict):
        raise ImportRejected(f"{where}: a claim is not an object")
    claim_id = _need(raw, "id", str, where)
    where = f"{where} claim {claim_id}"
    status = _need(raw, "status", str, where)
    if status not in STATUSES:
        raise ImportRejected(f"{where}: unknown status {status!r}")
    span = _need(raw, "span", list, where)
    if len(span) != 2 or not all(isinstance(x, int) and not isinstance(x, bool) for x in span):
        raise ImportRejected(f'{where}: "span" must be two character offsets')
    events = []
    for raw_event in _need(raw, "history", list, where):
        if not isinstance(raw_event, dict):
            raise ImportRejected(f"{where}: a history event is not an object")
        event_id = _need(raw_event, "id", int, where)
        for key in ("claim", "field", "reviewer", "at"):
            _need(raw_event, key, str, f"{where} event {event_id}")
        undoes = raw_event.get("undoes")
        if undoes is not None and (not isinstance(undoes, int) or isinstance(undoes, bool)):
            raise ImportRejected(f'{where} event {event_id}: "undoes" must be an event id')
        if raw_event["claim"] != claim_id:
            raise ImportRejected(f"{where}: event {event_id} belongs to another claim")
        event = Event.from_json(raw_event)
        _check_event_values(event, where)
        events.append(event)
    note = _need(raw, "note", str, where)
    hidden = _need(raw, "hidden", bool, where)
    evidence = _need(raw, "evidence", list, where)
    for item in evidence:
        _check_evidence(item, where)
    return _InClaim(
        id=claim_id,
        text=_need(raw, "text", str, where),
        span=(span[0], span[1]),
        events=tuple(events),
        values={"status": status, "note": note, "hidden": hidden, EVIDENCE_FIELD: evidence},
    )


def _check_evidence(item: Any, where: str) -> None:
    if not isinstance(item, dict) or not all(
        isinstance(item.get(k), str) for k in ("text", "kind", "added_at", "reviewer")
    ):
        raise ImportRejected(f"{where}: an evidence item is not text, kind, added_at, reviewer")


def _check_event_values(event: Event, where: str) -> None:
    """Known fields must carry values the store can hold; unknown ones are skipped later."""
    if event.field == "status":
        ok = event.new in STATUSES
    elif event.field == "note":
        ok = isinstance(event.new, str)
    elif event.field == "hidden":
        ok = isinstance(event.new, bool)
    elif event.field == EVIDENCE_FIELD:
        for value in (event.old, event.new):
            if value is not None:
                _check_evidence(value, f"{where} event {event.id}")
        ok = True
    else:
        ok = True
    if not ok:
        raise ImportRejected(
            f"{where} event {event.id}: {event.new!r} is not a valid {event.field}"
        )


def _sha256_of(text: str) -> str:
    from extract.text import sha256_of

    return sha256_of(text)


def event_key(event: Event) -> tuple[str, str, str, str, str]:
    """What makes two events the same change, whichever library numbered them."""
    new = json.dumps(_canonical(event.new), ensure_ascii=False, sort_keys=True)
    return (event.reviewer, event.at, event.field, event.claim, new)


def _import_article(
    library: _ImportLibrary,
    article: _InArticle,
    by_sha: dict[str, str],
    reviewer: str,
    report: ImportReport,
) -> None:
    label = article.title or article.id
    try:
        _merge_article(library, article, label, by_sha, reviewer, report)
    except ClaimdeskError as error:  # this article cannot be merged; the others still can
        report.skipped.append(f"article {article.id} ({label}): {error}")


def _merge_article(
    library: _ImportLibrary,
    article: _InArticle,
    label: str,
    by_sha: dict[str, str],
    reviewer: str,
    report: ImportReport,
) -> None:
    article_id = by_sha.get(article.sha256)
    if article_id is None:
        if _sha256_of(article.text) != article.sha256:
            report.skipped.append(
                f"article {article.id} ({label}): its text does not match its sha256"
            )
            return
        summary, _new = library.ingest(
            article.text, title=article.title, origin=article.origin, meta=article.meta
        )
        if summary.sha256 != article.sha256:
            report.skipped.append(f"article {article.id} ({label}): ingested under another hash")
            return
        article_id = summary.id
        by_sha[article.sha256] = article_id
        report.articles_added.append(article_id)
    with library.session(article_id, reviewer) as session:
        if session.read_only:
            holder = session.holder or "another process"
            report.skipped.append(f"article {article_id} ({label}): open for writing by {holder}")
            return
        plan = merge_plan(session.state, article, report)
        if plan:
            session.write_state(apply_events(session.state, plan))
            report.events_merged += len(plan)
    if article_id not in report.articles_added:
        report.articles_merged.append(article_id)


def merge_plan(state: ArticleState, article: _InArticle, report: ImportReport) -> list[Event]:
    """The remote events to append to `state`, renumbered; conflicts go to the report."""
    chosen: list[Event] = []
    id_map: dict[int, int] = {}
    local_by_key = {event_key(e): e for e in state.events}
    for claim in article.claims:
        try:
            local = state.claim(claim.id)
        except KeyError:
            report.skipped.append(f"article {state.id} claim {claim.id}: no such claim here")
            continue
        if local.text != claim.text:
            report.skipped.append(
                f"article {state.id} claim {claim.id}: extracted differently here, not merged"
            )
            continue
        for event in claim.events:
            known = local_by_key.get(event_key(event))
            if known is not None:
                id_map[event.id] = known.id
        chosen.extend(_merge_claim(state, local, claim, report))
    chosen.sort(key=lambda e: (e.at, e.id))
    next_id = max((e.id for e in state.events), default=0) + 1
    plan = []
    for event in chosen:
        id_map[event.id] = next_id
        next_id += 1
    for event in chosen:
        undoes = id_map.get(event.undoes) if event.undoes is not None else None
        plan.append(replace(event, id=id_map[event.id], undoes=undoes))
    return plan


def _merge_claim(
    state: ArticleState, local: ClaimRecord, claim: _InClaim, report: ImportReport
) -> list[Event]:
    local_events = state.history(claim.id)
    chosen: list[Event] = []
    for name in dict.fromkeys(e.field for e in claim.events):
        mine = [e for e in local_events if e.field == name]
        theirs = [e for e in claim.events if e.field == name]
        my_keys = {event_key(e) for e in mine}
        their_keys = {event_key(e) for e in theirs}
        remote_new = [e for e in theirs if event_key(e) not in my_keys]
        report.events_present += len(theirs) - len(remote_new)
        if not remote_new:
            continue
        if name not in MERGED_FIELDS:
            report.skipped.append(
                f"article {state.id} claim {claim.id}: {len(remote_new)} change(s) to "
                f"{name!r}, which this claimdesk does not know"
            )
            continue
        local_new = [e for e in mine if event_key(e) not in their_keys]
        # Evidence is a set of items, each added or removed by its own event: both
        # sides' additions belong together, so evidence never conflicts.
        if not local_new or name == EVIDENCE_FIELD:
            chosen.extend(remote_new)
            continue
        local_value = _claim_value(local, name)
        remote_value = claim.values.get(name, remote_new[-1].new)
        if local_value != remote_value:
            report.conflicts.append(
                Conflict(
                    article=state.id,
                    claim=claim.id,
                    field=name,
                    local=local_value,
                    remote=remote_value,
                    remote_reviewer=remote_new[-1].reviewer,
                )
            )
    return chosen


def _claim_value(claim: ClaimRecord, name: str) -> Any:
    if name == EVIDENCE_FIELD:
        return [e.to_json() for e in claim.evidence]
    return getattr(claim, name)


def apply_events(state: ArticleState, events: Sequence[Event]) -> ArticleState:
    """`state` with `events` appended and their changes made to the claims, in order.

    The same semantics as a session's own changes: status, note and hidden take the
    event's `new`; an evidence event removes its `old` item and adds its `new` one.
    """
    claims = {c.id: c for c in state.claims}
    for event in events:
        claim = claims[event.claim]
        if event.field == "status":
            claim = replace(claim, status=event.new)
        elif event.field == "note":
            claim = replace(claim, note=event.new)
        elif event.field == "hidden":
            claim = replace(claim, hidden=bool(event.new))
        elif event.field == EVIDENCE_FIELD:
            items = list(claim.evidence)
            if event.old is not None:
                gone = _evidence(event.old)
                if gone in items:
                    items.remove(gone)
            if event.new is not None:
                items.append(_evidence(event.new))
            claim = replace(claim, evidence=tuple(items))
        claims[event.claim] = claim
    return replace(
        state,
        claims=tuple(claims[c.id] for c in state.claims),
        events=(*state.events, *events),
    )


def _evidence(data: Mapping[str, Any]) -> Evidence:
    return Evidence(
        text=data["text"], kind=data["kind"], added_at=data["added_at"], reviewer=data["reviewer"]
    )
