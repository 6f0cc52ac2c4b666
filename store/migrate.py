"""Schema versions of a library and the migrations that carry it forward.

Version 1 (the first released layout):
  index  `meta` table: {"schema": 1}; `articles` rows without `meta`.
  article file: `article` doc without `schema` or `meta`; evidence items are plain
  strings (no kind, time or reviewer); events have no `undoes` (v1 had no undo).
Version 2 (current):
  index rows carry `meta`; the article doc records `schema`; evidence items are
  {text, kind, added_at, reviewer}; events carry `undoes` (null unless an undo).

Every step is idempotent, so a migration interrupted by a crash simply runs again.
A library or article newer than this code is refused, never rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from store.errors import CorruptFileError, SchemaError

CURRENT_SCHEMA = 2
_URL_RE = re.compile(r"^(?:https?|ftp)://\S+$|^www\.\S+\.\S+$", re.IGNORECASE)

Doc = dict[str, Any]


def evidence_kind(text: str) -> str:
    """ "url" for a web address, otherwise "citation" (free text)."""
    return "url" if _URL_RE.match(text.strip()) else "citation"


def refuse_newer(version: int, path: Path) -> None:
    """Raise SchemaError when `path` was written by a newer claimdesk."""
    if version > CURRENT_SCHEMA:
        raise SchemaError(
            f"{path} was written by a newer claimdesk (schema {version}; this version "
            f"reads up to {CURRENT_SCHEMA}); upgrade claimdesk to open it, nothing was changed"
        )


def index_version(data: Doc | None, path: Path) -> int:
    """The schema version an index document records (CURRENT for a new library)."""
    if not data:
        return CURRENT_SCHEMA
    try:
        version = data["meta"]["1"]["schema"]
    except (KeyError, TypeError) as error:
        raise CorruptFileError(path, "it records no schema version") from error
    if not isinstance(version, int) or version < 1:
        raise CorruptFileError(path, f"unknown schema version {version!r}")
    refuse_newer(version, path)
    return version


def article_version(data: Doc, path: Path) -> int:
    """The schema of an article file: its `schema` field; absent means version 1."""
    try:
        doc = data["article"]["1"]
    except (KeyError, TypeError) as error:
        raise CorruptFileError(path, "it has no article record") from error
    version = doc.get("schema", 1)
    if not isinstance(version, int) or version < 1:
        raise CorruptFileError(path, f"unknown schema version {version!r}")
    refuse_newer(version, path)
    return version


def _index_v1_to_v2(data: Doc) -> None:
    for row in data.get("articles", {}).values():
        row.setdefault("meta", {})


def _article_v1_to_v2(data: Doc) -> None:
    article = data["article"]["1"]
    article.setdefault("meta", {})
    events = data.get("events", {})
    for event in events.values():
        event.setdefault("undoes", None)
    # Time and reviewer of each v1 evidence string come from the event that added it.
    added: dict[tuple[str, str], Doc] = {}
    for event in events.values():
        if event.get("field") == "evidence" and isinstance(event.get("new"), str):
            added.setdefault((event["claim"], event["new"]), event)
    for claim in data.get("claims", {}).values():
        items = []
        for item in claim.get("evidence", []):
            if isinstance(item, str):
                origin = added.get((claim["id"], item))
                item = {
                    "text": item,
                    "kind": evidence_kind(item),
                    "added_at": origin["at"] if origin else article.get("added_at", ""),
                    "reviewer": origin["reviewer"] if origin else "unknown",
                }
            items.append(item)
        claim["evidence"] = items
    for event in events.values():
        for key in ("old", "new"):
            value = event.get(key)
            if event.get("field") == "evidence" and isinstance(value, str):
                event[key] = {
                    "text": value,
                    "kind": evidence_kind(value),
                    "added_at": event["at"],
                    "reviewer": event["reviewer"],
                }
    article["schema"] = 2


_INDEX_STEPS: dict[int, Callable[[Doc], None]] = {1: _index_v1_to_v2}
_ARTICLE_STEPS: dict[int, Callable[[Doc], None]] = {1: _article_v1_to_v2}


def migrate_index(data: Doc, path: Path) -> bool:
    """Bring an index document to CURRENT_SCHEMA in place; True if it changed."""
    version = index_version(data, path)
    changed = False
    while version < CURRENT_SCHEMA:
        _INDEX_STEPS[version](data)
        version += 1
        changed = True
    data.setdefault("meta", {}).setdefault("1", {})["schema"] = version
    return changed


def migrate_article(data: Doc, path: Path) -> bool:
    """Bring an article document to CURRENT_SCHEMA in place; True if it changed."""
    version = article_version(data, path)
    changed = False
    try:
        while version < CURRENT_SCHEMA:
            _ARTICLE_STEPS[version](data)
            version += 1
            changed = True
    except (KeyError, TypeError, AttributeError) as error:
        raise CorruptFileError(path, f"it cannot be migrated ({error!r})") from error
    return changed
