"""Reading an export file: every field checked before anything is written.

A file that is not a usable `claimdesk.export/1` document raises `ImportRejected`
and leaves the library untouched.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract.model import SOURCE_KINDS
from store.corrections import (
    CORRECTION_FIELDS,
    COUNTRIES,
    MERGE,
    SOURCE_CORRECTIONS,
    SOURCE_KIND,
    SOURCE_MERGE,
    SOURCE_NAME,
    SOURCES,
    SPLIT,
)
from store.exchange.common import EVIDENCE_FIELD, MAX_FILE, MAX_STRING, SCHEMA, ImportRejected
from store.records import (
    STATUSES,
    Event,
)


@dataclass(frozen=True, slots=True)
class InClaim:
    id: str
    text: str
    span: tuple[int, int]
    events: tuple[Event, ...]
    values: Mapping[str, Any]  # the exported status, note, hidden and evidence


@dataclass(frozen=True, slots=True)
class InArticle:
    id: str
    sha256: str
    title: str | None
    origin: str | None
    added_at: str | None  # kept on import, so export -> import -> export is byte-identical
    meta: Mapping[str, Any]
    text: str
    claims: tuple[InClaim, ...]


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


def parse_export(data: bytes, *, name: str = "the file") -> list[InArticle]:
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


def _parse_article(raw: Any, position: int, name: str) -> InArticle:
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
    event_ids: dict[int, Event] = {}
    for claim in claims:
        if claim.id in seen:
            raise ImportRejected(f"{where}: claim {claim.id} appears twice")
        seen.add(claim.id)
        for event in claim.events:
            # A source's correction is in the history of each of its claims: the same event.
            if event.id in event_ids and event_ids[event.id] != event:
                raise ImportRejected(f"{where}: event {event.id} appears twice")
            event_ids[event.id] = event
    return InArticle(
        id=_need(raw, "id", str, where),
        sha256=sha,
        title=_optional_str(raw, "title", where),
        origin=_optional_str(raw, "origin", where),
        added_at=_optional_str(raw, "added_at", where),
        meta=meta,
        text=_need(raw, "text", str, where),
        claims=tuple(claims),
    )


def _parse_claim(raw: Any, where: str) -> InClaim:
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
        if raw_event["claim"] != claim_id and raw_event["field"] not in SOURCE_CORRECTIONS:
            raise ImportRejected(f"{where}: event {event_id} belongs to another claim")
        event = Event.from_json(raw_event)
        _check_event_values(event, where)
        events.append(event)
    note = _need(raw, "note", str, where)
    hidden = _need(raw, "hidden", bool, where)
    evidence = _need(raw, "evidence", list, where)
    for item in evidence:
        _check_evidence(item, where)
    return InClaim(
        id=claim_id,
        text=_need(raw, "text", str, where),
        span=(span[0], span[1]),
        events=tuple(events),
        values={"status": status, "note": note, "hidden": hidden, EVIDENCE_FIELD: evidence},
    )


def _check_evidence(item: Any, where: str) -> None:
    if not _evidence_ok(item):
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
    elif event.field in CORRECTION_FIELDS:
        ok = all(_correction_ok(event.field, v) for v in (event.old, event.new))
    else:
        ok = True
    if not ok:
        raise ImportRejected(
            f"{where} event {event.id}: {event.new!r} is not a valid {event.field}"
        )


_CLAIM_DOC_KEYS = {
    "id": str,
    "paragraph": int,
    "start": int,
    "end": int,
    "text": str,
    "sources": list,
    "countries": list,
    "quotes": list,
    "attributions": list,
    "status": str,
    "note": str,
    "evidence": list,
    "hidden": bool,
}


def _claim_doc_ok(doc: Any) -> bool:
    if not isinstance(doc, dict):
        return False
    for key, kind in _CLAIM_DOC_KEYS.items():
        value = doc.get(key)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            return False
    return (
        doc["status"] in STATUSES
        and 0 <= doc["start"] <= doc["end"]
        and all(isinstance(x, str) for key in ("sources", "countries", "quotes") for x in doc[key])
        and all(_attribution_ok(a) for a in doc["attributions"])
        and all(_evidence_ok(e) for e in doc["evidence"])
    )


def _attribution_ok(item: Any) -> bool:
    return (
        isinstance(item, dict)
        and isinstance(item.get("source"), str)
        and _span_ok(item.get("source_span"))
        and (item.get("cue_span") is None or _span_ok(item.get("cue_span")))
    )


def _evidence_ok(item: Any) -> bool:
    return isinstance(item, dict) and all(
        isinstance(item.get(k), str) for k in ("text", "kind", "added_at", "reviewer")
    )


def _correction_ok(field: str, value: Any) -> bool:
    """The shape of one side of a correction event (see store.corrections)."""
    if field == SOURCES:
        return isinstance(value, list) and all(
            isinstance(r, dict)
            and isinstance(r.get("id"), str)
            and isinstance(r.get("name"), str)
            and r.get("kind", "unknown") in SOURCE_KINDS
            for r in value
        )
    if field == COUNTRIES:
        return isinstance(value, list) and all(
            isinstance(c, str) and len(c) == 2 and c.isascii() and c.isupper() for c in value
        )
    if field in (SPLIT, MERGE):
        return isinstance(value, list) and bool(value) and all(_claim_doc_ok(d) for d in value)
    if field == SOURCE_NAME:
        return isinstance(value, str) and bool(value.strip())
    if field == SOURCE_KIND:
        return value in SOURCE_KINDS
    if field == SOURCE_MERGE:
        return (
            isinstance(value, dict)
            and isinstance(value.get("sources"), dict)
            and all(_source_doc_ok(d) for d in value["sources"].values())
            and isinstance(value.get("claims"), list)
            and all(_claim_doc_ok(d) for d in value["claims"])
            and isinstance(value.get("quotes"), dict)
            and all(v is None or isinstance(v, str) for v in value["quotes"].values())
        )
    return False


def _source_doc_ok(doc: Any) -> bool:
    if doc is None:
        return True
    return (
        isinstance(doc, dict)
        and isinstance(doc.get("id"), str)
        and isinstance(doc.get("name"), str)
        and doc.get("kind", "unknown") in SOURCE_KINDS
        and isinstance(doc.get("aliases", []), list)
        and all(isinstance(a, str) for a in doc.get("aliases", []))
        and isinstance(doc.get("mentions", []), list)
        and all(_span_ok(m) for m in doc.get("mentions", []))
    )


def _span_ok(value: Any) -> bool:
    return (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(x, int) and not isinstance(x, bool) for x in value)
    )
