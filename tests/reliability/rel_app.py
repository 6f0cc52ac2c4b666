"""Driving the real app (tui.app.ClaimdeskApp) in the reliability tests."""

from __future__ import annotations

import html
import re

from textual.pilot import Pilot

from store import Library
from tui.app import ClaimdeskApp

SIZE = (120, 36)


def make_app(library: Library, article_id: str, reviewer: str = "tester") -> ClaimdeskApp:
    """The app as `claimdesk open` builds it, on a library in tmp_path."""
    return ClaimdeskApp(lambda: (library, article_id), reviewer)


async def loaded(pilot: Pilot) -> None:
    """Wait for the article to load and the screen to repaint."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


_TEXT = re.compile(r'<text class="[^"]*" x="([\d.]+)" y="([\d.]+)"[^>]*>(.*?)</text>')
_CELL = 12.2  # the width of one cell in Textual's SVG screenshots


def screen_text(app: ClaimdeskApp) -> str:
    """What the screen shows, row by row, rebuilt from Textual's own screenshot."""
    rows: dict[float, dict[int, str]] = {}
    for x, y, text in _TEXT.findall(app.export_screenshot()):
        rows.setdefault(float(y), {})[round(float(x) / _CELL)] = html.unescape(text)
    lines = []
    for y in sorted(rows):
        line = ""
        for col, text in sorted(rows[y].items()):
            line = line.ljust(col) + text
        lines.append(line.replace("\xa0", " "))
    return "\n".join(lines)


def status_of(app: ClaimdeskApp, claim_id: str) -> str:
    """The status the review screen holds for a claim."""
    return app.screen_stack[0].state.claim(claim_id).status  # type: ignore[attr-defined]
