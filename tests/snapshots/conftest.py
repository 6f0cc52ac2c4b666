"""Snapshot fixtures: the fixed seed article in a library in tmp_path, reviewer fixed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# The hand-built fixed articles live with the Pilot tests.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))

from app_sample import seed_state

from store import Library
from tui.app import ClaimdeskApp


@pytest.fixture
def seed_app(tmp_path: Path) -> ClaimdeskApp:
    library = Library.open(tmp_path / "library")
    summary, _ = library.add_state(seed_state())
    return ClaimdeskApp(lambda: (library, summary.id), "tester")
