"""Atomic, durable JSON files and the TinyDB storage built on them.

Every library file is written the same way: a temporary file in the same
directory, flushed and fsynced, renamed over the old file, then the directory
fsynced. A crash leaves the old or the new state, never a torn file. The
previous version is kept as a hard link `<name>.bak` (no extra data written),
so a damaged file can be restored by hand.

A file that does not parse raises `CorruptFileError` and is never written to.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from store.errors import CorruptFileError, ReadOnlyError, StorageError
from store.paths import backup_path

# Directory fsync is not supported everywhere (some network and FUSE filesystems);
# the rename itself has happened, so those errors are not a failed write.
_DIR_FSYNC_UNSUPPORTED = {errno.EINVAL, errno.ENOTSUP, errno.EBADF, errno.EACCES}


def dumps(data: Any) -> str:
    """Compact JSON (no spaces, UTF-8 kept): the smallest file to write and fsync."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def fsync_dir(directory: Path) -> None:
    """Make a rename in `directory` durable."""
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as error:
        if error.errno in _DIR_FSYNC_UNSUPPORTED:
            return
        raise
    try:
        os.fsync(fd)
    except OSError as error:
        if error.errno not in _DIR_FSYNC_UNSUPPORTED:
            raise
    finally:
        os.close(fd)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, backup: bool = False) -> None:
    """Write `data` to `path` atomically and durably; raise StorageError on failure.

    With `backup`, the file being replaced stays reachable as `<path>.bak`.
    """
    path = Path(path)
    directory = path.parent
    tmp = directory / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    linked: Path | None = None
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if backup:
            linked = _link_backup(path, tmp)
        os.replace(tmp, path)
    except OSError as error:
        for leftover in (tmp, linked):
            if leftover is not None:
                with contextlib.suppress(OSError):
                    os.unlink(leftover)
        raise StorageError(
            f"could not save {path}: {error.strerror or error}; nothing was changed"
        ) from error
    if linked is not None:
        # Only now, with the new file in place, does the old one become the backup.
        try:
            os.replace(linked, backup_path(path))
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(linked)
    try:
        fsync_dir(directory)
    except OSError as error:
        raise StorageError(
            f"saved {path} but could not make it durable: {error.strerror or error}"
        ) from error


def atomic_write_text(path: str | os.PathLike[str], text: str, *, backup: bool = False) -> None:
    """UTF-8 text version of `atomic_write_bytes` (public: exports use it too)."""
    atomic_write_bytes(path, text.encode("utf-8"), backup=backup)


def _link_backup(path: Path, tmp: Path) -> Path | None:
    """Hard-link the current file under a temporary name (metadata only, no data write).

    It is renamed to `<name>.bak` once the new file is in place, so a write that
    fails leaves the old backup as it was. None when there is no current file
    (first write) or the filesystem has no hard links: then no backup.
    """
    linked = tmp.with_name(tmp.name.removesuffix(".tmp") + ".bak.tmp")
    try:
        os.link(path, linked)
    except OSError:
        return None
    return linked


def remove_stale_temps(path: Path) -> int:
    """Delete temporary files a crashed write of `path` left behind.

    Call only while holding the lock that makes this process the file's only
    writer; the real file was never touched by those writes.
    """
    removed = 0
    for temp in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
            removed += 1
    return removed


def read_json_file(
    path: Path, *, recovery: str | None = None
) -> tuple[dict[str, Any] | None, str | None]:
    """Parse a library file: (data, text), (None, None) if it does not exist.

    Raises CorruptFileError (with `recovery` advice, if given) when the file exists
    but is not a JSON object. The file is only read, never touched.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, None
    except IsADirectoryError as error:
        raise CorruptFileError(path, "it is a directory", recovery=recovery) from error
    try:
        text = raw.decode("utf-8")
        data = json.loads(text)
    except UnicodeDecodeError as error:
        raise CorruptFileError(path, "it is not UTF-8 text", recovery=recovery) from error
    except json.JSONDecodeError as error:
        detail = "it is empty" if not raw.strip() else f"invalid JSON at byte {error.pos}"
        raise CorruptFileError(path, detail, recovery=recovery) from error
    if not isinstance(data, dict):
        raise CorruptFileError(path, "it is not a TinyDB document", recovery=recovery)
    return data, text


class AtomicJSONStorage(Storage):
    """TinyDB storage: one parse per open, atomic fsynced writes, batched commits.

    The parsed document is kept in memory (the owner holds the file's lock, so
    nobody else writes it). Inside `batch()`, TinyDB operations only touch memory
    and the file is written once at the end, so a mark (claim update + event
    insert) costs exactly one durable write. A failed write restores the last
    saved state in memory and raises StorageError.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        read_only: bool = False,
        backup: bool = True,
        preloaded: tuple[dict[str, Any] | None, str | None] | None = None,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.backup = backup
        self._loaded = preloaded is not None
        self._data, self._text = preloaded if preloaded is not None else (None, None)
        self._depth = 0
        self._dirty = False

    def read(self) -> dict[str, dict[str, Any]] | None:
        if not self._loaded:
            self._data, self._text = read_json_file(self.path)
            self._loaded = True
        return self._data

    def reload(self) -> None:
        """Forget the cached document (another process may have written the file)."""
        self._loaded = False
        self._data = self._text = None

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self.read_only:
            raise ReadOnlyError(f"{self.path} is open read-only")
        self._data = data
        self._loaded = True
        if self._depth:
            self._dirty = True
            return
        self._flush()

    def write_bytes(self, data: bytes) -> None:
        """Write an already serialized UTF-8 document (the session's fast path), durably.

        The cached document is dropped, so a later TinyDB read sees the file as written.
        """
        if self.read_only:
            raise ReadOnlyError(f"{self.path} is open read-only")
        atomic_write_bytes(self.path, data, backup=self.backup)
        self._loaded = False
        self._data = self._text = None

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Group TinyDB operations into one durable write (or none, on error)."""
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if self._depth == 0 and self._dirty:
                self._dirty = False
                self._rollback()
            raise
        self._depth -= 1
        if self._depth == 0 and self._dirty:
            self._dirty = False
            self._flush()

    def _flush(self) -> None:
        text = dumps(self._data)
        try:
            atomic_write_text(self.path, text, backup=self.backup)
        except StorageError:
            self._rollback()
            raise
        self._text = text

    def _rollback(self) -> None:
        self._data = json.loads(self._text) if self._text is not None else None

    def close(self) -> None:
        """Nothing to release: every write is already on disk."""
