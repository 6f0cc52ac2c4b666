"""Snapshots of the review app at 80x24 and 120x36, with fixed data and no cursor blink.

Each SVG was looked at before it was committed. Update with `--snapshot-update` only
after looking at the new ones.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 36), id="120x36")]


async def loaded(pilot: Pilot) -> None:
    main = pilot.app.screen_stack[0]
    for _ in range(500):  # the load starts after the first paint: wait for its end
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if not main.claims.loading:
            break
    await pilot.pause()


def no_blink(pilot: Pilot) -> None:
    for widget in pilot.app.screen.query("Input, TextArea"):
        assert isinstance(widget, Input | TextArea)
        widget.cursor_blink = False


@pytest.mark.parametrize("size", SIZES)
def test_main_screen_of_the_seed(snap_compare, seed_app, size) -> None:
    assert snap_compare(seed_app, terminal_size=size, run_before=loaded)


@pytest.mark.parametrize("size", SIZES)
def test_filtered_view(snap_compare, seed_app, size) -> None:
    async def run_before(pilot: Pilot) -> None:
        await loaded(pilot)
        pilot.app.screen.query_one("#sources").focus()
        await pilot.press("down", "enter")  # Bloomberg
        await pilot.press("f", "f")  # and status: confirmed (none yet)
        await pilot.press("f", "f", "f")  # back to all statuses
        pilot.app.screen.claims.focus()
        await pilot.press("down")

    assert snap_compare(seed_app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_detail_of_a_quoted_claim(snap_compare, seed_app, size) -> None:
    async def run_before(pilot: Pilot) -> None:
        await loaded(pilot)
        await pilot.press(*["down"] * 9)  # c10, inside quote q3

    assert snap_compare(seed_app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare, seed_app, size) -> None:
    async def run_before(pilot: Pilot) -> None:
        await loaded(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(seed_app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_note_dialog(snap_compare, seed_app, size) -> None:
    async def run_before(pilot: Pilot) -> None:
        await loaded(pilot)
        await pilot.press("n")
        await pilot.pause()
        no_blink(pilot)
        await pilot.press(*"Checked against the RFE report")

    assert snap_compare(seed_app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_export_dialog(snap_compare, seed_app, size) -> None:
    async def run_before(pilot: Pilot) -> None:
        await loaded(pilot)
        await pilot.press("slash", *"serbia", "enter")
        await pilot.press("e")
        await pilot.pause()
        no_blink(pilot)

    assert snap_compare(seed_app, terminal_size=size, run_before=run_before)
