"""Regular expressions compiled the first time they are used, not at import.

Compiling the extractor's ~70 module-level patterns takes about 30 ms, most of the
start-up of `claimdesk extract` after the imports; a third of them are not needed at
all by a typical article (glosses, US-state lists, naming phrases). `lazy()` returns
a stand-in that compiles on first use and then keeps the compiled pattern's methods
and attributes as its own, so later calls cost what calls on a `re.Pattern` cost.
"""

from __future__ import annotations

import re

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


def lazy(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, done when the pattern is first used."""
    return _LazyPattern(pattern, flags)  # type: ignore[return-value]  # duck-typed Pattern
