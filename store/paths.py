"""Where a library lives and how its files are named.

The directory comes from `--library`, else `CLAIMDESK_HOME`, else the platform's
user data directory, so scripts, tests and a journalist's laptop agree on it.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "claimdesk"
INDEX_NAME = "index.json"
INDEX_LOCK_NAME = "index.lock"
ARTICLES_DIR = "articles"


def library_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """The library directory: explicit path, then CLAIMDESK_HOME, then platformdirs."""
    if path:
        return Path(path).expanduser()
    env = os.environ.get("CLAIMDESK_HOME")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def index_path(root: Path) -> Path:
    """The small index of articles (schema version + one row per article)."""
    return root / INDEX_NAME


def index_lock_path(root: Path) -> Path:
    """Serialises index writes (ingest, migration) between processes."""
    return root / INDEX_LOCK_NAME


def articles_dir(root: Path) -> Path:
    """Holds one TinyDB file (and one lock file) per article."""
    return root / ARTICLES_DIR


def article_path(root: Path, article_id: str) -> Path:
    """The TinyDB file of one article: its text, claims, verdicts and events."""
    return articles_dir(root) / f"{article_id}.json"


def article_lock_path(root: Path, article_id: str) -> Path:
    """The lock file naming the one process that may write the article."""
    return articles_dir(root) / f"{article_id}.lock"


def backup_path(path: Path) -> Path:
    """The previous version of a file, kept by every atomic write."""
    return path.with_name(path.name + ".bak")
