"""Regular expressions compiled the first time they are used, not at import.

Compiling the extractor's ~70 module-level patterns takes about 30 ms, most of the
start-up of `claimdesk extract` after the imports; a third of them are not needed at
all by a typical article (glosses, US-state lists, naming phrases). `lazy()` returns
a stand-in that compiles on first use and then keeps the compiled pattern's methods
and attributes as its own, so later calls cost what calls on a `re.Pattern` cost.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

# Everything a `re.Pattern` offers; copied onto the stand-in when it compiles.
_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class _LazyPattern:
    """Stands in for `re.compile(pattern, flags)` until an attribute is first read."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> object:
        # Only reached while an attribute is missing: before the first use, or for a
        # name no pattern has (AttributeError from the compiled pattern, as before).
        compiled = re.compile(*self._source)
        attributes = self.__dict__
        for attribute in _ATTRIBUTES:
            attributes[attribute] = getattr(compiled, attribute)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        pattern, flags = self._source
        return f"lazy({pattern!r}, {flags!r})"


class _GatedPattern(_LazyPattern):
    """A lazy pattern whose every match contains one of some literal `needles`.

    Until it is compiled, `search`, `match`, `fullmatch` and `finditer` first look for a
    needle in string[pos:endpos] (str.find) and answer "no match" without compiling
    when there is none. Once compiled, the pattern's own methods take over.
    """

    def __init__(self, pattern: str, flags: int, needles: tuple[str, ...]) -> None:
        super().__init__(pattern, flags)
        self._needles = needles

    def _absent(self, string: str, pos: int, endpos: int) -> bool:
        pos, endpos = max(pos, 0), max(endpos, 0)  # as re clamps them
        return all(string.find(needle, pos, endpos) < 0 for needle in self._needles)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._absent(string, pos, endpos):
            return None
        return self.__getattr__("search")(string, pos, endpos)  # type: ignore[no-any-return]

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._absent(string, pos, endpos):
            return None
        return self.__getattr__("match")(string, pos, endpos)  # type: ignore[no-any-return]

    def fullmatch(self, string: str, pos: int = 0,
                  endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._absent(string, pos, endpos):
            return None
        return self.__getattr__("fullmatch")(string, pos, endpos)  # type: ignore[no-any-return]

    def finditer(self, string: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._absent(string, pos, endpos):
            return iter(())
        return self.__getattr__("finditer")(string, pos, endpos)  # type: ignore[no-any-return]


def lazy(pattern: str, flags: int | re.RegexFlag = 0, *,
         needles: tuple[str, ...] = ()) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, done when the pattern is first used.

    With `needles` (literal strings, one of which every match of the pattern contains
    verbatim, so not with IGNORECASE), a call on a string without any of them answers
    "no match" and does not compile the pattern.
    """
    if needles:
        return _GatedPattern(pattern, flags, needles)  # type: ignore[return-value]
    return _LazyPattern(pattern, flags)  # type: ignore[return-value]  # duck-typed Pattern
