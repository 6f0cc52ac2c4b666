"""Fixtures for the Pilot tests: a library in tmp_path holding fixed articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_helpers import make_app
from app_sample import big_state, injection_state, seed_state

from store import Library
from tui.app import ClaimdeskApp


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return Library.open(tmp_path / "library")


@pytest.fixture
def seed_id(library: Library) -> str:
    summary, _ = library.add_state(seed_state())
    return summary.id


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
