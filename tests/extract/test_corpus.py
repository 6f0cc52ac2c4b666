"""Real articles: a sample of the Wikinews corpus extracts and every offset slices back.

The whole corpus is checked by benchmarks/extract_speed.py (it verifies every article).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from extract import extract
from extract.text import decode

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("CLAIMDESK_CORPUS", ROOT.parent / "shared" / "corpus" / "wikinews"))
SAMPLE_SIZE = 30


def sample() -> list[Path]:
    files = sorted(CORPUS.glob("*.txt"))
    assert files, f"the Wikinews corpus is expected in {CORPUS} (or set CLAIMDESK_CORPUS)"
    step = max(len(files) // SAMPLE_SIZE, 1)
    return files[::step][:SAMPLE_SIZE]


@pytest.mark.parametrize("path", sample(), ids=lambda p: p.stem[:40])
def test_corpus_article_extracts_and_offsets_slice_back(path: Path) -> None:
    text = decode(path.read_bytes()).text
    ex = extract(text)
    assert ex.claims, "a news article has claims"
    ids = {s.id for s in ex.sources}
    previous_end = 0
    for claim in ex.claims:
        assert claim.text == text[claim.start : claim.end]
        assert claim.text == claim.text.strip()
        assert previous_end <= claim.start
        previous_end = claim.end
        assert set(claim.sources) <= ids
    for quote in ex.quotes:
        assert quote.text == text[quote.start : quote.end]
        assert quote.claims
    for source in ex.sources:
        for start, end in source.mentions:
            assert 0 <= start <= end <= len(text)
    for country in ex.countries:
        for start, end in country.mentions:
            assert 0 <= start < end <= len(text)
    # Every non-blank line of these plain-text articles is covered by claims.
    visible = sum(1 for ch in text if not ch.isspace())
    assert sum(sum(1 for ch in c.text if not ch.isspace()) for c in ex.claims) == visible
