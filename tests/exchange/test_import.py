"""Imports: a colleague's export merges event by event, twice is once, conflicts keep ours."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store import Library
from store.exchange import ExportFilter, ImportRejected, import_file, render_export, write_export

from .helpers import SEED, add_hand_article, checked, library_bytes, write_json


def export_to(library: Library, path: Path, reviewer: str = "ana") -> Path:
    text = checked(render_export(library, ExportFilter(), "json", reviewer))
    return write_export(path, text, force=True)


def claims_json(library: Library) -> list[dict]:
    """Every claim as exported (status, note, evidence, history...), article by article."""
    doc = json.loads(checked(render_export(library, ExportFilter(), "json", "anyone")))
    return [(a["sha256"], a["claims"]) for a in doc["articles"]]


@pytest.fixture
def ana(tmp_path: Path) -> Library:
    return Library.open(tmp_path / "ana")


@pytest.fixture
def bo(tmp_path: Path) -> Library:
    return Library.open(tmp_path / "bo")


def test_round_trip_into_an_empty_library(ana, bo, tmp_path, validate) -> None:
    summary, _ = ana.ingest(SEED.read_text("utf-8"), title="Balkans", origin=str(SEED))
    with ana.session(summary.id, "ana") as session:
        session.mark("c1", "confirmed")
        session.set_note("c1", "matches the ministry's register")
        session.add_evidence("c1", "https://example.org/register")
        session.add_evidence("c1", "Interview with the mayor, 3 May")
        session.mark("c2", "denied")
        session.mark("c3", "unconfirmed")
        session.undo()
        session.set_hidden("c4", True)
    exported = export_to(ana, tmp_path / "ana.json")
    validate(json.loads(exported.read_text("utf-8")))

    report = import_file(bo, exported, "bo")

    assert report.articles_added == [summary.id]
    assert report.events_merged == 8 and not report.conflicts and not report.skipped
    assert claims_json(bo) == claims_json(ana)  # statuses, notes, evidence and history
    state = bo.load(summary.id)
    assert state.claim("c1").status == "confirmed"
    assert [e.text for e in state.claim("c1").evidence][1] == "Interview with the mayor, 3 May"
    assert state.claim("c3").status == "unreviewed"
    assert state.events[-2].undoes == state.events[-3].id  # the undo still names its event
    assert state.claim("c4").hidden


def test_importing_twice_changes_nothing(ana, bo, tmp_path) -> None:
    article = add_hand_article(ana)
    with ana.session(article, "ana") as session:
        session.mark("c1", "confirmed")
        session.add_evidence("c1", "https://example.org/a")
    exported = export_to(ana, tmp_path / "ana.json")
    add_hand_article(bo)
    first = import_file(bo, exported, "bo")
    assert first.events_merged == 2
    before = library_bytes(bo.path)

    again = import_file(bo, exported, "bo")

    assert again.events_merged == 0 and again.events_present == 2 and not again.conflicts
    assert library_bytes(bo.path) == before


def test_the_side_that_changed_wins(ana, bo, tmp_path) -> None:
    article = add_hand_article(ana)
    add_hand_article(bo)
    with ana.session(article, "ana") as session:
        session.mark("c1", "confirmed")
    import_file(bo, export_to(ana, tmp_path / "ana.json"), "bo")
    with bo.session(article, "bo") as session:
        session.mark("c1", "denied")
        session.set_note("c1", "the register was amended")

    report = import_file(ana, export_to(bo, tmp_path / "bo.json", "bo"), "ana")

    assert report.events_merged == 2 and not report.conflicts
    claim = ana.load(article).claim("c1")
    assert (claim.status, claim.note) == ("denied", "the register was amended")


def test_a_conflict_is_reported_and_ours_kept(ana, bo, tmp_path) -> None:
    article = add_hand_article(ana)
    add_hand_article(bo)
    with ana.session(article, "ana") as session:
        session.mark("c1", "confirmed")
    import_file(bo, export_to(ana, tmp_path / "ana.json"), "bo")
    with ana.session(article, "ana") as session:
        session.mark("c1", "unconfirmed")
        session.add_evidence("c1", "https://example.org/ana")
    with bo.session(article, "bo") as session:
        session.mark("c1", "denied")
        session.add_evidence("c1", "https://example.org/bo")
        session.set_note("c2", "asked the spokeswoman")

    report = import_file(ana, export_to(bo, tmp_path / "bo.json", "bo"), "ana")

    assert [(c.claim, c.field, c.local, c.remote) for c in report.conflicts] == [
        ("c1", "status", "unconfirmed", "denied")
    ]
    assert "kept local" in report.conflicts[0].describe()
    state = ana.load(article)
    assert state.claim("c1").status == "unconfirmed"  # ours, not silently replaced
    # What only the colleague changed, and evidence from both sides, is merged.
    assert state.claim("c2").note == "asked the spokeswoman"
    assert [e.text for e in state.claim("c1").evidence] == [
        "https://example.org/ana",
        "https://example.org/bo",
    ]


def test_same_verdict_on_both_sides_is_no_conflict(ana, bo, tmp_path) -> None:
    article = add_hand_article(ana)
    add_hand_article(bo)
    with ana.session(article, "ana") as session:
        session.mark("c3", "denied")
    with bo.session(article, "bo") as session:
        session.mark("c3", "denied")
    report = import_file(ana, export_to(bo, tmp_path / "bo.json", "bo"), "ana")
    assert not report.conflicts and report.events_merged == 0
    assert ana.load(article).claim("c3").status == "denied"


def good_export(ana: Library, tmp_path: Path) -> dict:
    article = add_hand_article(ana)
    with ana.session(article, "ana") as session:
        session.mark("c1", "confirmed")
    return json.loads(checked(render_export(ana, ExportFilter(), "json", "ana")))


def _dup_claim(doc: dict) -> dict:
    doc["articles"][0]["claims"].append(doc["articles"][0]["claims"][0])
    return doc


def _dup_article(doc: dict) -> dict:
    doc["articles"].append(doc["articles"][0])
    return doc


def _huge_note(doc: dict) -> dict:
    doc["articles"][0]["claims"][0]["note"] = "x" * 1_000_001
    return doc


def _set(path: tuple, value: object):
    def change(doc: dict) -> dict:
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        return doc

    return change


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_set(("schema",), "claimdesk.export/2"), "cannot read"),
        (_set(("schema",), "something.else/1"), "not a claimdesk export"),
        (_set(("articles",), {}), "must be a list"),
        (_dup_claim, "appears twice"),
        (_dup_article, "appears twice"),
        (_huge_note, "limit"),
        (_set(("articles", 0, "claims", 0, "status"), "maybe"), "unknown status"),
        (_set(("articles", 0, "claims", 0, "history", 0, "new"), "maybe"), "not a valid status"),
        (_set(("articles", 0, "sha256"), "not-a-hash"), "sha256"),
        (_set(("articles", 0, "claims", 0, "span"), [1]), "span"),
    ],
)
def test_an_invalid_file_is_rejected_and_the_library_untouched(
    ana, bo, tmp_path, change, message
) -> None:
    doc = change(good_export(ana, tmp_path))
    bad = write_json(tmp_path / "bad.json", doc)
    add_hand_article(bo)
    before = library_bytes(bo.path)
    with pytest.raises(ImportRejected, match=message):
        import_file(bo, bad, "bo")
    assert library_bytes(bo.path) == before


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json at all",
        b"\xff\xfe\x00garbage",
        b"[1, 2, 3]",
        b'{"schema": "claimdesk.export/1", "schema": "claimdesk.export/1", "articles": []}',
        b'{"schema": "claimdesk.export/1", "articles": [{"sha256": NaN}]}',
        b"[" * 100_000,
    ],
)
def test_what_is_not_an_export_is_rejected(bo, tmp_path, content) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    before = library_bytes(bo.path)
    with pytest.raises(ImportRejected):
        import_file(bo, bad, "bo")
    assert library_bytes(bo.path) == before


def test_text_that_does_not_match_its_hash_is_skipped(ana, bo, tmp_path) -> None:
    doc = good_export(ana, tmp_path)
    doc["articles"][0]["text"] += " A sentence slipped in."
    before = library_bytes(bo.path)
    report = import_file(bo, write_json(tmp_path / "x.json", doc), "bo")
    assert report.articles_added == [] and "does not match its sha256" in report.skipped[0]
    assert library_bytes(bo.path) == before


@pytest.mark.parametrize("text", ["", "   \n\t \n"])
def test_an_article_with_empty_text_is_skipped_and_the_library_untouched(
    ana, bo, tmp_path, text
) -> None:
    """`claimdesk add` refuses empty text; import must not let such an article in either."""
    from extract.text import sha256_of

    doc = good_export(ana, tmp_path)
    doc["articles"][0].update(text=text, sha256=sha256_of(text), claims=[])
    before = library_bytes(bo.path)
    report = import_file(bo, write_json(tmp_path / "empty.json", doc), "bo")
    assert report.articles_added == [] and not report.changed
    assert len(report.skipped) == 1 and "text is empty" in report.skipped[0]
    assert library_bytes(bo.path) == before and bo.articles() == ()


def test_export_import_export_is_byte_identical(ana, bo, tmp_path) -> None:
    """The imported article keeps its added_at, ids and history: the same state, same bytes."""
    summary, _ = ana.ingest(SEED.read_text("utf-8"), title="Balkans", origin=str(SEED))
    ana.ingest(
        "The council said on Monday that the bridge would reopen in May. "
        "Engineers from Austria disputed that.",
        title="Bridge",
        meta={"outlet": "Example News", "published": "2026-11-27"},
    )
    with ana.session(summary.id, "ana") as session:
        session.mark("c1", "confirmed")
        session.set_note("c1", "matches the ministry's register")
        session.add_evidence("c1", "https://example.org/register")
        session.mark("c2", "denied")
        session.undo()
        session.add_source("c3", name="Jane Example")
    first = export_to(ana, tmp_path / "first.json", reviewer="desk")

    report = import_file(bo, first, "bo")
    second = export_to(bo, tmp_path / "second.json", reviewer="desk")

    assert len(report.articles_added) == 2 and not report.skipped
    assert bo.summary(summary.id).added_at == ana.summary(summary.id).added_at
    assert second.read_bytes() == first.read_bytes()


def test_a_claim_extracted_differently_is_skipped_not_forced(ana, bo, tmp_path) -> None:
    doc = good_export(ana, tmp_path)
    doc["articles"][0]["claims"][0]["text"] = "Something else entirely."
    article = add_hand_article(bo)
    report = import_file(bo, write_json(tmp_path / "x.json", doc), "bo")
    assert "c1" in report.skipped[0] and report.events_merged == 0
    assert bo.load(article).claim("c1").status == "unreviewed"


def test_an_article_open_elsewhere_is_skipped(ana, bo, tmp_path) -> None:
    exported = write_json(tmp_path / "x.json", good_export(ana, tmp_path))
    article = add_hand_article(bo)
    with bo.session(article, "carla"):
        report = import_file(bo, exported, "bo")
    assert report.events_merged == 0 and "open for writing" in report.skipped[0]
    assert bo.load(article).claim("c1").status == "unreviewed"


def test_a_jsonl_or_claimreview_export_is_refused_with_a_hint(ana, bo, tmp_path) -> None:
    add_hand_article(ana)
    for fmt in ("jsonl", "claimreview"):
        path = tmp_path / f"x.{fmt}"
        path.write_text(render_export(ana, ExportFilter(), fmt, "ana", include_unconfirmed=True))
        with pytest.raises(ImportRejected, match="--format json"):
            import_file(bo, path, "bo")
    first_line = render_export(ana, ExportFilter(), "jsonl", "ana").splitlines()[0]
    one_line = tmp_path / "one.jsonl"
    one_line.write_text(first_line)
    with pytest.raises(ImportRejected, match="looks like JSON lines"):
        import_file(bo, one_line, "bo")
