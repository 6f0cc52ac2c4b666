"""One writer per article: a second process reads, and is told who writes."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from store import Library, ReadOnlyError
from store.lock import Holder

HOLD = textwrap.dedent(
    """
    import sys
    from store import Library
    lib = Library.open(sys.argv[1])
    session = lib.session(sys.argv[2], sys.argv[3])
    print("writable" if not session.read_only else "read-only", flush=True)
    sys.stdin.readline()
    if sys.argv[4] == "crash":
        import os
        os._exit(1)  # dies holding the lock, without releasing it
    session.close()
    """
)


@contextmanager
def held(
    lib: Library, article: str, reviewer: str, how: str = "close"
) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the article open for writing until the block ends."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(lib.path), article, reviewer, how],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "writable"
    try:
        yield proc
    finally:
        if proc.poll() is None:
            assert proc.stdin is not None
            proc.stdin.write("\n")
            proc.stdin.flush()
        proc.wait(10)


def test_a_second_process_gets_the_article_read_only_and_is_told_who(
    lib: Library, article: str
) -> None:
    path = lib.articles_path / f"{article}.json"
    with held(lib, article, "alice") as proc, lib.session(article, "bob") as session:
        assert session.read_only
        assert session.holder is not None
        assert "alice" in session.holder and f"pid {proc.pid}" in session.holder
        assert session.state.claim("c1").status == "unreviewed"  # it can still read
        before = path.read_bytes()
        with pytest.raises(ReadOnlyError, match="alice"):
            session.mark("c1", "denied")
        with pytest.raises(ReadOnlyError):
            session.undo()
        assert path.read_bytes() == before
    # Once the other process closes, the article can be written again.
    with lib.session(article, "bob") as session:
        assert not session.read_only
        session.mark("c1", "denied")


def test_a_second_session_in_the_same_process_is_read_only_too(lib: Library, article: str) -> None:
    with lib.session(article, "alice") as first, lib.session(article, "alice") as second:
        assert not first.read_only and second.read_only


def test_closing_releases_the_lock_and_clears_the_holder_info(lib: Library, article: str) -> None:
    lock_file = lib.articles_path / f"{article}.lock"
    with lib.session(article, "alice"):
        assert Holder.parse(lock_file.read_bytes()) is not None
    assert lock_file.read_bytes() == b""
    with lib.session(article, "bob") as session:
        assert not session.read_only and session.cleared is None


def test_a_lock_left_by_a_crashed_process_is_cleared(lib: Library, article: str) -> None:
    with held(lib, article, "alice", how="crash") as proc:
        pass
    assert proc.returncode == 1
    with lib.session(article, "bob") as session:
        assert not session.read_only
        assert session.cleared is not None
        assert "alice" in session.cleared and f"pid {proc.pid}" in session.cleared
        assert "exited" in session.cleared
        session.mark("c1", "confirmed")


def test_a_stale_lock_file_naming_a_dead_pid_is_cleared(lib: Library, article: str) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = Holder(
        pid=dead.pid, host=socket.gethostname(), reviewer="carol", since="2026-01-01T00:00:00Z"
    )
    (lib.articles_path / f"{article}.lock").write_bytes(stale.to_bytes())
    with lib.session(article, "bob") as session:
        assert not session.read_only
        assert session.cleared is not None and "carol" in session.cleared


def test_a_killed_holder_frees_the_article(lib: Library, article: str) -> None:
    with held(lib, article, "alice") as proc:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        with lib.session(article, "bob") as session:
            assert not session.read_only and session.cleared is not None


MARK_FOREVER = textwrap.dedent(
    """
    import sys
    from store import Library
    session = Library.open(sys.argv[1]).session(sys.argv[2], "alice")
    statuses = ["confirmed", "denied", "unconfirmed", "unreviewed"]
    i = 0
    while True:
        session.mark("c%d" % (i % 5 + 1), statuses[i % 4])
        if i == 20:
            print("marking", flush=True)
        i += 1
    """
)


def test_a_process_killed_while_marking_leaves_a_whole_file(lib: Library, article: str) -> None:
    import json
    import time

    path = lib.articles_path / f"{article}.json"
    for _ in range(3):
        proc = subprocess.Popen(
            [sys.executable, "-c", MARK_FOREVER, str(lib.path), article],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "marking"
        time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        json.loads(path.read_text())  # the old or the new state, never a torn file
        with lib.session(article, "bob") as session:
            assert not session.read_only and session.cleared is not None
            events = session.state.events
            assert [e.id for e in events] == list(range(1, len(events) + 1))
            assert len(events) > 20
        assert not list(path.parent.glob("*.tmp"))  # leftovers of the killed write are gone


def test_a_library_that_cannot_be_written_opens_read_only(
    lib: Library, article: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from store import lock as lock_mod

    real_open = os.open

    def refuse_lock_files(path: object, flags: int, *args: object) -> int:
        if str(path).endswith(".lock"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(lock_mod.os, "open", refuse_lock_files)
    with lib.session(article, "bob") as session:
        assert session.read_only
        assert session.holder is not None and "cannot be written" in session.holder
        assert session.state.claim("c1").status == "unreviewed"
        with pytest.raises(ReadOnlyError, match="cannot be written"):
            session.mark("c1", "denied")


def test_a_read_only_session_can_follow_the_writer(lib: Library, article: str) -> None:
    with lib.session(article, "alice") as writer, lib.session(article, "bob") as reader:
        writer.mark("c2", "denied")
        assert reader.state.claim("c2").status == "unreviewed"
        assert reader.reload().claim("c2").status == "denied"
