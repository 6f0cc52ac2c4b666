"""Helpers shared by the Pilot tests (a module with a unique name, unlike conftest)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from textual.pilot import Pilot

from store import Library
from tui.app import ClaimdeskApp
from tui.widgets.detail import ClaimDetail

REVIEWER = "tester"


def make_app(library: Library, article_id: str | None, reviewer: str = REVIEWER) -> ClaimdeskApp:
    return ClaimdeskApp(lambda: (library, article_id), reviewer)


@contextmanager
def held_elsewhere(library: Library, article_id: str, who: str = "alice") -> Iterator[None]:
    """Another reviewer has the article open for writing: an app opened now is read-only."""
    holder = library.session(article_id, who)
    try:
        yield
    finally:
        holder.close()


async def loaded(pilot: Pilot) -> None:
    """Wait for the loading worker and the repaint after it."""
    main = pilot.app.screen_stack[0]
    for _ in range(500):  # the load starts after the first paint: wait for its end
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if not main.claims.loading:
            break
    await pilot.pause()


def status_of(app: ClaimdeskApp, claim_id: str) -> str:
    """The status the screen holds for a claim."""
    return app.screen_stack[0].state.claim(claim_id).status


def shown_ids(app: ClaimdeskApp) -> list[str]:
    """Claim ids in the claims list, top to bottom."""
    return app.screen_stack[0].claims.claim_ids


def prompt_of(app: ClaimdeskApp, claim_id: str) -> str:
    """The text of a claim's line in the list, as shown."""
    return str(app.screen_stack[0].claims.prompt(claim_id))


def detail_text(app: ClaimdeskApp) -> str:
    """Everything the detail pane shows (all its lines, scrolled into view or not)."""
    return str(app.screen_stack[0].query_one("#detail", ClaimDetail).content)
