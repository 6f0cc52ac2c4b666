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


# --- patterns that compile only when a cheap test says they can match -----------------------

GATED_EXAMPLES = [
    *EXAMPLES,
    "a virus dubbed the \"Brain Eater\", a ship named Hope, known as \"the Rock\"; code-named "
    "Ivy, entitled \"Home\", labelled \"toxic\", labeled, branded, billed as \"new\", termed",
    "it is now called \"the zone\", was known as the, are termed a \"", "x was called",
    "the Tana, or \"the mirror\"; a word meaning \"crossing\", which means, which translates "
    "as \"dawn\", translated as, literally \"we heal\", short for, for short, Swahili for \"",
    "officials declined to comment; he refused to answer and did not immediately respond, "
    "would not comment; it issued a brief statement and made a formal announcement",
    "according to Reuters, According to the BBC, as reported by AP, As stated by the court",
    "per the report, Per AFP, per a statement, per cent, paper, 5 per 100",
    "One of the officials, Some of his aides; Both of their children; Any of our people. "
    "Another of the men, None of its staff",
]


def _gated() -> list[tuple[str, object]]:
    out = []
    for module in (P, cues):
        for name in dir(module):
            value = getattr(module, name)
            if type(value).__name__ == "_GatedPattern":
                out.append((f"{module.__name__}.{name}", value))
    return out


def test_the_gated_patterns_are_found() -> None:
    names = {name.rsplit(".", 1)[1] for name, _ in _gated()}
    assert {"_STRONG_NAMING_RE", "_PASSIVE_CALLED_RE", "_GLOSS_BEFORE_RE", "NEGATIVE_CUE_RE",
            "ACCORDING_RE", "PER_RE"} <= names


@pytest.mark.parametrize(("name", "gated"), _gated(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_match_of_a_gated_pattern_holds_a_needle(name: str, gated: object) -> None:
    pattern, flags = gated._source  # type: ignore[attr-defined]
    needles = gated._needles  # type: ignore[attr-defined]
    eager = re.compile(pattern, flags)
    found = 0
    for text in GATED_EXAMPLES:
        for lo in range(len(text) + 1):
            m = eager.search(text, lo)
            if m is not None:
                found += 1
                assert any(n in m.group() for n in needles), (name, m.group())
    assert found, f"{name}: no example matches"


@pytest.mark.parametrize("text", GATED_EXAMPLES)
def test_gated_patterns_answer_as_the_compiled_ones(text: str) -> None:
    for name, gated in _gated():
        eager = re.compile(*gated._source)  # type: ignore[attr-defined]
        fresh = type(gated)(*gated._source, gated._needles)  # type: ignore[attr-defined]
        for lo in range(0, len(text) + 1, 5):
            for hi in (lo, lo + 12, len(text)):
                for method in ("search", "match", "fullmatch"):
                    got = getattr(fresh, method)(text, lo, hi)
                    want = getattr(eager, method)(text, lo, hi)
                    assert (got and got.span()) == (want and want.span()), (name, method, lo, hi)
                got_all = [m.span() for m in fresh.finditer(text, lo, hi)]
                assert got_all == [m.span() for m in eager.finditer(text, lo, hi)], name


def test_a_gated_pattern_without_its_needles_in_the_text_stays_uncompiled() -> None:
    from extract.lazy_re import lazy

    gated = lazy(r"\bnamed\s+(\w+)", needles=("named",))
    assert gated.search("nothing to see") is None
    assert list(gated.finditer("nothing to see")) == []
    assert "search" not in vars(gated)  # not compiled yet
    assert gated.search("a ship named Hope").group(1) == "Hope"  # type: ignore[union-attr]
    assert gated.search("named", 1) is None


@pytest.mark.parametrize("text", GATED_EXAMPLES)
def test_one_of_match_matches_the_pattern(text: str) -> None:
    eager = re.compile(P._ONE_OF_RE._source[0])  # type: ignore[attr-defined]
    for pos in range(len(text) + 1):
        got, want = P.one_of_match(text, pos), eager.match(text, pos)
        assert (got and got.span()) == (want and want.span())
    assert P.one_of_match("Two of the protesters said") is not None


GOV_EXAMPLES = [
    "Washington has said", "Moscow, for its part, has not denied", "Paris, Berlin and Rome "
    "agreed", "Beijing and the EU said", "Tokyo on Monday said", "Seoul today announced",
    "Kyiv again denied", "Delhi this week said", "Ankara last week warned", "Cairo , and",
    "Madrid,however, said", "Lima  &  Quito said", "Oslo\n\nand Bern", "Rome's", "Bonn",
    "Vienna andorra", "Bern or", "Doha,", "Riga\u2003and Tallinn said", "Sofia thistle",
]


@pytest.mark.parametrize("text", GOV_EXAMPLES)
def test_gov_prefix_end_matches_the_pattern(text: str) -> None:
    from extract import countries, country_words

    eager = re.compile(country_words._GOV_PREFIX._source[0])  # type: ignore[attr-defined]
    for end in range(len(text) + 1):
        m = eager.match(text, end)
        assert countries._gov_prefix_end(text, end) == (m.end() if m else end), end


# --- words a quotation follows, looked up in sets ---------------------------------------------

BEFORE_QUOTES = [
    "", " ", "called", "so-called ", "his nickname ", "the term: ", "the terms ,  ", "The Album",
    "a film called ", "the BOOK:", "words,,", "x_as ", "book2 ", "(", " / ", "(,", "/ ,", "as,\n",
    "known as\t", "a song titled", "the hashtag #", "the PROGRAMME ", "program:", "Like ",
    "aſ ", "liKe ", "the ſlogan:", "the naïve ", "word\u2003", "a motto\u00a0:\u00a0",
    "a  catchphrase  :  ", "brand-", "the brand's ", "is", "THE", "“", "it was", "was,",
]


@pytest.mark.parametrize("text", BEFORE_QUOTES)
def test_naming_words_before_a_quote_as_the_patterns_found_them(text: str) -> None:
    noun = re.compile(*P._NAMING_NOUN_BEFORE_RE._source)  # type: ignore[attr-defined]
    just = re.compile(*P._NAMING_JUST_BEFORE_RE._source)  # type: ignore[attr-defined]
    assert P.naming_noun_before(text) == (noun.search(text) is not None)
    assert P.naming_just_before(text) == (just.search(text) is not None)


def test_naming_words_before_a_quote() -> None:
    assert P.naming_noun_before("his nickname, ") and P.naming_noun_before("the Term:")
    assert not P.naming_noun_before("the terminal ")
    assert P.naming_just_before("a film called ") and P.naming_just_before("the album (")
    assert not P.naming_just_before("she said ")


# --- the country lexicon ------------------------------------------------------------------------


def _reference_index(forms: frozenset[str]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for form in forms:
        key = re.match(r"\w+", form)
        if key is not None:
            index.setdefault(key.group(), []).append(form)
    return {k: sorted(v, key=lambda f: (-len(f), f)) for k, v in index.items()}


def test_country_lexicon_indexes_every_form_by_its_leading_word() -> None:
    from extract.country_table import _Lexicon, _matcher

    lexicon, _forms, extra = _matcher()
    tricky = frozenset({"Côte d'Ivoire", " Spaced", "_Under score", "U.S.", "U.S. Army",
                        "São Tomé", "Guinea-Bissau", "Guinea", "Guinea Bissau", "-dash",
                        "Tab\tform", "Nbsp\u00a0form", "２０ wide", "Ⅻ roman", "X"})
    for lex in (lexicon, extra["us_state_lexicon"], _Lexicon(tricky)):
        got = {k: sorted(v, key=lambda f: (-len(f), f)) for k, v in lex.index.items()}
        assert got == _reference_index(lex.forms)
        for alts in lex.index.values():  # longest first
            assert [len(f) for f in alts] == sorted((len(f) for f in alts), reverse=True)
    assert _Lexicon(tricky).match_at("Guinea-Bissau's", 0, "Guinea") == "Guinea-Bissau"


# --- glosses: 'X, or "the mirror"', 'meaning "crossing"', 'Swahili for "we heal"' ----------

_GLOSS_PIECES = [
    " ", "  ", "\t", "\n", "\u00a0", ",", ":", ";", '"', "“", "„", "«", "”", "»", "’", "'", "-",
    "_", "é", "x", "or", "for", "short", "which", "that", "means", "meaning", "translated",
    "translates", "as", "to", "literally", "Swahili", "English", "Klingon", "xor", "Or",
    "MEANING", "mean", "which means", "short for", "for short", ", or", '", or', "” , or",
]


def _gloss_examples() -> list[str]:
    import random

    rng = random.Random(20261128)
    out = ["", "or", ", or", '", or', '" , or', "the Tana, or “", 'a word meaning "',
           "which translates as «", "Swahili for „", "literally,", "for short:\n",
           'meaning "\n', "meaning \n\n", "that  means", "whichmeans", "short  for \u00a0"]
    for _ in range(6000):
        out.append("".join(rng.choice(_GLOSS_PIECES) for _ in range(rng.randint(1, 6))))
    return out


def test_gloss_before_matches_the_pattern() -> None:
    eager = re.compile(*P._GLOSS_BEFORE_RE._source)  # type: ignore[attr-defined]
    examples = _gloss_examples()
    hits = 0
    for text in examples:
        want = eager.search(text) is not None
        hits += want
        assert P.gloss_before(text) == want, repr(text)
    assert 200 < hits < len(examples) - 200  # both answers well represented


def test_gloss_before_finds_glosses_and_translations() -> None:
    assert P.gloss_before('the Tana, or "') and P.gloss_before("a word meaning “")
    assert P.gloss_before("Swahili for „") and P.gloss_before("which translates as ")
    assert not P.gloss_before('"the river", or ') and not P.gloss_before("she said “")


# --- the cue-word trie ------------------------------------------------------------------------


@pytest.mark.parametrize("words", [
    frozenset(w[:3] for w in cues.CUE_WORDS), cues.CUE_WORDS,
    frozenset({"a", "ab", "ac", "b-", "b]", "b^", "b\\", "abc", "abd"}),
])
def test_trie_pattern_matches_exactly_its_words(words: frozenset[str]) -> None:
    import itertools

    from extract.cues.verbs import trie_pattern

    trie = re.compile(trie_pattern(words))
    assert all(trie.fullmatch(w) for w in words)
    letters = sorted({ch for w in words for ch in w})[:12]
    for n in (1, 2, 3):
        for chars in itertools.product(letters, repeat=n):
            s = "".join(chars)
            assert bool(trie.fullmatch(s)) == (s in words), s


def test_cue_pattern_finds_cue_words_only_as_whole_lowercase_words() -> None:
    text = "She said it. They were told-off, he sayss, the report's reported claims Said"
    words = [m.group(1) for m in cues.CUE_RE.finditer(text)]
    assert [w for w in words if w in cues.CUE_WORDS] == ["said", "report", "reported", "claims"]
