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
    from rich.cells import cell_len

    rows: dict[float, dict[int, str]] = {}
    for x, y, text in _TEXT.findall(app.export_screenshot()):
        rows.setdefault(float(y), {})[round(float(x) / _CELL)] = html.unescape(text)
    lines = []
    for y in sorted(rows):
        cells: list[str] = []
        for col, text in sorted(rows[y].items()):
            cells.extend(" " * (col - len(cells)))
            del cells[col:]
            for ch in text:
                cells.append(ch)
                cells.extend("" for _ in range(cell_len(ch) - 1))  # a wide char's 2nd cell
        lines.append("".join(cells).replace("\xa0", " "))
    return "\n".join(lines)


async def shown_after(pilot: Pilot, wanted: str, timeout: float = 3.0) -> str:
    """The screen text once `wanted` appears on it (or at the timeout, for the assert)."""
    shown = screen_text(pilot.app)  # type: ignore[arg-type]
    waited = 0.0
    while wanted not in shown and waited < timeout:
        await pilot.pause(0.05)
        waited += 0.05
        shown = screen_text(pilot.app)  # type: ignore[arg-type]
    return shown


def status_of(app: ClaimdeskApp, claim_id: str) -> str:
    """The status the review screen holds for a claim."""
    return app.screen_stack[0].state.claim(claim_id).status  # type: ignore[attr-defined]
