"""Fixtures of the reliability tests: a small library in tmp_path, never the user's."""

from __future__ import annotations

from pathlib import Path

import pytest
from rel_faults import make_library

from store import Library


@pytest.fixture(autouse=True)
def _no_home(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user library from a test."""
    monkeypatch.delenv("CLAIMDESK_HOME", raising=False)


@pytest.fixture
def lib_ids(tmp_path: Path) -> tuple[Library, list[str]]:
    """A library holding two small ingested articles."""
    return make_library(tmp_path / "lib")
