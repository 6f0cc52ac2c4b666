"""Exports: schema-valid, byte-stable, filtered as asked, ClaimReview rated on the 1-3 scale."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.exchange import (
    ExchangeError,
    ExportFilter,
    OutputExistsError,
    render_export,
    write_export,
)
from store.exchange.export import dumps_indented

from .helpers import StateLibrary, checked, plain_state, reviewed_state


def export(library, flt, fmt="json", reviewer="bo", **kwargs) -> str:
    """Every export a test makes is validated against the shipped schema first."""
    return checked(render_export(library, flt, fmt, reviewer, **kwargs), fmt)


@pytest.fixture
def library() -> StateLibrary:
    return StateLibrary(reviewed_state(), plain_state())


def claim_ids(doc: dict) -> list[tuple[str, str]]:
    return [(a["title"], c["id"]) for a in doc["articles"] for c in a["claims"]]


def test_json_export_is_valid_and_carries_the_whole_review(library, validate) -> None:
    text = export(library, ExportFilter(), "json", "bo")
    doc = json.loads(text)
    validate(doc)
    assert doc["schema"] == "claimdesk.export/1"
    assert doc["exported_by"] == "bo"
    deportations = doc["articles"][1]
    state = reviewed_state()
    assert deportations["text"] == state.text
    assert deportations["sha256"] == state.sha256
    c1 = deportations["claims"][0]
    assert c1["status"] == "confirmed"
    assert c1["note"] == "checked the register"
    assert c1["evidence"][0]["text"] == "https://example.org/report"
    assert c1["sources"] == ["Interior Ministry"]
    assert c1["countries"] == [{"code": "XK", "name": "Kosovo"}]
    assert state.text[c1["span"][0] : c1["span"][1]] == c1["text"]
    assert [e["field"] for e in c1["history"]] == ["status", "note", "evidence"]
    c2 = deportations["claims"][1]
    assert c2["quotes"] == [
        {"id": "q1", "text": "nobody was forced onto the buses", "speaker": "Zoë Brandt"}
    ]
    assert deportations["claims"][3]["history"][1]["undoes"] == 6


def test_same_state_exports_identical_bytes(library) -> None:
    first = export(library, ExportFilter(), "json", "bo")
    again = export(StateLibrary(plain_state(), reviewed_state()), ExportFilter(), "json", "bo")
    assert first.encode() == again.encode()
    lines = export(library, ExportFilter(), "jsonl", "bo")
    assert lines == export(library, ExportFilter(), "jsonl", "bo")


def test_as_of_comes_from_the_state_not_the_clock(library) -> None:
    doc = json.loads(export(library, ExportFilter(), "json", "bo"))
    assert doc["as_of"] == "2026-11-01T09:06:00.000000Z"  # the newest event
    unreviewed = json.loads(export(StateLibrary(plain_state()), ExportFilter(), "json", "bo"))
    assert unreviewed["as_of"] == "2026-10-01T00:00:00.000000Z"  # no events: added_at


def test_empty_export_is_still_valid(validate) -> None:
    doc = json.loads(export(StateLibrary(), ExportFilter(), "json", "bo"))
    validate(doc)
    assert doc["articles"] == [] and doc["as_of"] is None


def test_jsonl_is_one_valid_claim_a_line(library, validate) -> None:
    lines = export(library, ExportFilter(), "jsonl", "bo").splitlines()
    assert len(lines) == 6
    for line in lines:
        record = json.loads(line)
        validate(record, "claimLine")
    first = json.loads(lines[2])
    assert first["article_sha256"] == reviewed_state().sha256
    assert first["status"] == "confirmed"


def reviews(library, **kwargs) -> list[dict]:
    return json.loads(export(library, ExportFilter(), "claimreview", "bo", **kwargs))


def test_claimreview_rates_verdicts_and_skips_unconfirmed_by_default(library, validate) -> None:
    items = reviews(library)
    for item in items:
        validate(item, "claimReview")
    rated = {i["claimReviewed"]: i["reviewRating"] for i in items}
    assert len(rated) == 2
    confirmed = rated["The ministry said 40 people were deported to Kosovo."]
    assert (confirmed["ratingValue"], confirmed["alternateName"]) == (3, "confirmed")
    denied = rated["Officials in Serbia denied the report."]
    assert (denied["ratingValue"], denied["alternateName"]) == (1, "denied")
    assert all(r["worstRating"] == 1 and r["bestRating"] == 3 for r in rated.values())
    first = items[0]
    assert first["url"].startswith("urn:claimdesk:unpublished-review:")
    assert first["author"] == {"@type": "Person", "name": "bo"}
    assert first["datePublished"] == "2026-11-01T09:00:00.000000Z"
    assert first["itemReviewed"]["author"] == {"@type": "Organization", "name": "Interior Ministry"}
    assert first["itemReviewed"]["appearance"] == {
        "@type": "CreativeWork",
        "name": "Deportations",
        "url": "https://news.example.org/deportations",
    }


def test_claimreview_with_unconfirmed_rates_them_in_the_middle(library, validate) -> None:
    items = reviews(library, include_unconfirmed=True)
    for item in items:
        validate(item, "claimReview")
    by_text = {i["claimReviewed"]: i for i in items}
    assert len(items) == 6
    quote = by_text[reviewed_state().claims[1].text]
    assert quote["reviewRating"]["ratingValue"] == 2
    assert quote["reviewRating"]["alternateName"] == "unconfirmed"
    assert quote["itemReviewed"]["author"] == {"@type": "Person", "name": "Zoë Brandt"}
    weather = by_text["The weather was cold that week."]
    assert weather["reviewRating"]["alternateName"] == "unreviewed"
    # Nobody is named: the claim is the outlet's.
    assert weather["itemReviewed"]["author"]["name"] == "Example News"
    residents = by_text["Residents said so."]
    assert residents["itemReviewed"]["author"]["name"] == "unattributed"
    assert "url" not in residents["itemReviewed"]["appearance"]  # a local path is not a URL


def test_hidden_claims_are_not_claim_reviews() -> None:
    state = reviewed_state()
    hidden = replace(state.claims[0], hidden=True)
    state = replace(state, claims=(hidden, *state.claims[1:]))
    items = reviews(StateLibrary(state))
    assert [i["reviewRating"]["alternateName"] for i in items] == ["denied"]


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (ExportFilter(statuses=("denied",)), [("Deportations", "c3")]),
        (
            ExportFilter(statuses=("denied", "confirmed")),
            [("Deportations", "c1"), ("Deportations", "c3")],
        ),
        (ExportFilter(sources=("interior ministry",)), [("Deportations", "c1")]),
        (ExportFilter(sources=("THE MINISTRY",)), [("Deportations", "c1")]),  # an alias
        (
            ExportFilter(sources=("zoe brandt", "Serbian Officials")),
            [("Deportations", "c2"), ("Deportations", "c3")],
        ),
        (ExportFilter(countries=("xk", "IS")), [(None, "c1"), ("Deportations", "c1")]),
        (ExportFilter(query="REYKJAVIK"), [(None, "c1")]),  # case and accents folded
        (ExportFilter(quotes=("q1",)), [("Deportations", "c2")]),
        (ExportFilter(statuses=("denied",), countries=("XK",)), []),  # AND between kinds
        (ExportFilter(statuses=("confirmed",), countries=("XK", "RS")), [("Deportations", "c1")]),
    ],
)
def test_filters_choose_claims(library, validate, flt, expected) -> None:
    doc = json.loads(export(library, flt, "json", "bo"))
    validate(doc)
    assert claim_ids(doc) == expected


def test_article_filter_keeps_all_its_claims_and_records_the_id(library) -> None:
    state = reviewed_state()
    doc = json.loads(export(library, ExportFilter(articles=(state.id[:6],)), "json", "bo"))
    assert doc["filter"]["articles"] == [state.id]
    assert len(doc["articles"]) == 1 and len(doc["articles"][0]["claims"]) == 4


def test_unknown_status_or_format_is_a_user_error(library) -> None:
    with pytest.raises(ExchangeError):
        ExportFilter(statuses=("maybe",))
    with pytest.raises(ExchangeError):
        render_export(library, ExportFilter(), "xml", "bo")


def test_write_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "review.json"
    assert write_export(target, "first\n") == target
    with pytest.raises(OutputExistsError, match="--force"):
        write_export(target, "second\n")
    assert target.read_text() == "first\n"
    write_export(target, "second\n", force=True)
    assert target.read_text() == "second\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["review.json"]  # no temp files left


def test_write_into_a_missing_folder_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match="does not exist"):
        write_export(tmp_path / "nowhere" / "review.json", "{}\n")
    with pytest.raises(ExchangeError, match="is a directory"):
        write_export(tmp_path, "{}\n")


# --------------------------------------------------------------------------- layout

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(alphabet=st.sampled_from('ab"\\\n{}[],: \x00é☃'), max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(alphabet='ab"{}\n,', max_size=4), inner, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=400, deadline=None)
@given(JSON_VALUES)
def test_the_fast_encoder_writes_what_json_dumps_indent_2_writes(value) -> None:
    """Exports keep the layout they always had (a diff of two exports stays readable)."""
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_an_export_is_laid_out_with_two_space_indents(library) -> None:
    for fmt in ("json", "claimreview"):
        text = export(library, ExportFilter(), fmt, "bo")
        assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
