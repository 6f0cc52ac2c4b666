"""Errors the review library raises: each is one sentence a user can act on.

All subclass `LibraryError(ClaimdeskError)`, so the command line prints them as
one line and the app can show them in a notification, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from extract.errors import ClaimdeskError


class LibraryError(ClaimdeskError):
    """Something about the library (or a request to it) the user can fix."""


class ReadOnlyError(LibraryError):
    """The article is open for writing elsewhere (or the library cannot be written).

    Its own exit code (3) lets a script tell "busy, try later" from a mistake (2).
    """

    exit_code = 3


class StorageError(LibraryError):
    """A write failed; the state on disk and in memory is what it was before."""


class CorruptFileError(LibraryError):
    """A library file does not parse. It is never overwritten or repaired silently."""

    def __init__(self, path: Path | str, detail: str = "", *, recovery: str | None = None) -> None:
        self.path = Path(path)
        self.detail = detail
        backup = self.path.with_name(self.path.name + ".bak")
        if recovery is None and self.path.name == "index.json":
            restore = f"restore it from {backup}, or " if backup.exists() else ""
            recovery = (
                f"{restore}move it away and open the library again: claimdesk rebuilds "
                "the index from the article files"
            )
        if recovery is None:
            recovery = (
                f"restore it from {backup} (the state before the last change) "
                "or move it away and run `claimdesk add` on the article again "
                "to re-ingest it without its review"
                if backup.exists()
                else "restore it from a backup, or move it away and run `claimdesk add` "
                "on the article again to re-ingest it without its review"
            )
        self.recovery = recovery
        why = f" ({detail})" if detail else ""
        super().__init__(f"{self.path} is damaged and was left untouched{why}: {recovery}")


class SchemaError(LibraryError):
    """The library was written by a newer claimdesk than this one."""


class NotFoundError(LibraryError):
    """No article or claim matches what the user typed."""
