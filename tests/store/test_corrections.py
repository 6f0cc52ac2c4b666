"""Corrections to the extraction: each one recorded, applied, durable and undoable."""

from __future__ import annotations

import subprocess
import sys

import pytest
from builders import build_extraction
from hypothesis import given, settings
from hypothesis import strategies as st

from store import Library, ReadOnlyError
from store.corrections import (
    CorrectionError,
    apply_event,
    country_choices,
    plan_countries,
    plan_merge,
    plan_merge_sources,
    plan_sources,
    plan_split,
)
from store.errors import NotFoundError
from store.records import ArticleState, Event


def fresh() -> ArticleState:
    return ArticleState.from_extraction(build_extraction())


def event_of(change, event_id: int = 1, reviewer: str = "ana") -> Event:
    target, field, old, new = change
    return Event(event_id, target, field, old, new, reviewer, "2026-11-28T04:00:00.000000Z")


def spans_exact(state: ArticleState) -> None:
    for i, claim in enumerate(state.claims):
        assert claim.index == i
        assert state.text[claim.start : claim.end] == claim.text


# ----------------------------------------------------------------------------- pure


def test_split_keeps_order_spans_and_ids() -> None:
    state = fresh()
    offset = state.claim("c4").text.index("said")
    after = apply_event(state, event_of(plan_split(state, "c4", offset)))
    assert [c.id for c in after.claims] == ["c1", "c2", "c3", "c4", "c4.1", "c5"]
    assert after.claim("c4").text == "“We are not a waiting room,”"
    assert after.claim("c4.1").text == "said a minister, according to Népszava."
    assert after.claim("c4").quotes == ("q1",) and after.claim("c4.1").quotes == ()
    assert after.quote("q1").claims == ("c4",)
    spans_exact(after)


def test_split_twice_takes_the_next_free_suffix() -> None:
    state = fresh()
    once = apply_event(state, event_of(plan_split(state, "c1", 20)))
    twice = apply_event(once, event_of(plan_split(once, "c1", 5), 2))
    assert [c.id for c in twice.claims][:3] == ["c1", "c1.2", "c1.1"]
    spans_exact(twice)


def test_split_places_countries_by_mention() -> None:
    state = fresh()
    offset = state.claim("c1").text.index("with")
    after = apply_event(state, event_of(plan_split(state, "c1", offset)))
    assert after.claim("c1").countries == ()
    assert after.claim("c1.1").countries == ("XK",)
    assert after.claim("c1").sources == after.claim("c1.1").sources == ("s1",)


@pytest.mark.parametrize("offset", [0, 1000, 3])
def test_split_refuses_an_empty_part(offset: int) -> None:
    state = fresh()
    with pytest.raises(CorrectionError):
        plan_split(state, "c1", offset if offset != 3 else len(state.claim("c1").text))


def test_merge_joins_spans_and_unions() -> None:
    state = fresh()
    after = apply_event(state, event_of(plan_merge(state, "c2")))
    merged = after.claim("c2")
    assert [c.id for c in after.claims] == ["c1", "c2", "c4", "c5"]
    assert merged.text == (
        "Bloomberg reported that deportees would come from Cuba. "
        "Officials in Serbia declined to comment."
    )
    assert merged.countries == ("CU", "RS")
    spans_exact(after)


def test_merge_across_paragraphs_and_at_the_end_is_refused() -> None:
    state = fresh()
    with pytest.raises(CorrectionError, match="different paragraphs"):
        plan_merge(state, "c1")
    with pytest.raises(CorrectionError, match="last claim"):
        plan_merge(state, "c5")


def test_merge_sources_moves_claims_and_names() -> None:
    state = fresh()
    after = apply_event(state, event_of(plan_merge_sources(state, "s2", "s3")))
    assert [s.id for s in after.sources] == ["s1", "s2"]
    assert after.claim("c4").sources == ("s2",)
    assert "Népszava" in after.source("s2").aliases
    assert all(a.source == "s2" for a in after.claim("c4").attributions)


# ----------------------------------------------------------------------------- session


@pytest.fixture
def session(lib: Library, article: str):
    with lib.session(article, "ana") as s:
        yield s


def reopened(lib: Library, article: str) -> ArticleState:
    return lib.load(article)


def test_add_new_source_by_name_then_undo(lib: Library, article: str, session) -> None:
    before = session.state
    state = session.add_source("c3", name="Serbian Government")
    assert state.source_names(state.claim("c3")) == ("Serbian Government",)
    assert state.source("s4").kind == "unknown"
    assert reopened(lib, article).source_names(reopened(lib, article).claim("c3")) == (
        "Serbian Government",
    )
    event = state.events[-1]
    assert (event.claim, event.field, event.reviewer) == ("c3", "sources", "ana")
    assert event.old == [] and event.new[0]["name"] == "Serbian Government"
    state, undone = session.undo()
    assert undone is not None and undone.undoes == event.id
    assert state.claims == before.claims and state.sources == before.sources
    assert reopened(lib, article).sources == before.sources


def test_person_name_guessed_and_existing_name_reused(session) -> None:
    state = session.add_source("c5", name="Maria Lopez")
    assert state.source("s4").kind == "person"
    state = session.add_source("c3", name="bloomberg")
    assert state.claim("c3").sources == ("s2",)
    assert len(state.sources) == 4


def test_set_and_remove_source_then_undo(session) -> None:
    state = session.set_source("c2", source_id="s1")
    assert state.claim("c2").sources == ("s1",)
    state = session.remove_source("c2", "s1")
    assert state.claim("c2").sources == ()
    state, _ = session.undo()
    assert state.claim("c2").sources == ("s1",)
    state, _ = session.undo()
    assert state.claim("c2").sources == ("s2",)


def test_add_and_remove_country_then_undo(lib: Library, article: str, session) -> None:
    state = session.add_country("c3", "hu")
    assert state.claim("c3").countries == ("RS", "HU")
    assert state.country("HU") is not None and state.country("HU").name == "Hungary"
    state = session.remove_country("c3", "RS")
    assert reopened(lib, article).claim("c3").countries == ("HU",)
    state, _ = session.undo()
    state, _ = session.undo()
    assert state.claim("c3").countries == ("RS",)
    assert state.country("HU") is None
    with pytest.raises(CorrectionError):
        session.add_country("c3", "ZZ")


def test_hidden_is_out_of_progress_and_reversible(lib: Library, article: str, session) -> None:
    assert session.state.progress().total == 5
    session.set_hidden("c2", True)
    assert session.state.progress().total == 4
    assert lib.progress(article).total == 4
    state, event = session.undo()
    assert event is not None and not state.claim("c2").hidden
    assert lib.progress(article).total == 5


def test_split_claim_and_undo(lib: Library, article: str, session) -> None:
    session.mark("c4", "denied")
    before = session.state
    state = session.split_claim("c4", before.claim("c4").text.index("said"))
    assert state.claim("c4").status == state.claim("c4.1").status == "denied"
    on_disk = reopened(lib, article)
    assert [c.id for c in on_disk.claims] == ["c1", "c2", "c3", "c4", "c4.1", "c5"]
    assert on_disk.progress().total == 6
    spans_exact(on_disk)
    state, _ = session.undo()
    assert state.claims == before.claims
    assert reopened(lib, article).claims == before.claims
    # the undo went back through the split to the mark
    state, _ = session.undo()
    assert state.claim("c4").status == "unreviewed"


def test_merge_with_next_and_undo(lib: Library, article: str, session) -> None:
    session.mark("c2", "confirmed")
    session.set_note("c3", "asked twice")
    before = session.state
    state = session.merge_with_next("c2")
    merged = state.claim("c2")
    assert merged.status == "unreviewed"  # the two verdicts differed
    assert merged.note == "asked twice"
    assert [c.id for c in reopened(lib, article).claims] == ["c1", "c2", "c4", "c5"]
    state, _ = session.undo()
    assert state.claims == before.claims


def test_marking_a_split_part_then_undoing_both(session) -> None:
    before = session.state
    session.split_claim("c1", 20)
    session.mark("c1.1", "confirmed")
    session.undo()
    state, _ = session.undo()
    assert state.claims == before.claims


def test_rename_kind_and_merge_sources_undo(lib: Library, article: str, session) -> None:
    before = session.state
    state = session.rename_source("s1", "US State Department")
    assert state.source("s1").name == "US State Department"
    assert state.events[-1].claim == "s1" and state.events[-1].field == "source_name"
    state = session.set_source_kind("s3", "organization")
    assert state.source("s3").kind == "organization"
    with pytest.raises(CorrectionError):
        session.set_source_kind("s3", "alien")
    state = session.merge_sources("s2", "s3")
    assert reopened(lib, article).claim("c4").sources == ("s2",)
    assert [s.id for s in reopened(lib, article).sources] == ["s1", "s2"]
    for _ in range(3):
        state, _ = session.undo()
    assert state.sources == before.sources and state.claims == before.claims
    assert reopened(lib, article).sources == before.sources


def test_unknown_targets_are_one_sentence_errors(session) -> None:
    with pytest.raises(NotFoundError):
        session.add_source("c99", source_id="s1")
    with pytest.raises(NotFoundError):
        session.add_source("c1", source_id="s99")
    with pytest.raises(NotFoundError):
        session.rename_source("s99", "x")


def test_read_only_session_refuses_corrections(lib: Library, article: str, session) -> None:
    with lib.session(article, "bo") as other:
        assert other.read_only
        with pytest.raises(ReadOnlyError):
            other.split_claim("c1", 10)


def test_undo_of_a_structure_someone_changed_is_recorded_but_changes_nothing(
    lib: Library, article: str, session
) -> None:
    session.split_claim("c1", 20)
    session.close()
    with lib.session(article, "bo") as bo:
        bo.merge_with_next("c1")
    with lib.session(article, "ana") as again:
        merged = again.state.claims
        state, event = again.undo()
        assert event is not None and event.old == event.new
        assert state.claims == merged


# ----------------------------------------------------------------------------- properties


def reverse(event: Event) -> Event:
    """The event an undo records when nothing changed since: back to `old`."""
    return Event(event.id + 1, event.claim, event.field, event.new, event.old, "ana", event.at, 1)


@settings(max_examples=150, deadline=None)
@given(position=st.integers(0, 4), offset=st.integers(-5, 80))
def test_any_split_is_exact_or_refused_and_reverts(position: int, offset: int) -> None:
    state = fresh()
    claim = state.claims[position]
    try:
        change = plan_split(state, claim.id, offset)
    except CorrectionError:
        assert not 0 < offset < len(claim.text) or not claim.text[:offset].strip()
        return
    event = event_of(change)
    after = apply_event(state, event)
    spans_exact(after)
    assert len(after.claims) == len(state.claims) + 1
    first, second = after.claims[position], after.claims[position + 1]
    assert first.start == claim.start and second.end == claim.end
    gap = state.text[first.end : second.start]
    assert first.text + gap + second.text == claim.text and not gap.strip()
    back = apply_event(after, reverse(event))
    assert back.claims == state.claims and back.quotes == state.quotes


@settings(max_examples=50, deadline=None)
@given(position=st.integers(0, 4), kind=st.sampled_from(["merge", "sources", "countries"]))
def test_every_correction_reverts_exactly(position: int, kind: str) -> None:
    state = fresh()
    claim = state.claims[position]
    try:
        if kind == "merge":
            change = plan_merge(state, claim.id)
        elif kind == "sources":
            change = plan_sources(state, claim.id, name="Someone New")
        else:
            change = plan_countries(state, claim.id, add="HU")
    except CorrectionError:
        return
    assert change is not None
    event = event_of(change)
    after = apply_event(state, event)
    spans_exact(after)
    back = apply_event(after, reverse(event))
    assert back.claims == state.claims
    assert back.sources == state.sources and back.countries == state.countries


def test_the_new_modules_do_not_import_textual() -> None:
    code = (
        "import sys, store.corrections, store.sources, store.exchange, tui.commands.sources_cmd; "
        "print([m for m in sys.modules if m.split('.')[0] == 'textual'])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_country_type_ahead() -> None:
    assert country_choices("ser")[0] == ("RS", "Serbia")
    assert country_choices("rs")[0] == ("RS", "Serbia")
    assert {"KP", "KR"} <= {code for code, _ in country_choices("korea")}
    assert [code for code, _ in country_choices("cote d")] == ["CI"]
    assert country_choices("  ") == []


def test_the_file_holds_exactly_the_session_state(lib: Library, article: str, session) -> None:
    session.mark("c2", "confirmed")
    session.add_source("c3", name="Serbian Government")
    session.add_country("c5", "HU")
    session.split_claim("c2", 10)
    session.merge_with_next("c4")
    session.merge_sources("s1", "s4")
    session.set_source_kind("s2", "organization")
    session.undo()
    session.mark("c2.1", "denied")
    on_disk = lib.load(article)
    state = session.state
    for name in ("claims", "sources", "countries", "quotes", "events", "text", "paragraphs"):
        assert getattr(on_disk, name) == getattr(state, name), name


def test_undoing_an_added_source_someone_renamed_since(lib: Library, article: str, session) -> None:
    session.add_source("c3", name="Serbian Government")
    session.close()
    with lib.session(article, "bo") as bo:
        bo.rename_source("s4", "Government of Serbia")
    with lib.session(article, "ana") as ana:
        state, event = ana.undo()
        assert event is not None and event.field == "sources"
        assert state.claim("c3").sources == ()
        assert "s4" not in {s.id for s in state.sources}


# ----------------------------------------------------------------------------- scale


def test_replaying_forty_thousand_events_on_one_claim_takes_seconds_not_a_minute() -> None:
    """Import replays a colleague's whole history: 40,000 marks took 49 s when each event
    copied the history (quadratic); linear it is about 0.3 s, so 5 s leaves room for a
    loaded machine."""
    import time

    from store.corrections import apply_events

    state = fresh()
    claim_id = state.claims[0].id
    statuses = ("confirmed", "denied")
    events = [
        Event(
            i + 1,
            claim_id,
            "status",
            statuses[(i + 1) % 2] if i else "unreviewed",
            statuses[i % 2],
            "ana",
            f"2026-11-28T04:00:00.{i:06d}Z",
        )
        for i in range(40_000)
    ]
    events.append(
        Event(40_001, claim_id, "note", "", "checked twice", "ana", "2026-11-28T04:00:01.000000Z")
    )
    started = time.perf_counter()
    after = apply_events(state, events)
    elapsed = time.perf_counter() - started
    assert after.claim(claim_id).status == "denied"
    assert after.claim(claim_id).note == "checked twice"
    assert after.events == tuple(events)
    assert elapsed < 5.0, f"40,000 events took {elapsed:.2f} s"
