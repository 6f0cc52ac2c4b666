"""Damaged libraries: each problem is one line naming the file and the way out, and the
way out works. Nothing else is touched.

The ways out tested here are the ones the README's Reliability section documents.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from rel_app import SIZE, loaded, make_app, shown_after
from rel_faults import article_text, file_hashes

from store import Library
from tui.cli import main

Damage = Callable[[Path], None]


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _newer(path: Path) -> None:
    doc = json.loads(path.read_text())
    if "meta" in doc and path.name == "index.json":
        doc["meta"]["1"]["schema"] = 99
    else:
        doc["article"]["1"]["schema"] = 99
    path.write_text(json.dumps(doc))


ARTICLE_DAMAGE: dict[str, tuple[Damage, str]] = {
    "garbage": (lambda p: p.write_bytes(b"{not json \x00\xff"), "restore it from"),
    "truncated": (_truncate, "restore it from"),
    "empty": (lambda p: p.write_bytes(b""), "restore it from"),
    "a record missing": (lambda p: p.write_text('{"article": {"1": {"id": 3}}}'), "restore"),
    "newer schema": (_newer, "upgrade claimdesk"),
}
INDEX_DAMAGE: dict[str, tuple[Damage, str]] = {
    "garbage": (lambda p: p.write_bytes(b"\x00\x00garbage"), "move it away"),
    "truncated": (_truncate, "move it away"),
    "newer schema": (_newer, "upgrade claimdesk"),
}


def run(capsys: pytest.CaptureFixture[str], lib: Library, *args: str) -> tuple[int, str, str]:
    code = main(["--library", str(lib.path), "--reviewer", "ana", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def reviewed(lib_ids) -> tuple[Library, str, str]:
    """Two articles; the first has two marks (c1 confirmed, then c2 denied)."""
    lib, (article, other) = lib_ids
    with lib.session(article, "ana") as session:
        session.mark("c1", "confirmed")
        session.mark("c2", "denied")
    return lib, article, other


@pytest.mark.parametrize("kind", sorted(ARTICLE_DAMAGE))
def test_a_damaged_article_file_is_named_with_its_way_out_and_nothing_is_touched(
    reviewed, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    lib, article, other = reviewed
    damaged = lib.articles_path / f"{article}.json"
    damage, way_out = ARTICLE_DAMAGE[kind]
    damage(damaged)
    before = file_hashes(lib.path)
    for command in (["claims", article], ["mark", article, "c3", "denied"], ["undo", article]):
        code, out, err = run(capsys, lib, *command)
        assert code == 2, f"`claimdesk {command[0]}` on a damaged article must fail"
        assert err.count("\n") == 1 and err.startswith("claimdesk: "), err
        assert str(damaged) in err and way_out in err
        assert "Traceback" not in err and "saved" not in out
    assert file_hashes(lib.path) == before, "a damaged file is never written, nor anything else"
    # The rest of the library still works.
    code, out, _ = run(capsys, lib, "mark", other, "c1", "confirmed")
    assert code == 0 and out.startswith("saved")
    assert file_hashes(lib.path)[f"articles/{article}.json"] == before[f"articles/{article}.json"]


def test_list_names_a_damaged_article_once_and_still_lists_the_others(
    reviewed, capsys: pytest.CaptureFixture[str]
) -> None:
    lib, article, other = reviewed
    damaged = lib.articles_path / f"{article}.json"
    _truncate(damaged)
    code, out, err = run(capsys, lib, "list")
    assert code == 0, "list still lists the others"
    assert err.count("\n") == 1, "one line per damaged article, not a log record and a warning"
    assert err.startswith("claimdesk: warning: skipped: ") and str(damaged) in err
    assert other in out and article not in out


@pytest.mark.parametrize("kind", sorted(INDEX_DAMAGE))
def test_a_damaged_index_stops_every_command_with_its_way_out(
    reviewed, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    lib, article, _ = reviewed
    damage, way_out = INDEX_DAMAGE[kind]
    damage(lib.index_path)
    before = file_hashes(lib.path)
    for command in (["list"], ["claims", article], ["mark", article, "c3", "denied"], ["export"]):
        code, out, err = run(capsys, lib, *command)
        assert code == 2 and out == ""
        assert err.count("\n") == 1 and str(lib.index_path) in err and way_out in err
    assert file_hashes(lib.path) == before


def test_way_out_restore_a_truncated_article_from_its_backup(
    reviewed, capsys: pytest.CaptureFixture[str]
) -> None:
    lib, article, _ = reviewed
    damaged = lib.articles_path / f"{article}.json"
    _truncate(damaged)
    shutil.copyfile(lib.articles_path / f"{article}.json.bak", damaged)
    code, out, _ = run(capsys, lib, "claims", article, "--format", "json")
    status = {c["id"]: c["status"] for c in json.loads(out)["claims"]}
    assert code == 0 and status["c1"] == "confirmed", "the state before the last change is back"


def test_way_out_move_a_damaged_article_away_and_add_it_again(
    reviewed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib, article, _ = reviewed
    damaged = lib.articles_path / f"{article}.json"
    damaged.write_bytes(b"garbage")
    damaged.rename(tmp_path / "kept-for-later.json")
    source = tmp_path / "article.txt"
    source.write_text(article_text(0))
    code, out, _ = run(capsys, lib, "add", str(source))
    assert code == 0 and article in out
    code, out, _ = run(capsys, lib, "mark", article, "c1", "denied")
    assert code == 0 and out.startswith("saved")


def test_way_out_move_a_damaged_index_away_and_it_is_rebuilt_with_the_reviews(
    reviewed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib, article, other = reviewed
    lib.index_path.write_bytes(b"garbage")
    lib.index_path.rename(tmp_path / "index.json.damaged")
    code, out, err = run(capsys, lib, "list", "--format", "json")
    assert code == 0 and "rebuilt the index" in err
    listed = {a["id"]: a for a in json.loads(out)["articles"]}
    assert set(listed) == {article, other}
    assert listed[article]["by_status"]["confirmed"] == 1


def test_a_lock_left_by_a_dead_process_is_cleared_with_a_note(
    reviewed, capsys: pytest.CaptureFixture[str]
) -> None:
    lib, article, _ = reviewed
    lock = lib.articles_path / f"{article}.lock"
    dead = {"pid": 2**22 + 12345, "host": os.uname().nodename, "reviewer": "ghost",
            "since": "2026-11-28T01:00:00Z"}
    lock.write_text(json.dumps(dead))
    code, out, err = run(capsys, lib, "mark", article, "c3", "unconfirmed")
    assert code == 0 and out.startswith("saved")
    assert err.count("\n") == 1, "one note, not a log record and a note"
    assert err.startswith("claimdesk: note: cleared a stale lock left by ghost")
    assert "its process has exited" in err
    assert Library.open(lib.path).load(article).claim("c3").status == "unconfirmed"


async def test_the_app_on_a_damaged_article_says_which_file_and_keeps_running(reviewed) -> None:
    lib, article, _ = reviewed
    damaged = lib.articles_path / f"{article}.json"
    _truncate(damaged)
    before = file_hashes(lib.path)
    app = make_app(lib, article)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await loaded(pilot)
        shown = await shown_after(pilot, "Could not open")
        assert app.is_running
        assert "Could not open" in shown and "is damaged and was left" in shown, shown
    assert file_hashes(lib.path) == before


async def test_the_app_on_a_library_with_a_damaged_index_says_which_file_and_keeps_running(
    reviewed,
) -> None:
    from tui.app import ClaimdeskApp

    lib, _, _ = reviewed
    INDEX_DAMAGE["garbage"][0](lib.index_path)
    before = file_hashes(lib.path)
    app = ClaimdeskApp(lambda: (Library.open(lib.path), None), "ana")  # as `claimdesk` opens
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await loaded(pilot)
        shown = await shown_after(pilot, "Could not open")
        assert app.is_running
        assert "Could not open" in shown and "index.json is damaged" in shown, shown
    assert file_hashes(lib.path) == before
