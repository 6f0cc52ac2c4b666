"""Schema versions: a v1 library migrates forward; a newer one is refused untouched."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from store import Library, SchemaError
from store.migrate import CURRENT_SCHEMA, migrate_article

FIXTURE = Path(__file__).parent / "fixtures" / "library_v1"
ARTICLE = "143ed47205d2"


@pytest.fixture
def v1(tmp_path: Path) -> Path:
    target = tmp_path / "lib"
    shutil.copytree(FIXTURE, target)
    return target


def test_opening_a_v1_library_migrates_it_and_keeps_the_review(v1: Path) -> None:
    lib = Library.open(v1)
    assert any("migrated" in n for n in lib.notices)
    assert json.loads((v1 / "index.json").read_text())["meta"]["1"]["schema"] == CURRENT_SCHEMA
    raw = json.loads((v1 / "articles" / f"{ARTICLE}.json").read_text())
    assert raw["article"]["1"]["schema"] == CURRENT_SCHEMA
    (summary,) = lib.articles()
    assert summary.meta == {}
    state = lib.load(ARTICLE)
    c1, c2 = state.claim("c1"), state.claim("c2")
    assert c1.status == "confirmed" and c2.status == "denied"
    assert c2.note == "Bloomberg's sources were anonymous"
    url = c1.evidence[0]
    assert (url.text, url.kind, url.reviewer, url.added_at) == (
        "https://example.org/v1-statement",
        "url",
        "alice",
        "2025-06-07T09:06:00.000000Z",  # taken from the event that added it
    )
    citation = c2.evidence[0]
    assert (citation.kind, citation.reviewer) == ("citation", "unknown")
    assert [e.undoes for e in state.events] == [None, None, None, None]


def test_undo_works_on_events_written_by_v1(v1: Path) -> None:
    lib = Library.open(v1)
    with lib.session(ARTICLE, "alice") as session:
        state, event = session.undo()
        assert event is not None and event.undoes == 2
        assert state.claim("c1").evidence == ()
        state, event = session.undo()
        assert state.claim("c1").status == "unreviewed"
        assert session.undo()[1] is None  # bob's changes are bob's


def test_migration_is_idempotent(v1: Path) -> None:
    data = json.loads((v1 / "articles" / f"{ARTICLE}.json").read_text())
    assert migrate_article(data, v1)
    once = json.dumps(data, sort_keys=True)
    assert not migrate_article(data, v1)
    assert json.dumps(data, sort_keys=True) == once
    Library.open(v1)
    assert Library.open(v1).notices == []  # second open: nothing left to migrate


def test_a_v1_article_file_restored_after_migration_is_read_forward(v1: Path) -> None:
    original = (v1 / "articles" / f"{ARTICLE}.json").read_bytes()
    lib = Library.open(v1)
    (v1 / "articles" / f"{ARTICLE}.json").write_bytes(original)  # e.g. restored from a backup
    assert lib.load(ARTICLE).claim("c1").evidence[0].kind == "url"
    with lib.session(ARTICLE, "carol") as session:
        session.mark("c3", "unconfirmed")
    raw = json.loads((v1 / "articles" / f"{ARTICLE}.json").read_text())
    assert raw["article"]["1"]["schema"] == CURRENT_SCHEMA


def test_a_newer_library_is_refused_and_left_alone(v1: Path) -> None:
    index = v1 / "index.json"
    data = json.loads(index.read_text())
    data["meta"]["1"]["schema"] = CURRENT_SCHEMA + 1
    index.write_text(json.dumps(data))
    before = index.read_bytes()
    with pytest.raises(SchemaError) as info:
        Library.open(v1)
    message = str(info.value)
    assert "newer claimdesk" in message and f"schema {CURRENT_SCHEMA + 1}" in message
    assert "upgrade" in message
    assert index.read_bytes() == before


def test_a_newer_article_file_is_refused_and_left_alone(v1: Path) -> None:
    lib = Library.open(v1)
    path = v1 / "articles" / f"{ARTICLE}.json"
    data = json.loads(path.read_text())
    data["article"]["1"]["schema"] = CURRENT_SCHEMA + 1
    path.write_text(json.dumps(data))
    before = path.read_bytes()
    with pytest.raises(SchemaError, match="newer claimdesk"):
        lib.load(ARTICLE)
    with pytest.raises(SchemaError):
        lib.session(ARTICLE, "alice")
    assert path.read_bytes() == before
