"""Tokens of running text and the cheap tests on them (capitalised, pronoun, stop word).
"""

# No `from __future__ import annotations` here: with string annotations, the NamedTuple
# below turns each into a ForwardRef, compiling it (1.6 ms of start-up).
from typing import NamedTuple

from extract import cues
from extract.attribution.patterns import _ABBREV_DOT, _TOKEN_RE
from extract.lazy_re import lazy


class Tok(NamedTuple):
    start: int
    end: int
    text: str
    low: str


# Dotted initials keep their final dot ("U.S.", "a.m."); a domain does not ("Kwik.com.").
_INITIALS_RE = lazy(r"(?:\w\.)+")


def _tokens(text: str, lo: int, hi: int, low_text: str | None = None) -> list[Tok]:
    """Tokens of text[lo:hi]; a trailing dot is split off unless it belongs to the word.

    `low_text` is text.lower() when that keeps every offset (saves a call per token).
    """
    out: list[Tok] = []
    app = out.append
    new = tuple.__new__
    for m in _TOKEN_RE.finditer(text, lo, hi):
        s, e = m.span()
        t = text[s:e]
        low = low_text[s:e] if low_text is not None else t.lower()
        if t[-1] == "." and len(t) > 1 and not (
            low in _ABBREV_DOT or (len(t) == 2 and t[0].isupper()) or _INITIALS_RE.fullmatch(t)
        ):
            app(new(Tok, (s, e - 1, t[:-1], low[:-1])))
            app(new(Tok, (e - 1, e, ".", ".")))
        else:
            app(new(Tok, (s, e, t, low)))
    return out


_new = tuple.__new__


def _is_cap(t: Tok) -> bool:
    """Capitalised, counting Arabic-style particles: "al-Sisi", "bin-Laden"."""
    if t.text[:1].isupper():
        return True
    head, _, rest = t.text.partition("-")
    return bool(rest) and rest[:1].isupper() and head in ("al", "el", "ad", "as", "ash", "bin",
                                                          "ibn", "ben", "abu", "de", "da", "di")


def _is_pron(t: Tok) -> bool:
    """A pronoun as written in running text (not the acronym "US" or "IT"); "They're" too."""
    low = t.low.split("'")[0].split("’")[0]
    return low in cues.ALL_PRONOUNS and (t.text.islower() or t.text == "I" or
                                        (t.text[:1].isupper() and t.text[1:].islower()))


def _is_stop(t: Tok) -> bool:
    """A function word that ends a noun phrase ("who", "in"), but not the name "WHO"."""
    return t.low in cues.NP_STOP and (t.text.islower() or t.text in cues.NOT_NAME_WORDS)


def _is_det(t: Tok) -> bool:
    return t.low in cues.DETERMINERS and (t.text.islower() or t.text[1:].islower())
