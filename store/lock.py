"""One writer per article, and one index writer at a time, between processes.

`fcntl.flock` on a lock file: the kernel drops the lock when its holder dies, so
a lock can never outlive a crashed process. The holder writes who it is (pid,
host, reviewer, time) into the file so a second process can say who has the
article open; a clean release empties the file, so holder info found by a new
owner means the last one died without releasing: that stale lock is reported as
cleared.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from store.errors import LibraryError

INDEX_LOCK_TIMEOUT = 10.0
HOLDER_WAIT = 0.2


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds (or held) a lock, as written inside the lock file."""

    pid: int
    host: str
    reviewer: str
    since: str

    @classmethod
    def current(cls, reviewer: str) -> Holder:
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return cls(pid=os.getpid(), host=socket.gethostname(), reviewer=reviewer, since=now)

    @classmethod
    def parse(cls, raw: bytes) -> Holder | None:
        """Holder info from a lock file's bytes; None when empty or unreadable."""
        try:
            data: Any = json.loads(raw.decode("utf-8"))
            return cls(
                pid=int(data["pid"]),
                host=str(data["host"]),
                reviewer=str(data["reviewer"]),
                since=str(data["since"]),
            )
        except (ValueError, KeyError, TypeError):
            return None

    def to_bytes(self) -> bytes:
        info = {"pid": self.pid, "host": self.host, "reviewer": self.reviewer, "since": self.since}
        return json.dumps(info).encode("utf-8")

    @property
    def on_this_host(self) -> bool:
        return self.host == socket.gethostname()

    def alive(self) -> bool | None:
        """Whether the holding process still runs; None when it is on another host."""
        if not self.on_this_host:
            return None
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True

    def describe(self) -> str:
        """ "alice (pid 812 on laptop, since 2026-11-28 03:41 UTC)"."""
        since = self.since.replace("T", " ").removesuffix("Z")
        since = since[:16] + " UTC" if len(since) >= 16 else since
        return f"{self.reviewer} (pid {self.pid} on {self.host}, since {since})"


class ArticleLock:
    """A non-blocking exclusive lock: `acquired` or, if not, who `holder` is."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.acquired = False
        self.holder: Holder | None = None
        self.unavailable: str | None = None  # why no lock could even be tried
        self.cleared: str | None = None  # message about a stale lock taken over
        self._fd: int | None = None

    @classmethod
    def acquire(cls, path: Path, reviewer: str) -> ArticleLock:
        """Try once to become the article's writer; never waits."""
        lock = cls(path)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT):
                lock.unavailable = f"the library cannot be written ({error.strerror})"
                return lock
            raise
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.holder = _read_holder(fd)
            os.close(fd)
            return lock
        except BaseException:
            os.close(fd)
            raise
        previous = Holder.parse(os.pread(fd, 4096, 0))
        if previous is not None:
            state = previous.alive()
            why = {False: "its process has exited", None: "it was taken on another host"}.get(
                state, "its process no longer holds it"
            )
            lock.cleared = f"cleared a stale lock left by {previous.describe()}: {why}"
        # Who holds it is only information for others: on a full disk the lock (taken
        # above) still stands without it, and the marks themselves say they failed.
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.pwrite(fd, Holder.current(reviewer).to_bytes(), 0)
        lock._fd = fd
        lock.acquired = True
        return lock

    def release(self) -> None:
        """Empty the holder info (a clean exit) and drop the lock."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        self.acquired = False
        try:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)


def _read_holder(fd: int) -> Holder | None:
    """Who holds a taken lock. The holder writes its info just after taking the lock,
    so an empty file may only mean "not yet": look again for up to HOLDER_WAIT seconds."""
    deadline = time.monotonic() + HOLDER_WAIT
    while True:
        holder = Holder.parse(os.pread(fd, 4096, 0))
        if holder is not None or time.monotonic() > deadline:
            return holder
        time.sleep(0.005)


@contextlib.contextmanager
def index_lock(path: Path, timeout: float = INDEX_LOCK_TIMEOUT) -> Iterator[None]:
    """Serialise index writes between processes; waits up to `timeout` seconds."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise LibraryError(
                        f"the library at {path.parent} is busy (another claimdesk is "
                        "adding articles); try again in a moment"
                    ) from None
                time.sleep(0.01)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
