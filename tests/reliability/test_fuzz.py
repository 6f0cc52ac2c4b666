"""hypothesis fuzzing: extraction of any text never fails and its offsets slice; import of
any roughly export-shaped JSON is a clean merge or changes nothing."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rel_hostile import BIDI, QUOTE_MARKS
from rel_imports import apply, good_export, receiving_library

import extract

CONTROLS = "".join(chr(c) for c in (*range(0x20), *range(0x7F, 0xA0)))
ODD = QUOTE_MARKS + BIDI + CONTROLS + "[]/@=$\\{}.!?;:,-—…()\u00a0\u2028\u2029\ufeff"
WORDS = ["The", "minister", "said", "Cuba", "“", "”", "\"", "'", "’", "[bold]", "\x1b[",
         "U.S.", "Mr.", "  ", "\n", "\n\n", ".", "?", "«", "»", "according to", "Kosovo", "#"]

texts = st.one_of(
    st.text(alphabet=st.sampled_from(ODD + "ab AZ\n"), max_size=300),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200),
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
    st.tuples(st.integers(1, 200), st.sampled_from(["“‘", "«‹", "\"'", "„‚"])).map(
        lambda n_marks: n_marks[1] * n_marks[0] + "He said so." + n_marks[1][::-1] * n_marks[0]
    ),
)


@settings(max_examples=200, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extraction_of_any_text_never_fails_and_every_offset_slices(text: str) -> None:
    found = extract.extract(text)
    for claim in found.claims:
        assert text[claim.start:claim.end] == claim.text
        for attribution in claim.attributions:
            assert 0 <= attribution.source_span[0] <= attribution.source_span[1] <= len(text)
    for quote in found.quotes:
        assert text[quote.start:quote.end] == quote.text
    for country in found.countries:
        assert all(0 <= s <= e <= len(text) for s, e in country.mentions)
    json.dumps(found.to_json())  # the `claimdesk extract` document can always be written


# ----------------------------------------------------------------------------- import

STATUS = st.sampled_from(["unreviewed", "confirmed", "unconfirmed", "denied"])
SMALL = st.one_of(st.none(), st.booleans(), st.integers(-3, 10**6), st.text(max_size=6))
ANY = st.recursive(SMALL, lambda c: st.lists(c, max_size=3) | st.dictionaries(
    st.text(max_size=5), c, max_size=3), max_leaves=5)
WHEN = st.sampled_from(["2026-11-28T05:00:00Z", "1999-01-01T00:00:00Z", "9999-12-31T23:59:59Z"])


@st.composite
def events(draw: st.DrawFn, claim_id: str, status: str) -> list[dict[str, Any]]:
    """A plausible history: status changes chaining from unreviewed, notes, evidence."""
    history: list[dict[str, Any]] = []
    current, note = "unreviewed", ""
    for _ in range(draw(st.integers(0, 4))):
        field = draw(st.sampled_from(["status", "status", "note", "evidence"]))
        if field == "status":
            new = draw(STATUS.filter(lambda s, c=current: s != c))
            old, current = current, new
        elif field == "note":
            new = draw(st.text(max_size=20))
            old, note = note, new
        else:
            old, new = None, {"text": draw(st.text(min_size=1, max_size=10)),
                              "kind": "citation", "added_at": draw(WHEN), "reviewer": "carla"}
        history.append({"id": 0, "claim": claim_id, "field": field, "old": old, "new": new,
                        "reviewer": draw(st.sampled_from(["carla", "ana", "bo"])),
                        "at": draw(WHEN), "undoes": None})
    return history


@st.composite
def claims(draw: st.DrawFn, good: dict[str, Any]) -> dict[str, Any]:
    claim = dict(draw(st.sampled_from(good["claims"])))
    claim["id"] = draw(st.sampled_from([claim["id"], claim["id"], "c1", "c42"]))
    claim["history"] = draw(events(claim["id"], claim["status"]))
    statuses = [e["new"] for e in claim["history"] if e["field"] == "status"]
    claim["status"] = statuses[-1] if statuses else draw(STATUS)
    notes = [e["new"] for e in claim["history"] if e["field"] == "note"]
    claim["note"] = notes[-1] if notes else ""
    return claim


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, child in value.items():
            if key != "text":
                found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            found += _paths(child, (*prefix, i))
    return found


@st.composite
def export_docs(draw: st.DrawFn, good: dict[str, Any]) -> dict[str, Any]:
    """Mostly well-formed exports (articles, claims, histories drawn plausibly); one in
    three then gets one field anywhere replaced by any JSON value or removed."""
    articles = []
    chosen = draw(st.lists(st.sampled_from(range(len(good["articles"]))), unique=True))
    for index in chosen:
        article = dict(good["articles"][index])
        article["claims"] = draw(st.lists(claims(article), max_size=3, unique_by=lambda c: c["id"]))
        next_id = itertools.count(100)
        for claim in article["claims"]:
            for event in claim["history"]:
                event["id"] = next(next_id)
        if draw(st.integers(0, 5)) == 0:
            article["text"] = draw(st.text(max_size=30))
        articles.append(article)
    doc = json.loads(json.dumps(dict(good, articles=articles)))
    if draw(st.integers(0, 2)) == 0 and _paths(doc):
        path = draw(st.sampled_from(_paths(doc)))
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        if isinstance(parent, dict) and draw(st.booleans()):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(ANY)
    return doc


@pytest.fixture(scope="module")
def fuzz_setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path, Path]:
    root = tmp_path_factory.mktemp("fuzz")
    return good_export(root / "ana"), receiving_library(root / "bo"), root


_RUNS = itertools.count()


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_import_of_any_export_shaped_json_is_a_clean_merge_or_no_change(
    fuzz_setup, data: st.DataObject
) -> None:
    good, template, root = fuzz_setup
    doc = data.draw(export_docs(good))
    outcome = apply(template, root / f"run-{next(_RUNS)}", json.dumps(doc).encode())
    assert outcome.problems == (), "the library must stay consistent whatever was imported"
    if outcome.kind != "report" or not outcome.changed:
        assert outcome.untouched, f"{outcome.kind} without a change, yet files changed"
    assert all("\n" not in line for line in outcome.lines)
