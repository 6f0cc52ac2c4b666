"""Fixtures for store tests: a library in tmp_path with one hand-built article."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import build_extraction

from store import Library


@pytest.fixture(autouse=True)
def _no_home(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user library from a test."""
    monkeypatch.delenv("CLAIMDESK_HOME", raising=False)


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    return Library.open(tmp_path / "lib")


@pytest.fixture
def article(lib: Library) -> str:
    """The id of an ingested 5-claim article (3 sources, 4 countries, 1 quote)."""
    summary, new = lib.ingest_extraction(build_extraction(), origin="/news/balkans.txt")
    assert new
    return summary.id
