"""Fixtures for the Pilot tests: a library in tmp_path holding fixed articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_sample import big_state, injection_state, seed_state

from store import Library
from tui.app import ClaimdeskApp

REVIEWER = "tester"


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return Library.open(tmp_path / "library")


@pytest.fixture
def seed_id(library: Library) -> str:
    summary, _ = library.add_state(seed_state())
    return summary.id


def make_app(library: Library, article_id: str | None, reviewer: str = REVIEWER) -> ClaimdeskApp:
    return ClaimdeskApp(lambda: (library, article_id), reviewer)


@pytest.fixture
def app(library: Library, seed_id: str) -> ClaimdeskApp:
    return make_app(library, seed_id)


@pytest.fixture
def injection_id(library: Library) -> str:
    summary, _ = library.add_state(injection_state())
    return summary.id


@pytest.fixture
def big_id(library: Library) -> str:
    summary, _ = library.add_state(big_state(2000))
    return summary.id


async def loaded(pilot) -> None:
    """Wait for the loading worker and the repaint after it."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def status_of(app: ClaimdeskApp, claim_id: str) -> str:
    """The status the screen holds for a claim."""
    return app.screen_stack[0].state.claim(claim_id).status


def shown_ids(app: ClaimdeskApp) -> list[str]:
    """Claim ids in the claims list, top to bottom."""
    claims = app.screen_stack[0].claims
    return [option.id for option in claims.options]


def prompt_of(app: ClaimdeskApp, claim_id: str) -> str:
    """The text of a claim's line in the list, as shown."""
    claims = app.screen_stack[0].claims
    return str(claims.get_option(claim_id).prompt)
