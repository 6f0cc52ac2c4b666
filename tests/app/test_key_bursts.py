"""Keys that arrive together (a fast typist, a burst over a slow SSH link) must each be
handled where the key before them left the focus: typed text is never run as review
keys, and review keys after enter or escape still review."""

from __future__ import annotations

from app_helpers import loaded, status_of
from textual import events

from tui.app import ClaimdeskApp

SIZE = (120, 36)
CHARACTERS = {"slash": "/", "enter": "\r", "escape": "\x1b", "ctrl+s": None, "down": None}


async def burst(pilot, *keys: str) -> None:
    """Hand the keys to the driver in one go, as a terminal read of several bytes does."""
    app: ClaimdeskApp = pilot.app
    for key in keys:
        event = events.Key(key, CHARACTERS.get(key, key if len(key) == 1 else None))
        event.set_sender(app)
        app._driver.send_message(event)
    for _ in range(40):
        await pilot.pause(0.02)
        if not app._keys_waiting and app._key_busy is None:
            break
    await pilot.pause()


def main_screen(app: ClaimdeskApp):
    return app.screen_stack[0]


async def test_typing_right_after_slash_searches_and_reviews_nothing(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await burst(pilot, "slash", *"court")
        screen = main_screen(app)
        assert screen.search_bar.value == "court"
        assert screen.search_bar.has_focus
        assert screen.state.events == ()  # the "c" did not confirm a claim
        assert status_of(app, "c1") == "unreviewed"


async def test_review_keys_after_enter_in_the_same_burst_review_the_found_claim(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await burst(pilot, "slash", *"serb", "enter", "c")
        screen = main_screen(app)
        assert screen.search_bar.value == "serb"
        assert screen.claims.has_focus
        assert status_of(app, "c14") == "confirmed"  # the first claim the search found
        assert [e.claim for e in screen.state.events] == ["c14"]


async def test_escape_then_a_review_key_in_one_burst(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await burst(pilot, "slash", *"they", "escape", "d")
        screen = main_screen(app)
        assert screen.search_bar.value == "" and not screen.search_bar.display
        assert len(screen.view.claims) == 19
        assert status_of(app, "c2") == "denied"  # the claim the search had reached


async def test_a_note_typed_in_one_burst_lands_in_the_note(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await burst(pilot, "n", *"hold", "ctrl+s")
        screen = main_screen(app)
        assert type(app.screen).__name__ == "MainScreen"
        assert screen.state.claim("c1").note == "hold"
        assert screen.state.claim("c1").status == "unreviewed"  # "h" did not hide it
        assert not screen.state.claim("c1").hidden


async def test_repeated_review_keys_in_one_burst_each_count(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await burst(pilot, "c", "u", "d")
        assert [status_of(app, c) for c in ("c1", "c2", "c3")] == [
            "confirmed",
            "unconfirmed",
            "denied",
        ]
