"""The bundled country table: ISO codes, names and every surface form, loaded once.

`_Lexicon` finds multi-word forms by their leading word (a dict lookup), which is what
keeps country finding fast; extract/countries.py applies the context rules on top.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from extract.lazy_re import lazy

NAME, DEMONYM, CAPITAL, SEAT, BLOCK = "name", "demonym", "capital", "seat", "block"


# --- the table ------------------------------------------------------------------------------


_DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "countries.json")


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    """Load the bundled table once; it is read-only data shipped with the package.

    A plain `open` next to this file: importlib.resources costs ~40 ms of start-up.
    """
    with open(_DATA, encoding="utf-8") as fh:
        return json.load(fh)


def country_codes() -> tuple[str, ...]:
    """Every code the table knows (ISO 3166-1 alpha-2 plus XK), sorted."""
    return tuple(sorted(_table()["countries"]))


def country_name(code: str) -> str:
    """Short English name for a code ("GB" -> "United Kingdom"); the code itself if unknown."""
    entry = _table()["countries"].get(code.upper())
    return entry["name"] if entry else code


# Where a form can start: a capital (any script) not preceded by a word character. Every
# form in the table starts with one, so each match is looked up by its leading word.
_CANDIDATE_RE = lazy(r"(?<!\w)[^\W\d_a-z]\w*")
_KEY_RE = lazy(r"\w+")


class _Lexicon:
    """Multi-word forms found by their first word: a dict lookup, then the longest form
    that the text continues with (ending at a word boundary).

    Replaces one regex alternation of every form, whose compilation alone took a third
    of a second; this costs nothing to build beyond the dict.
    """

    def __init__(self, forms: Iterable[str]) -> None:
        self.forms = frozenset(forms)
        index: dict[str, list[str]] = {}
        for form in self.forms:
            # The leading word (_KEY_RE): the text before the first space when that is all
            # word characters, which saves a regex call for most of the ~1,100 forms.
            key = form.partition(" ")[0]
            if not key.isalnum():
                m = _KEY_RE.match(form)
                if m is None:
                    continue
                key = m.group()
            alts = index.get(key)
            if alts is None:
                index[key] = [form]
            else:
                alts.append(form)
        for alts in index.values():
            if len(alts) > 1:
                alts.sort(key=len, reverse=True)
        self.index = index

    def match_at(self, text: str, start: int, key: str) -> str | None:
        """The longest form starting at `start` whose leading word is `key`."""
        n = len(text)
        for form in self.index.get(key, ()):
            end = start + len(form)
            if text.startswith(form, start) and (
                end >= n or not (text[end].isalnum() or text[end] == "_")
            ):
                return form
        return None

    def finditer(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Non-overlapping (start, end, form) in text order, longest form first."""
        index = self.index
        last_end = 0
        for m in _CANDIDATE_RE.finditer(text):
            start = m.start()
            if start < last_end:
                continue
            key = m.group()
            if key not in index:
                continue
            form = self.match_at(text, start, key)
            if form is not None:
                last_end = start + len(form)
                yield start, last_end, form

    def starts(self, phrase: str) -> bool:
        """True when `phrase` begins with a form (followed by a word boundary)."""
        m = _KEY_RE.match(phrase)
        return m is not None and m.start() == 0 and self.match_at(phrase, 0, m.group()) is not None


@lru_cache(maxsize=1)
def _matcher() -> tuple[_Lexicon, dict[str, tuple[str, str]], dict[str, Any]]:
    """The form lexicon and the form -> (kind, code) lookup."""
    table = _table()
    forms: dict[str, tuple[str, str]] = {}
    setdefault = forms.setdefault
    for code, entry in table["countries"].items():
        for kind, key in ((NAME, "names"), (DEMONYM, "demonyms"), (CAPITAL, "capitals"),
                          (SEAT, "seats")):
            pair = (kind, code)
            for form in entry[key]:
                setdefault(form, pair)
    for form in table["blockers"]:
        forms[form] = (BLOCK, "")
    extra = {
        "first_names": frozenset(table["first_names"]),
        "surnames": frozenset(table["surnames"]),
        "us_states": frozenset(table["us_states"]),
        "us_state_lexicon": _Lexicon(table["us_states"]),
        "capital_codes": {
            c: frozenset(e["capitals"]) for c, e in table["countries"].items()
        },
    }
    return _Lexicon(forms), forms, extra
