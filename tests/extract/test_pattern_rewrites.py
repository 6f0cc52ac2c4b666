"""Patterns rewritten to compile faster at start-up find exactly what the originals found.

Each original (a long alternation, or a class of non-Latin-1 characters) is rebuilt here
and compared with its replacement on examples, including the edge cases (case, word
boundaries, characters beyond ASCII, search windows).
"""

from __future__ import annotations

import re

import pytest

from extract import cues
from extract.attribution import patterns as P

EXAMPLES = [
    "The ministry's statement said so. Reuters' own report disagreed.",
    "Officials said the Court's latest findings, and the agency’s new guidelines, stand.",
    "The group's preliminary  estimates were low; the firm's reportage was not cited.",
    "Ana Ruiz's claimsX and the board's claim-based rule; its public remarks. It's a "
    "report's report's statements.",
    "the union's own words\nthe union's own\nthe union's\nstatement ’ official response",
    "A REPORT by the U.N. showed figures; the Study found; a communiqué; a COMMUNIQUÉ "
    "published; a ſtatement; Reports_2 and data2 and the_report.",
    "President of Argentina Ana Ruiz met the Nordic Shipping Council (NSC) and U.S. "
    "officials in New York for the United Nations. J. R. R. Tolkien's O’Brien-Smith de la "
    "Cruz and the Al-Ahram report, al-Sisi of the World Health Organization.",
    "Slobodan Šešelj and Ǆemal Đorđević met Ελένη Παπαδοπούλου and Ёлка Іванова in "
    "Zagreb; ÀÖØÞ Ÿves ŹŻŽ.",
    'He said "yes" and «non» and „ja“ and “maybe” — then ”closing.',
    "",
]

_ORIGINAL_POSS_RE = re.compile(
    r"['’]s?\s+(?:(?:own|latest|new|initial|earlier|official|previous|"
    r"first|recent|public|written|formal|annual|final|preliminary)\s+)?(?:"
    + "|".join(sorted(cues.POSSESSIVE_NOUNS, key=len, reverse=True))
    + r")\b"
)


@pytest.mark.parametrize("text", EXAMPLES)
def test_possessive_cues_match_the_alternation(text: str) -> None:
    expected = [m.span() for m in _ORIGINAL_POSS_RE.finditer(text)]
    assert list(P.possessive_cues(text)) == expected


def test_possessive_cues_find_speech_nouns_with_and_without_an_adjective() -> None:
    text = "The ministry's statement and Reuters' own report, not the firm's lawyers."
    spans = [text[s:e] for s, e in P.possessive_cues(text)]
    assert spans == ["'s statement", "' own report"]


def test_possessive_adjectives_are_no_nouns() -> None:
    # possessive_cues relies on it: an adjective never ends a match by itself.
    assert not P._POSS_ADJECTIVES & cues.POSSESSIVE_NOUNS


@pytest.mark.parametrize("text", EXAMPLES)
def test_doc_word_in_matches_the_pattern_in_every_window(text: str) -> None:
    n = len(text)
    for lo in range(0, n + 1, 3):
        for hi in (lo, lo + 1, lo + 7, lo + 20, lo + 90, n):
            expected = P._DOC_WORD_RE.search(text, lo, hi) is not None
            assert P.doc_word_in(text, lo, hi) == expected, (lo, hi)


def test_doc_word_in_wants_whole_words() -> None:
    assert P.doc_word_in("the Report found", 0, 11)
    assert P.doc_word_in("the COMMUNIQUÉ found", 0, 15)
    assert not P.doc_word_in("the reportage found", 0, 15)
    assert not P.doc_word_in("the report found", 5, 12)  # "eport": cut off on the left


@pytest.mark.parametrize("text", EXAMPLES)
def test_find_quote_mark_matches_the_class(text: str) -> None:
    original = re.compile("[\"“”„«»]")
    for lo in range(0, len(text) + 1, 2):
        for hi in (lo, lo + 5, lo + 30, len(text)):
            m = original.search(text, lo, hi)
            assert P.find_quote_mark(text, lo, hi) == (m.start() if m else -1)


def test_capital_class_characters_are_those_the_regex_class_matches() -> None:
    cls = re.compile(f"[{cues.UPPER}]")
    matched = {chr(c) for c in range(0x10000) if cls.fullmatch(chr(c))}
    assert matched == P._class_chars(cues.UPPER)
    assert P._class_chars("A-Z") == set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


@pytest.mark.parametrize("text", EXAMPLES)
def test_name_pattern_finds_the_names_the_full_pattern_finds(text: str) -> None:
    full = re.compile(P._name_pattern(cues.UPPER))
    chosen = P.name_pattern(text)
    for lo in range(0, len(text) + 1, 7):
        got = [m.span() for m in chosen.finditer(text, lo)]
        assert got == [m.span() for m in full.finditer(text, lo)]


def test_name_pattern_reads_names_beyond_ascii() -> None:
    text = "Slobodan Šešelj met Ελένη Παπαδοπούλου."
    names = [m.group() for m in P.name_pattern(text).finditer(text)]
    assert names == ["Slobodan Šešelj", "Ελένη Παπαδοπούλου"]
    ascii_text = "Ana Ruiz of the World Health Organization met “Bob” O’Brien."
    names = [m.group() for m in P.name_pattern(ascii_text).finditer(ascii_text)]
    assert names == ["Ana Ruiz of the World Health Organization", "Bob", "O’Brien"]
