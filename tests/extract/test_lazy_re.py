"""A pattern compiled on first use finds exactly what the compiled pattern finds."""

from __future__ import annotations

import re

import pytest

from extract.lazy_re import lazy

TEXT = "The Ministry said on Monday. A report, published Tuesday, said otherwise."


def test_a_lazy_pattern_answers_as_re_compile_does() -> None:
    source, flags = r"\b(said|report)\b", re.IGNORECASE
    eager, late = re.compile(source, flags), lazy(source, flags)
    assert late.search(TEXT, 10).span() == eager.search(TEXT, 10).span()  # type: ignore[union-attr]
    assert late.match(TEXT) is None and late.fullmatch("said") is not None
    assert [m.span() for m in late.finditer(TEXT)] == [m.span() for m in eager.finditer(TEXT)]
    assert late.findall(TEXT, 0, 40) == eager.findall(TEXT, 0, 40)
    assert late.sub("X", TEXT) == eager.sub("X", TEXT)
    assert late.split(TEXT, 1) == eager.split(TEXT, 1)
    assert (late.pattern, late.flags, late.groups) == (eager.pattern, eager.flags, eager.groups)


def test_a_lazy_pattern_reports_a_bad_pattern_or_attribute_when_used() -> None:
    broken = lazy("(unclosed")  # compiled only when used: the error shows up then
    with pytest.raises(re.error):
        broken.search("text")
    with pytest.raises(AttributeError):
        lazy("x").no_such_method  # noqa: B018
