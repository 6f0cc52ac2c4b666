"""The extraction's records behave as the frozen dataclasses they replace.

`store` edits them with `dataclasses.replace`, caches them in sets and dicts, and
compares them; a reviewer's correction must keep working whatever they are made of.
"""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from extract import extract
from extract.model import Claim, Extraction, Quote, Source

TEXT = (
    "Officials in Kosovo said on Monday that 40 people had been deported.\n"
    '"We will appeal," said Maria Lopez, a lawyer for the families.\n'
)


def test_replace_fields_and_asdict_work_as_on_dataclasses() -> None:
    source = Source(id="s1", name="Maria Lopez", kind="person", mentions=((1, 5),))
    renamed = dataclasses.replace(source, name="María López")
    assert renamed == Source("s1", "María López", "person", (), ((1, 5),))
    assert source.name == "Maria Lopez"  # the original is untouched
    assert [f.name for f in dataclasses.fields(Source)] == [
        "id",
        "name",
        "kind",
        "aliases",
        "mentions",
    ]
    assert [f.default for f in dataclasses.fields(source)][2:] == ["unknown", (), ()]
    assert dataclasses.asdict(Quote("q1", 3, 9, "text")) == {
        "id": "q1",
        "start": 3,
        "end": 9,
        "text": "text",
        "speaker": None,
        "claims": (),
    }
    assert dataclasses.is_dataclass(Claim) and dataclasses.is_dataclass(source)


def test_records_are_frozen_hashable_and_compared_by_value() -> None:
    source = Source("s1", "Maria Lopez")
    with pytest.raises(dataclasses.FrozenInstanceError):
        source.name = "someone else"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del source.kind  # type: ignore[misc]
    assert source == Source("s1", "Maria Lopez", "unknown")
    assert source != Source("s2", "Maria Lopez")
    assert source != ("s1", "Maria Lopez", "unknown", (), ())
    assert len({source, Source("s1", "Maria Lopez")}) == 1
    assert repr(source) == (
        "Source(id='s1', name='Maria Lopez', kind='unknown', aliases=(), mentions=())"
    )


def test_an_extraction_survives_copy_and_pickle_and_ignores_timings_in_equality() -> None:
    first = extract(TEXT)
    again = dataclasses.replace(extract(TEXT), timings={"segmentation": 99.0})
    assert first == again and hash(first) == hash(again)  # timings are not compared
    for clone in (pickle.loads(pickle.dumps(first)), copy.deepcopy(first), copy.copy(first)):
        assert clone == first
        assert clone.to_json() == first.to_json()
    assert isinstance(dataclasses.replace(first, timings={}), Extraction)
    assert Extraction(first.text, first.article, (), (), (), (), ()).timings == {}
