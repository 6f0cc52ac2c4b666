"""Atomic, durable writes: the file holds the old or the new state, never a torn one."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from store import CorruptFileError, StorageError
from store import storage as storage_mod
from store.storage import AtomicJSONStorage, atomic_write_text, read_json_file


def test_atomic_write_replaces_content_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    atomic_write_text(target, "one")
    atomic_write_text(target, "two", backup=True)
    assert target.read_text() == "two"
    assert (tmp_path / "a.json.bak").read_text() == "one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "a.json.bak"]


def test_atomic_write_fsyncs_file_and_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[bool] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        synced.append(os.path.isdir(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(storage_mod.os, "fsync", spy)
    atomic_write_text(tmp_path / "a.json", "x")
    assert synced == [False, True]  # the file first, then its directory


def test_failed_write_keeps_old_file_and_raises_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.json"
    atomic_write_text(target, "old")

    def broken(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(storage_mod.os, "fsync", broken)
    with pytest.raises(StorageError) as info:
        atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert list(tmp_path.iterdir()) == [target]
    assert "a.json" in str(info.value) and "\n" not in str(info.value)


def test_storage_batches_several_tinydb_writes_into_one_file_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tinydb import TinyDB

    writes: list[str] = []
    real = storage_mod.atomic_write_text
    monkeypatch.setattr(
        storage_mod, "atomic_write_text", lambda p, t, **k: (writes.append(t), real(p, t, **k))
    )
    store = AtomicJSONStorage(tmp_path / "db.json")
    db = TinyDB(storage=lambda: store)  # type: ignore[arg-type]
    with store.batch():
        db.table("claims").insert({"status": "denied"})
        db.table("events").insert({"field": "status"})
    assert len(writes) == 1
    saved = (tmp_path / "db.json").read_text()
    assert ", " not in saved and ": " not in saved  # compact JSON: less to write and fsync
    assert json.loads(saved) == {
        "claims": {"1": {"status": "denied"}},
        "events": {"1": {"field": "status"}},
    }


def test_storage_rolls_back_memory_when_the_write_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tinydb import TinyDB

    store = AtomicJSONStorage(tmp_path / "db.json")
    db = TinyDB(storage=lambda: store)  # type: ignore[arg-type]
    db.table("claims").insert({"status": "unreviewed"})

    def broken(path: object, text: str, **kwargs: object) -> None:
        raise StorageError("disk full")

    monkeypatch.setattr(storage_mod, "atomic_write_text", broken)
    with pytest.raises(StorageError):
        db.table("claims").update({"status": "denied"}, doc_ids=[1])
    assert store.read() == {"claims": {"1": {"status": "unreviewed"}}}


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        (b"", "empty"),
        (b'{"claims": {"1": ', "invalid JSON"),
        (b"\xff\xfe\x00", "UTF-8"),
        (b"[]", "TinyDB"),
    ],
)
def test_unparsable_file_is_reported_with_path_and_recovery(
    tmp_path: Path, content: bytes, detail: str
) -> None:
    target = tmp_path / "a.json"
    target.write_bytes(content)
    with pytest.raises(CorruptFileError) as info:
        read_json_file(target)
    message = str(info.value)
    assert str(target) in message and detail in message
    assert "claimdesk add" in message  # how to recover
    assert target.read_bytes() == content


def test_recovery_message_points_at_the_backup_when_there_is_one(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    atomic_write_text(target, "{}")
    atomic_write_text(target, "{}", backup=True)
    target.write_text("{broken")
    with pytest.raises(CorruptFileError) as info:
        read_json_file(target)
    assert f"{target}.bak" in str(info.value)
