"""A damaged export is rejected or merged, never a crash: random edits of a good file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.errors import ClaimdeskError
from store import Library
from store.exchange import ExportFilter, ImportRejected, import_file, parse_export, render_export

from .helpers import add_hand_article

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 50) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=6,
)


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Library, dict[str, Any]]:
    root = tmp_path_factory.mktemp("fuzz")
    ana = Library.open(root / "ana")
    article = add_hand_article(ana)
    with ana.session(article, "ana") as session:
        session.update("c1", status="confirmed", note="n", evidence=["https://a.example"])
        session.mark("c2", "denied")
    doc = json.loads(render_export(ana, ExportFilter(), "json", "ana"))
    bo = Library.open(root / "bo")
    add_hand_article(bo)
    return bo, doc


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            if key != "text":  # the article text is long; editing it is the hash test's job
                found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            found += _paths(child, (*prefix, i))
    return found


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_random_edits_never_crash_the_import(setup, tmp_path: Path, data: st.DataObject) -> None:
    bo, good = setup
    doc = json.loads(json.dumps(good))
    for _ in range(data.draw(st.integers(1, 3))):
        paths = [p for p in _paths(doc) if p]
        path = data.draw(st.sampled_from(paths))
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        if data.draw(st.booleans()) and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = data.draw(JSON_VALUES)
    raw = json.dumps(doc).encode()
    try:
        parse_export(raw)
    except ImportRejected:
        return
    target = tmp_path / "edited.json"
    target.write_bytes(raw)
    try:
        report = import_file(bo, target, "bo")
    except ClaimdeskError as error:  # a one-line user error, never a traceback
        assert "\n" not in str(error)
        return
    assert report.summary().startswith("imported ")
