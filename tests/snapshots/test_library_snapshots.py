"""Snapshot of the library Sources view at 120x36: the seed plus ten corpus articles
annotated by hand (fixed data, so the SVG changes only when the view does).

The SVG was looked at before it was committed. Update with `--snapshot-update` only
after looking at the new one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_sources_view import WHO, fill_library
from textual.pilot import Pilot
from textual.widgets import Input

from store import Library
from tui.app import ClaimdeskApp
from tui.screens.library_sources import LibrarySourcesScreen


@pytest.fixture
def library_app(tmp_path: Path) -> ClaimdeskApp:
    library = Library.open(tmp_path / "library")
    states = fill_library(library)
    return ClaimdeskApp(lambda: (library, states[0].id), "tester")


async def settled(pilot: Pilot) -> None:
    for _ in range(500):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        screen = pilot.app.screen
        main = pilot.app.screen_stack[0]
        busy = main.claims.loading or (  # type: ignore[attr-defined]
            isinstance(screen, LibrarySourcesScreen)
            and (screen.table.loading or screen.claims.loading)
        )
        if not busy:
            break
    await pilot.pause()


def test_library_sources_view(snap_compare, library_app) -> None:
    async def run_before(pilot: Pilot) -> None:
        await settled(pilot)
        await pilot.press("S")
        await settled(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, LibrarySourcesScreen)
        for widget in screen.query(Input):
            widget.cursor_blink = False
        row = next(i for i, s in enumerate(screen.rows) if s.name == WHO)
        screen.table.move_cursor(row=row)
        await pilot.press("enter")  # WHO's claims from every article
        await settled(pilot)

    assert snap_compare(library_app, terminal_size=(120, 36), run_before=run_before)


@pytest.fixture
def seed_only(tmp_path: Path) -> ClaimdeskApp:
    from app_sample import seed_state

    library = Library.open(tmp_path / "seed")
    summary, _ = library.add_state(seed_state())
    return ClaimdeskApp(lambda: (library, summary.id), "tester")


def test_source_picker(snap_compare, seed_only) -> None:
    async def run_before(pilot: Pilot) -> None:
        await settled(pilot)
        await pilot.press("down", "s")  # reassign c2's source
        await pilot.pause()
        for widget in pilot.app.screen.query(Input):
            widget.cursor_blink = False
        await pilot.press(*"bloom")
        await pilot.pause()

    assert snap_compare(seed_only, terminal_size=(120, 36), run_before=run_before)


def test_split_dialog(snap_compare, seed_only) -> None:
    async def run_before(pilot: Pilot) -> None:
        await settled(pilot)
        await pilot.press("down", "down", "t")  # split c3
        await pilot.pause()
        for widget in pilot.app.screen.query("Input, TextArea"):
            widget.cursor_blink = False  # type: ignore[attr-defined]
        await pilot.press(*"does", "space", *"not")
        await pilot.pause()

    assert snap_compare(seed_only, terminal_size=(120, 36), run_before=run_before)
