"""Pilot tests of the review keys: marks, auto-advance, note, evidence, undo, read-only."""

from __future__ import annotations

import pytest
from app_helpers import (
    REVIEWER,
    detail_text,
    held_elsewhere,
    loaded,
    make_app,
    prompt_of,
    status_of,
)
from textual import events

from store import Library
from store.errors import StorageError
from store.session import ArticleSession
from tui.settings import load_settings

SIZE = (120, 36)


@pytest.mark.parametrize(
    ("key", "status", "mark"),
    [("c", "confirmed", "✓"), ("u", "unconfirmed", "?"), ("d", "denied", "✗")],
)
async def test_each_review_key_marks_the_highlighted_claim_durably(
    app, library: Library, seed_id: str, key: str, status: str, mark: str
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("down", key)
        await pilot.pause()
        assert status_of(app, "c2") == status
        assert prompt_of(app, "c2").startswith(mark)
    # Durable: a fresh read of the library has it.
    assert library.load(seed_id).claim("c2").status == status


async def test_x_sets_a_claim_back_to_unreviewed(app, library: Library, seed_id: str) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("d", "up", "x")
        await pilot.pause()
        assert status_of(app, "c1") == "unreviewed"
        assert prompt_of(app, "c1").startswith("·")
    assert library.load(seed_id).claim("c1").status == "unreviewed"


async def test_auto_advance_moves_to_the_next_unreviewed_claim(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        screen = app.screen
        await pilot.press("down", "down", "c")  # c3 marked: next unreviewed is c4
        await pilot.pause()
        assert screen.claim_id == "c4"
        await pilot.press("up", "up", "up", "u")  # c1 marked: c2 is next
        await pilot.pause()
        assert screen.claim_id == "c2"
        assert screen.claims.highlighted_claim == "c2"


async def test_auto_advance_off_keeps_the_cursor_and_persists(
    app, library: Library, seed_id: str
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        screen = app.screen
        await pilot.press("A")
        await pilot.pause()
        assert screen.auto_advance is False
        assert "auto-advance off" in str(screen.header.render())
        await pilot.press("c")
        await pilot.pause()
        assert screen.claim_id == "c1"
    assert load_settings(library.path).auto_advance is False
    # The next start reads the setting back.
    again = make_app(library, seed_id)
    async with again.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert again.screen.auto_advance is False


async def test_progress_line_counts_each_status(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("c", "u", "d")
        await pilot.pause()
        header = str(app.screen.header.render())
        assert "3/19 reviewed" in header
        assert "✓ 1" in header and "? 1" in header and "✗ 1" in header and "· 16" in header


async def test_note_dialog_saves_the_note(app, library: Library, seed_id: str) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("n")
        await pilot.pause()
        assert type(app.screen).__name__ == "NoteDialog"
        await pilot.press(*"Checked with RFE")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "MainScreen"
        assert app.screen.state.claim("c1").note == "Checked with RFE"
        assert "Checked with RFE" in detail_text(app)
    assert library.load(seed_id).claim("c1").note == "Checked with RFE"


async def test_note_dialog_escape_changes_nothing(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"draft", "escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "MainScreen"
        assert app.screen.state.claim("c1").note == ""
        assert app.screen.state.events == ()


async def test_evidence_dialog_adds_a_url(app, library: Library, seed_id: str) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("v")
        await pilot.pause()
        assert type(app.screen).__name__ == "EvidenceDialog"
        await pilot.press(*"https://example.org/x", "enter")
        await pilot.pause()
        evidence = app.screen.state.claim("c1").evidence
        assert [e.text for e in evidence] == ["https://example.org/x"]
        assert "https://example.org/x" in detail_text(app)
    assert library.load(seed_id).claim("c1").evidence[0].kind == "url"


async def test_undo_walks_back_repeatedly(app, library: Library, seed_id: str) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("c", "d")  # c1 confirmed, c2 denied
        await pilot.pause()
        assert (status_of(app, "c1"), status_of(app, "c2")) == ("confirmed", "denied")
        await pilot.press("z")
        await pilot.pause()
        assert status_of(app, "c2") == "unreviewed"
        assert app.screen.claim_id == "c2"  # the cursor shows what was undone
        await pilot.press("z")
        await pilot.pause()
        assert status_of(app, "c1") == "unreviewed"
        assert prompt_of(app, "c1").startswith("·")
        await pilot.press("z")  # nothing left: says so, changes nothing
        await pilot.pause()
        assert any("Nothing" in str(n.message) for n in app._notifications)
    state = library.load(seed_id)
    assert state.claim("c1").status == state.claim("c2").status == "unreviewed"


async def test_read_only_article_says_so_and_disables_review_keys(
    library: Library, seed_id: str
) -> None:
    with held_elsewhere(library, seed_id):
        app = make_app(library, seed_id)
        async with app.run_test(size=SIZE) as pilot:
            await loaded(pilot)
            screen = app.screen
            assert screen.read_only
            assert "READ-ONLY" in str(screen.header.render())
            assert screen.check_action("mark", ("confirmed",)) is None
            assert screen.check_action("undo", ()) is None
            await pilot.press("c", "n", "z")
            await pilot.pause()
            assert type(app.screen).__name__ == "MainScreen"
            assert status_of(app, "c1") == "unreviewed"
            active = screen.active_bindings
            assert active["c"].enabled is False
    assert library.load(seed_id).events == ()


async def test_a_failed_write_keeps_the_old_status_and_says_why(
    app, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(self: ArticleSession, claim_id: str, status: str) -> None:
        raise StorageError("could not write the article file: disk full")

    monkeypatch.setattr(ArticleSession, "mark", failing)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("c")
        await pilot.pause()
        assert status_of(app, "c1") == "unreviewed"
        assert prompt_of(app, "c1").startswith("·")
        assert app.screen.claim_id == "c1"
        messages = [str(n.message) for n in app._notifications]
        assert any("disk full" in m for m in messages)


async def test_review_keys_do_not_fire_while_typing_a_search(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("slash", *"cud")
        await pilot.pause()
        assert app.screen.search_bar.value == "cud"
        assert app.screen.state.events == ()


async def test_the_reviewer_is_recorded_in_the_history(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("c")
        await pilot.pause()
        assert app.screen.state.events[-1].reviewer == REVIEWER
        await pilot.press("up")
        await pilot.pause()
        fields = detail_text(app)
        assert REVIEWER in fields and "status: unreviewed → confirmed" in fields


async def test_keys_typed_ahead_land_on_successive_claims(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        # Queued at once, as a fast typist's keys arrive from the terminal: each mark
        # must see the cursor the previous one left.
        for key, char in (("c", "c"), ("c", "c"), ("d", "d"), ("down", None), ("u", "u")):
            app.post_message(events.Key(key, char))
        await pilot.pause()
        await pilot.pause()
        statuses = [status_of(app, f"c{i}") for i in range(1, 6)]
        assert statuses == ["confirmed", "confirmed", "denied", "unreviewed", "unconfirmed"]


async def test_detail_rewraps_to_the_new_width_when_the_terminal_is_resized(app) -> None:
    from tui.widgets.detail import ClaimDetail

    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        detail = app.screen.query_one("#detail", ClaimDetail)

        def shown_lines() -> list[str]:
            return [detail.render_line(y).text.rstrip() for y in range(detail.size.height)]

        narrow = shown_lines()
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        wide = shown_lines()
        assert max(map(len, wide)) > max(map(len, narrow))  # longer lines, not the old wrap
        assert " ".join(" ".join(wide).split()).startswith(" ".join(" ".join(narrow[:2]).split()))
