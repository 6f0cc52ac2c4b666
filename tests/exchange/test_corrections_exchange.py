"""Corrections travel: an export carries the corrected claims and each correction's event,
validates against the shipped schema, and an import replays them exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store import Library
from store.exchange import ExportFilter, ImportRejected, import_file, render_export, write_export

from .helpers import SEED, checked, write_json


@pytest.fixture
def ana(tmp_path: Path) -> Library:
    return Library.open(tmp_path / "ana")


@pytest.fixture
def bo(tmp_path: Path) -> Library:
    return Library.open(tmp_path / "bo")


def export_doc(library: Library) -> dict:
    return json.loads(checked(render_export(library, ExportFilter(), "json", "anyone")))


def correct_seed(library: Library) -> str:
    """The seed with one of every correction (and an undo) made by ana."""
    summary, _ = library.ingest(SEED.read_text("utf-8"), title="Balkans", origin=str(SEED))
    with library.session(summary.id, "ana") as s:
        s.add_source("c3", name="Serbian Government")
        s.remove_country("c2", "HT")
        s.add_country("c5", "ME")
        s.split_claim("c2", s.state.claim("c2").text.index(" that "))
        s.mark("c2.1", "denied")
        s.merge_with_next("c10")
        s.rename_source("s3", "US Embassy")
        s.set_source_kind("s2", "organization")
        s.merge_sources("s1", "s4")
        s.set_hidden("c12", True)
        s.set_hidden("c9", True)
        s.undo()
    return summary.id


def test_export_after_corrections_validates_and_carries_them(ana, validate) -> None:
    article = correct_seed(ana)
    doc = export_doc(ana)
    validate(doc)
    claims = {c["id"]: c for c in doc["articles"][0]["claims"]}
    state = ana.load(article)
    assert list(claims) == [c.id for c in state.claims]
    assert "c2.1" in claims and "c11" not in claims
    assert claims["c2.1"]["status"] == "denied"
    assert claims["c3"]["sources"][-1] == "Serbian Government"
    assert "ME" in [c["code"] for c in claims["c5"]["countries"]]
    assert claims["c12"]["hidden"] and not claims["c9"]["hidden"]
    fields = {e["field"] for c in claims.values() for e in c["history"]}
    assert {"sources", "countries", "split", "merge", "source_name", "source_kind"} <= fields
    assert "source_merge" in fields
    text = doc["articles"][0]["text"]
    for claim in claims.values():
        start, end = claim["span"]
        assert text[start:end] == claim["text"]
    # a source's rename is in the history of each of its claims
    embassy = [c for c in claims.values() if "US Embassy" in c["sources"]]
    assert embassy and all(any(e["field"] == "source_name" for e in c["history"]) for c in embassy)


def test_round_trip_into_an_empty_library(ana, bo, tmp_path) -> None:
    article = correct_seed(ana)
    path = write_export(tmp_path / "ana.json", checked(render_export(ana, ExportFilter())))
    report = import_file(bo, path, "bo")
    assert report.articles_added == [article]
    assert not report.conflicts and not report.skipped
    mine, theirs = ana.load(article), bo.load(article)
    assert theirs.claims == mine.claims
    assert theirs.sources == mine.sources
    assert theirs.countries == mine.countries
    assert theirs.quotes == mine.quotes
    assert [a["claims"] for a in export_doc(bo)["articles"]] == [
        a["claims"] for a in export_doc(ana)["articles"]
    ]
    assert bo.progress(article) == ana.progress(article)

    again = import_file(bo, path, "bo")
    assert again.events_merged == 0 and not again.skipped
    assert bo.load(article).events == theirs.events


def test_import_onto_an_uncorrected_copy_and_undo_there(ana, bo, tmp_path) -> None:
    summary, _ = bo.ingest(SEED.read_text("utf-8"), title="Balkans", origin=str(SEED))
    with bo.session(summary.id, "bo") as s:
        s.mark("c1", "confirmed")
    correct_seed(ana)
    path = write_export(tmp_path / "ana.json", checked(render_export(ana, ExportFilter())))
    report = import_file(bo, path, "bo")
    assert not report.conflicts and not report.skipped, report.lines()
    state = bo.load(summary.id)
    assert state.claim("c1").status == "confirmed"
    assert [c.id for c in state.claims] == [c.id for c in ana.load(summary.id).claims]
    # ana's imported corrections are hers: bo's undo reverts bo's own mark only
    with bo.session(summary.id, "bo") as s:
        state, event = s.undo()
        assert event is not None and event.field == "status"
        assert state.claim("c2.1").status == "denied"


def test_a_malformed_correction_is_rejected_and_nothing_written(ana, bo, tmp_path) -> None:
    correct_seed(ana)
    doc = export_doc(ana)
    for claim in doc["articles"][0]["claims"]:
        for event in claim["history"]:
            if event["field"] == "countries":
                event["new"] = "Montenegro"
    path = write_json(tmp_path / "bad.json", doc)
    with pytest.raises(ImportRejected, match="countries"):
        import_file(bo, path, "bo")
    assert bo.articles() == ()


def test_a_split_made_differently_here_is_reported_not_forced(ana, bo, tmp_path) -> None:
    for library, reviewer, cut in ((ana, "ana", " that "), (bo, "bo", " Donald")):
        summary, _ = library.ingest(SEED.read_text("utf-8"), title="Balkans", origin=str(SEED))
        with library.session(summary.id, reviewer) as s:
            s.split_claim("c2", s.state.claim("c2").text.index(cut))
    before = bo.load(summary.id)
    path = write_export(tmp_path / "ana.json", checked(render_export(ana, ExportFilter())))
    report = import_file(bo, path, "bo")
    assert any("split by ana does not fit" in line for line in report.skipped)
    after = bo.load(summary.id)
    assert after.claims == before.claims


def test_two_typed_in_sources_with_one_id_do_not_mix(ana, bo, tmp_path) -> None:
    for library, reviewer, name in ((ana, "ana", "Alpha Agency"), (bo, "bo", "Beta Bureau")):
        summary, _ = library.ingest(SEED.read_text("utf-8"), title="Balkans", origin=str(SEED))
        with library.session(summary.id, reviewer) as s:
            state = s.add_source("c5", name=name)
    new_id = state.claim("c5").sources[-1]
    path = write_export(tmp_path / "ana.json", checked(render_export(ana, ExportFilter())))
    report = import_file(bo, path, "bo")
    assert any("sources by ana does not fit" in line for line in report.skipped)
    assert bo.load(summary.id).source(new_id).name == "Beta Bureau"
