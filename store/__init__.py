"""The review library: articles, verdicts, history and queries, persisted in TinyDB.

Never imports textual or tui. The app and the headless commands use:

    lib = Library.open(path_or_None)
    with lib.session(article_id, reviewer) as session:
        session.mark("c3", "denied")       # durable before it returns
    ClaimView(state).by_source("s1").matching("cuba").claims
"""

from __future__ import annotations

from store.errors import (
    CorruptFileError,
    LibraryError,
    NotFoundError,
    ReadOnlyError,
    SchemaError,
    StorageError,
)
from store.library import Library
from store.query import ClaimView, country_counts, next_unreviewed, quote_counts, source_counts
from store.session import ArticleSession

__all__ = [
    "ArticleSession",
    "ClaimView",
    "CorruptFileError",
    "Library",
    "LibraryError",
    "NotFoundError",
    "ReadOnlyError",
    "SchemaError",
    "StorageError",
    "country_counts",
    "next_unreviewed",
    "quote_counts",
    "source_counts",
]
