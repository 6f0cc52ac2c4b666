"""A full disk or an unwritable directory: the mark is reported not saved, nothing changes.

The failure is injected at the write (os.write/fsync/replace/open inside
store.storage, only for files in the test library), which works as root and on
any machine; benchmarks/reliability.py repeats it on a real tiny tmpfs.
"""

from __future__ import annotations

import errno

import pytest
from rel_app import SIZE, loaded, make_app, shown_after, status_of
from rel_faults import DISK_FAULTS, disk_fault, file_hashes

from store import Library, StorageError
from tui.cli import main


@pytest.mark.parametrize("fault", sorted(DISK_FAULTS))
def test_a_failed_write_is_reported_and_leaves_disk_and_session_as_they_were(
    lib_ids, fault: str
) -> None:
    lib, (article, _) = lib_ids
    with lib.session(article, "ana") as session:
        session.mark("c1", "confirmed")
        before, state = file_hashes(lib.path), session.state
        with disk_fault(lib.path, DISK_FAULTS[fault]) as disk, pytest.raises(StorageError) as err:
            session.mark("c2", "denied")
        assert disk.failures >= 1, "the fault must have been hit"
        message = str(err.value)
        assert "\n" not in message and "could not save" in message
        assert str(lib.articles_path / f"{article}.json") in message
        assert session.state is state, "the session must keep the state it had"
        assert file_hashes(lib.path) == before, "every library file must be byte-identical"
        # The disk is back: the next mark works and the failed one never happened.
        session.mark("c3", "unconfirmed")
    events = Library.open(lib.path).load(article).events
    assert [(e.claim, e.new) for e in events] == [("c1", "confirmed"), ("c3", "unconfirmed")]


@pytest.mark.parametrize("fault", ["disk full at write", "read-only filesystem"])
def test_claimdesk_mark_says_not_saved_in_one_line_and_exits_non_zero(
    lib_ids, capsys: pytest.CaptureFixture[str], fault: str
) -> None:
    lib, (article, _) = lib_ids
    before = file_hashes(lib.path)
    with disk_fault(lib.path, DISK_FAULTS[fault]):
        code = main(["--library", str(lib.path), "mark", article, "c1", "denied"])
    out, err = capsys.readouterr()
    assert code != 0 and "saved" not in out
    assert err.count("\n") == 1 and err.startswith("claimdesk: could not save ")
    assert "nothing was changed" in err
    assert file_hashes(lib.path) == before


def test_claimdesk_add_on_a_full_disk_adds_nothing_and_says_so(
    lib_ids, tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib, _ = lib_ids
    new = tmp_path / "new.txt"
    new.write_text("The ministry said the new report was ready on Friday.\n")
    before = file_hashes(lib.path)
    with disk_fault(lib.path, DISK_FAULTS["disk full at write"]):
        code = main(["--library", str(lib.path), "add", str(new)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "could not save" in err
    assert file_hashes(lib.path) == before
    assert len(Library.open(lib.path).articles()) == 2


async def test_the_app_shows_the_failed_mark_keeps_the_old_status_and_keeps_running(
    lib_ids,
) -> None:
    lib, (article, _) = lib_ids
    before = file_hashes(lib.path)
    app = make_app(lib, article)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await loaded(pilot)
        with disk_fault(lib.path, DISK_FAULTS["disk full at write"]) as disk:
            await pilot.press("c")
            await pilot.pause()
        assert disk.failures >= 1
        assert app.is_running, "a failed write must not end the app"
        assert status_of(app, "c1") == "unreviewed", "the claim keeps its old status"
        shown = await shown_after(pilot, "Mark not saved")
        assert "Mark not saved" in shown, "the failure must be on screen"
        toasts = " ".join(str(toast.render()) for toast in app.screen.query("Toast"))
        assert "No space left on device; nothing was changed" in toasts
        assert file_hashes(lib.path) == before
        # Space is back: the same key now saves.
        await pilot.press("c")
        await pilot.pause()
        assert status_of(app, "c1") == "confirmed"
    assert Library.open(lib.path).load(article).claim("c1").status == "confirmed"


def test_a_full_disk_does_not_stop_the_article_opening_and_the_mark_says_why(lib_ids) -> None:
    lib, (article, _) = lib_ids
    full = {"pwrite": errno.ENOSPC, "ftruncate": errno.ENOSPC}
    with disk_fault(lib.path, full, "store.lock"), lib.session(article, "ana") as session:
        assert not session.read_only, "the lock is taken even if who holds it can't be written"
        with disk_fault(lib.path, DISK_FAULTS["disk full at write"]), pytest.raises(StorageError):
            session.mark("c1", "denied")


def test_no_room_for_a_lock_file_opens_read_only_and_mark_says_so(
    lib_ids, capsys: pytest.CaptureFixture[str]
) -> None:
    lib, (article, _) = lib_ids
    (lib.articles_path / f"{article}.lock").unlink(missing_ok=True)
    before = file_hashes(lib.path)
    with disk_fault(lib.path, {"open": errno.ENOSPC}, "store.lock"):
        code = main(["--library", str(lib.path), "mark", article, "c1", "denied"])
    err = capsys.readouterr().err
    assert code == 3 and err.count("\n") == 1
    assert err.startswith(f"claimdesk: article {article} cannot be changed: the library cannot")
    assert "No space left on device" in err and "nothing was changed" in err
    assert file_hashes(lib.path) == before
