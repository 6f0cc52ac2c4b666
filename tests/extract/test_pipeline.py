"""The whole extraction: ids, offsets, stage links and timings a reviewer relies on."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import unicodedata
from pathlib import Path

from extract import extract
from extract.model import SCHEMA
from extract.pipeline import STAGES

SEED = Path(__file__).resolve().parents[2] / "seeds" / "balkans-deportations.txt"


def seed_text() -> str:
    return SEED.read_bytes().decode("utf-8")


def test_seed_article_claims_slice_back_and_are_numbered_in_order() -> None:
    text = seed_text()
    ex = extract(text)
    assert len(ex.claims) == 19
    for i, claim in enumerate(ex.claims):
        assert claim.id == f"c{i + 1}" and claim.index == i
        assert claim.text == text[claim.start : claim.end]
    assert [c.start for c in ex.claims] == sorted(c.start for c in ex.claims)
    assert ex.claims[0].text.startswith("Countries in the Balkan region")


def test_article_identity_is_the_hash_of_the_normalised_text() -> None:
    text = seed_text()
    ex = extract(text)
    normalised = unicodedata.normalize("NFC", text.replace("\r\n", "\n")).strip()
    sha = hashlib.sha256(normalised.encode("utf-8")).hexdigest()
    assert ex.article.sha256 == sha
    assert ex.article.id == sha[:12]
    assert ex.article.chars == len(text)
    assert ex.article.words == len(text.split())


def test_crlf_copy_is_the_same_article_with_offsets_into_its_own_text() -> None:
    text = seed_text()
    crlf = text.replace("\n", "\r\n")
    a, b = extract(text), extract(crlf)
    assert a.article.id == b.article.id
    assert [c.text for c in a.claims] == [c.text for c in b.claims]
    for claim in b.claims:
        assert crlf[claim.start : claim.end] == claim.text
        assert "\r" not in claim.text


def test_timings_cover_every_stage() -> None:
    ex = extract(seed_text())
    assert set(STAGES) <= set(ex.timings)
    assert all(value >= 0 for value in ex.timings.values())


def test_title_given_or_from_a_markdown_heading() -> None:
    text = "# Floods hit the north\n\nRivers rose *fast* on Monday. Roads closed.\n"
    ex = extract(text)
    assert ex.article.title == "Floods hit the north"
    assert [c.text for c in ex.claims] == ["Rivers rose *fast* on Monday.", "Roads closed."]
    assert extract(text, title="Given").article.title == "Given"
    assert extract("Plain text only.").article.title is None


def test_quotes_and_claims_point_at_each_other() -> None:
    text = seed_text()
    ex = extract(text)
    assert ex.quotes, "the seed has direct quotes"
    by_id = {c.id: c for c in ex.claims}
    for q in ex.quotes:
        assert q.text == text[q.start : q.end]
        assert q.claims
        for cid in q.claims:
            claim = by_id[cid]
            assert claim.start < max(q.end, q.start + 1) and q.start < claim.end
            assert q.id in claim.quotes
    for claim in ex.claims:
        for qid in claim.quotes:
            assert claim.id in next(q for q in ex.quotes if q.id == qid).claims


def test_claim_countries_are_listed_once_with_mentions_inside_the_text() -> None:
    text = seed_text()
    ex = extract(text)
    codes = {c.code for c in ex.countries}
    for claim in ex.claims:
        assert len(set(claim.countries)) == len(claim.countries)
        assert set(claim.countries) <= codes
    for country in ex.countries:
        assert country.name
        for start, end in country.mentions:
            assert 0 <= start < end <= len(text)


def test_sources_referenced_by_claims_and_quotes_exist() -> None:
    ex = extract(seed_text())
    ids = [s.id for s in ex.sources]
    assert ids == [f"s{i + 1}" for i in range(len(ids))]
    for claim in ex.claims:
        assert set(claim.sources) <= set(ids)
        for att in claim.attributions:
            assert att.source in ids
    for q in ex.quotes:
        assert q.speaker is None or q.speaker in ids


def test_json_document_has_the_public_shape() -> None:
    doc = extract(seed_text()).to_json()
    assert doc["schema"] == SCHEMA
    assert list(doc) == ["schema", "article", "claims", "sources", "countries", "quotes"]
    assert list(doc["claims"][0]) == [
        "id",
        "index",
        "paragraph",
        "start",
        "end",
        "text",
        "sources",
        "countries",
        "quotes",
        "attributions",
    ]


def test_five_megabyte_article_extracts() -> None:
    text = seed_text()
    big = (text.rstrip("\n") + "\n") * (5_000_000 // len(text) + 1)
    assert len(big.encode("utf-8")) >= 5_000_000
    ex = extract(big)
    per_copy = len(extract(text).claims)
    assert len(ex.claims) == per_copy * (big.count(text.rstrip("\n")))
    last = ex.claims[-1]
    assert big[last.start : last.end] == last.text


def test_extract_never_imports_textual_or_store() -> None:
    code = (
        "import sys, extract; extract.extract('The U.S. said so. It was \"fine\".');"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'store', 'tui')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
