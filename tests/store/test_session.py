"""Reviewing: statuses, notes, evidence, events, undo across restarts, failed writes."""

from __future__ import annotations

import errno
import re
from pathlib import Path

import pytest

from store import Library, LibraryError, NotFoundError, StorageError
from store import storage as storage_mod

UTC_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")


def test_a_mark_is_on_disk_when_it_returns(lib: Library, article: str) -> None:
    with lib.session(article, "alice") as session:
        state = session.mark("c2", "denied")
        assert state.claim("c2").status == "denied"
        # Read by a fresh library object, as another process would.
        assert Library.open(lib.path).load(article).claim("c2").status == "denied"


def test_every_change_is_an_event_with_reviewer_and_utc_time(lib: Library, article: str) -> None:
    with lib.session(article, "alice") as session:
        session.mark("c1", "confirmed")
        session.set_note("c1", "  Matches the ministry statement. ")
        session.add_evidence("c1", "https://example.org/statement")
        state = session.add_evidence("c1", "Interview with the minister, June 6")
    history = state.history("c1")
    assert [(e.field, e.old, e.new) for e in history[:2]] == [
        ("status", "unreviewed", "confirmed"),
        ("note", "", "Matches the ministry statement."),
    ]
    assert [e.id for e in history] == [1, 2, 3, 4]
    assert all(e.reviewer == "alice" and UTC_RE.match(e.at) for e in history)
    claim = state.claim("c1")
    assert [(e.text, e.kind) for e in claim.evidence] == [
        ("https://example.org/statement", "url"),
        ("Interview with the minister, June 6", "citation"),
    ]
    assert all(e.reviewer == "alice" and UTC_RE.match(e.added_at) for e in claim.evidence)
    assert lib.load(article).history("c1") == history


def test_setting_the_same_value_records_nothing(lib: Library, article: str) -> None:
    with lib.session(article, "alice") as session:
        session.mark("c1", "denied")
        state = session.mark("c1", "denied")
    assert len(state.events) == 1


def test_claims_can_be_named_by_index_and_in_any_case(lib: Library, article: str) -> None:
    with lib.session(article, "alice") as session:
        assert session.mark("C3", "denied").claim("c3").status == "denied"
        assert session.mark("1", "confirmed").claim("c2").status == "confirmed"


@pytest.mark.parametrize(
    ("call", "error", "text"),
    [
        (lambda s: s.mark("c99", "denied"), NotFoundError, "c1–c5"),
        (lambda s: s.mark("c1", "false"), LibraryError, "unreviewed, confirmed"),
        (lambda s: s.add_evidence("c1", "   "), LibraryError, "evidence is empty"),
    ],
)
def test_bad_requests_change_nothing_and_say_why(
    lib: Library, article: str, call: object, error: type[Exception], text: str
) -> None:
    before = (lib.articles_path / f"{article}.json").read_bytes()
    with lib.session(article, "alice") as session, pytest.raises(error, match=text):
        call(session)  # type: ignore[operator]
    assert (lib.articles_path / f"{article}.json").read_bytes() == before


def test_hidden_claims_leave_progress(lib: Library, article: str) -> None:
    with lib.session(article, "alice") as session:
        state = session.set_hidden("c3", True)
    assert state.progress().total == 4
    assert lib.progress(article).total == 4


def test_undo_walks_back_this_reviewers_changes_one_by_one(lib: Library, article: str) -> None:
    with lib.session(article, "alice") as session:
        session.mark("c1", "confirmed")
        session.add_evidence("c1", "https://example.org/a")
        session.mark("c2", "denied")
        state, event = session.undo()
        assert event is not None and (event.claim, event.field) == ("c2", "status")
        assert state.claim("c2").status == "unreviewed"
        state, event = session.undo()
        assert event is not None and event.field == "evidence"
        assert state.claim("c1").evidence == ()
        state, event = session.undo()
        assert state.claim("c1").status == "unreviewed"
        assert session.undo() == (state, None)


def test_undo_is_an_event_and_survives_a_restart(lib: Library, article: str) -> None:
    with lib.session(article, "alice") as session:
        session.mark("c1", "confirmed")
        session.mark("c1", "denied")
    reopened = Library.open(lib.path)
    with reopened.session(article, "alice") as session:
        state, event = session.undo()
    assert event is not None
    assert (event.old, event.new, event.undoes) == ("denied", "confirmed", 2)
    assert [e.undoes for e in state.history("c1")] == [None, None, 2]
    # And after another restart the next undo goes one further back.
    with Library.open(lib.path).session(article, "alice") as session:
        state, event = session.undo()
    assert event is not None and event.undoes == 1
    assert state.claim("c1").status == "unreviewed"
    with Library.open(lib.path).session(article, "alice") as session:
        assert session.undo()[1] is None


def test_undo_leaves_other_reviewers_changes_alone(lib: Library, article: str) -> None:
    with lib.session(article, "alice") as session:
        session.mark("c1", "confirmed")
    with lib.session(article, "bob") as session:
        session.mark("c2", "denied")
    with lib.session(article, "alice") as session:
        state, event = session.undo()
        assert event is not None and event.claim == "c1"
        assert state.claim("c2").status == "denied"
        assert session.undo()[1] is None


def test_a_failed_write_leaves_disk_and_state_as_they_were(
    lib: Library, article: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = lib.articles_path / f"{article}.json"
    with lib.session(article, "alice") as session:
        session.mark("c1", "confirmed")
        before_bytes, before_state = path.read_bytes(), session.state

        def full_disk(fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        with monkeypatch.context() as m:
            m.setattr(storage_mod.os, "fsync", full_disk)
            with pytest.raises(StorageError, match="No space left"):
                session.mark("c2", "denied")
        assert session.state is before_state
        assert path.read_bytes() == before_bytes
        assert sorted(p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")) == []
        # The session keeps working once the disk does.
        assert session.mark("c2", "denied").events[-1].id == 2
    assert lib.load(article).claim("c2").status == "denied"


def test_a_closed_session_refuses_changes(lib: Library, article: str) -> None:
    session = lib.session(article, "alice")
    session.close()
    with pytest.raises(LibraryError, match="closed"):
        session.mark("c1", "denied")


def test_write_state_replaces_the_article_in_one_write(lib: Library, article: str) -> None:
    import dataclasses

    with lib.session(article, "alice") as session:
        state = session.state
        claims = list(state.claims)
        claims[0] = dataclasses.replace(claims[0], status="denied", note="imported")
        session.write_state(dataclasses.replace(state, claims=tuple(claims)))
    loaded = lib.load(article)
    assert (loaded.claim("c1").status, loaded.claim("c1").note) == ("denied", "imported")


def test_unknown_article_is_a_clear_error(lib: Library, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="no article"):
        lib.session("deadbeef0000", "alice")


def test_the_file_after_marks_is_exactly_the_state_as_a_tinydb_document(
    lib: Library, article: str
) -> None:
    import json

    from tinydb import TinyDB

    from store.session import state_to_tables

    with lib.session(article, "alice") as session:
        session.update("c4", status="denied", note="misquoted", evidence=["https://a.example"])
        session.mark("c1", "confirmed")
        state, _ = session.undo()
    path = lib.articles_path / f"{article}.json"
    assert json.loads(path.read_text()) == state_to_tables(state)
    with TinyDB(path) as db:  # TinyDB's own storage reads it as a normal database
        assert db.table("claims").get(doc_id=4)["status"] == "denied"  # type: ignore[index]
        assert len(db.table("events")) == 5


def test_undo_never_overwrites_a_later_change_by_someone_else(lib: Library, article: str) -> None:
    from store.session import superseded

    with lib.session(article, "alice") as session:
        session.mark("c1", "denied")
        session.set_note("c2", "alice's note")
    with lib.session(article, "bob") as session:
        session.mark("c1", "confirmed")
    with lib.session(article, "alice") as session:
        state, event = session.undo()
        assert event is not None and event.claim == "c2" and not superseded(event)
        state, event = session.undo()
        assert event is not None and event.undoes == 1 and superseded(event)
        assert state.claim("c1").status == "confirmed"  # bob's verdict stands
        assert session.undo()[1] is None
