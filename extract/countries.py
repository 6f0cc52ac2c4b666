"""Country mentions: ISO 3166-1 alpha-2 codes (XK for Kosovo) found in article text.

One compiled regex over every surface form in the bundled table (names, short forms,
demonyms, capitals, seats of government, and "blocker" phrases that swallow a country word
that is not a country, like "New Mexico"), built as a prefix trie so it stays fast with
thousands of forms. Each match then passes cheap context checks for the ambiguous cases:
capitals count only when they stand for a government, given names and surnames that are
also country names are people, "Georgia" beside US places is the state, "US$" is money.
Conventions follow /work/shared/gold/README.md ("Countries").
"""

from __future__ import annotations

import re
from typing import Any

from extract.country_table import (
    BLOCK,
    CAPITAL,
    DEMONYM,
    SEAT,
    _Lexicon,
    _matcher,
    country_codes,
    country_name,
)
from extract.country_words import (
    _ADVERB_SET,
    _ALLCAPS_PREV,
    _AMBIGUOUS_STATES,
    _AUX_SET,
    _CAP_FOLLOW,
    _CITY_COMMA,
    _CURRENCY_AFTER_DEMONYM,
    _CURRENCY_SET,
    _GOV_NOUN_SET,
    _GOV_PREFIX,
    _GOV_VERB_SET,
    _LANGUAGE_LABEL,
    _LIST_GAP,
    _LOOKBACK,
    _NEXT_ITEM,
    _NEXT_WORD,
    _NOT_GIVEN_NAMES,
    _PLACE_PREPOSITIONS,
    _POSSESSIVE_WORDS,
    _PREV_ITEM,
    _PREV_WORD,
    _SEAT_PLACE,
    _STATE_AFTER,
    _STATE_NOUN_SET,
    _STATE_OF,
    _us_cues,
)
from extract.record import Record

__all__ = ["CountryHit", "country_codes", "country_name", "find_countries"]


class CountryHit(Record, frozen=True):
    """One mention of a country: its code and the span of the words that name it."""

    __slots__ = ("code", "end", "start")

    code: str
    start: int
    end: int

    def __init__(self, code: str, start: int, end: int) -> None:
        set_ = object.__setattr__
        set_(self, "code", code)
        set_(self, "start", start)
        set_(self, "end", end)


# --- context checks -------------------------------------------------------------------------


def _prev_word(text: str, start: int) -> str:
    """The word right before `start` on the same line ("" when there is none)."""
    m = _PREV_WORD.search(text, max(0, start - _LOOKBACK), start)
    return m.group(1) if m else ""


def _after_given_name(text: str, start: int) -> bool:
    """True when a capitalised given name stands right before: "Michael Jordan"."""
    prev = _prev_word(text, start)
    return bool(prev) and prev[0].isupper() and prev not in _NOT_GIVEN_NAMES and \
        not prev.isupper() and prev[-1] not in ".’'"


def _is_metonym(text: str, start: int, end: int) -> bool:
    """A capital stands for its government: "Washington was considering", "Moscow's move"."""
    prev = _prev_word(text, start)
    if prev.lower() in _PLACE_PREPOSITIONS:
        return False
    return _gov_verb_follows(text, end) or _possessive_noun(text, end, _GOV_NOUN_SET)


# What a non-empty match of _GOV_PREFIX starts with after its leading spaces (a comma
# aside): a co-actor's "and", "or", "&", or a time phrase.
_GOV_PREFIX_WORDS = ("and", "or", "&", "on", "today", "yesterday", "tonight", "again", "this",
                     "last")


def _gov_prefix_end(text: str, end: int) -> int:
    """Where `_GOV_PREFIX.match(text, end)` ends. The pattern is compiled and run only when
    the text after `end` can start a non-empty match: spaces, then a comma or a word of
    _GOV_PREFIX_WORDS; otherwise it would match nothing, and that is `end`."""
    j, n = end, len(text)
    while j < n and text[j].isspace():
        j += 1
    if j < n and (text[j] == "," or (j > end and text.startswith(_GOV_PREFIX_WORDS, j))):
        prefix = _GOV_PREFIX.match(text, end)
        if prefix is not None:
            return prefix.end()
    return end


def _gov_verb_follows(text: str, end: int) -> bool:
    """A government verb follows, maybe after co-actors, a time phrase, an interjection,
    an auxiliary (+not, +been) and adverbs: "Washington, for its part, has not denied"."""
    prefix_end = _gov_prefix_end(text, end)
    starts = (prefix_end, end) if prefix_end > end else (end,)
    for pos in starts:
        words: list[str] = []
        p = pos
        while len(words) < 12:
            m = _NEXT_WORD.match(text, p)
            if m is None:
                break
            word, p = m.group(1), m.end()
            if word.endswith("n") and word[:-1] in _AUX_SET and text.startswith(("'t", "’t"), p):
                words.extend((word[:-1], "not"))  # "didn't"
                p += 2
            else:
                words.append(word)
        i = 0
        if i < len(words) and words[i] in _AUX_SET:
            i += 1
            if i < len(words) and words[i] == "not":
                i += 1
            if i < len(words) and words[i] in ("been", "be"):
                i += 1
        while i < len(words) and (words[i] in _ADVERB_SET or (
                len(words[i]) > 2 and words[i].endswith("ly"))):
            i += 1
        if i < len(words) and words[i] in _GOV_VERB_SET:
            return True
    return False


def _possessive_noun(text: str, end: int, nouns: frozenset[str], *,
                     any_case: bool = False) -> bool:
    """"'s" then (one lowercase word and) a noun from `nouns`: "Moscow's latest move"."""
    m = _POSSESSIVE_WORDS.match(text, end)
    if m is None:
        return False
    first, second = m.group(1), m.group(2)
    if (first.lower() if any_case else first) in nouns:
        return True
    if second is None or not first.isascii() or not first.isalpha():
        return False
    if not (any_case or first.islower()):
        return False
    return (second.lower() if any_case else second) in nouns


def _currency_follows(text: str, end: int, demonym: bool) -> bool:
    """Money, not the country: "US$8000", "US dollars", "South Korean won"."""
    if text.startswith(("$", " $"), end):
        return True
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    return word in _CURRENCY_SET or (demonym and word in _CURRENCY_AFTER_DEMONYM)


def _in_us_state_list(text: str, start: int, end: int, states: _Lexicon) -> bool:
    """True when a neighbour in a comma/and list is a US state: "Florida, Georgia, Kansas"."""
    before = text[max(0, start - _LOOKBACK):start]
    prev_item = _PREV_ITEM.search(before)
    if prev_item and prev_item.group(1) in states.forms:
        return True
    next_item = _NEXT_ITEM.match(text, end)
    return bool(next_item and states.starts(next_item.group(1)))


def _us_context(text: str, states: _Lexicon) -> bool:
    """The article is about US places: it names a US state other than the ambiguous ones."""
    return any(form not in _AMBIGUOUS_STATES for _, _, form in states.finditer(text))


class _Cand(Record):
    __slots__ = ("code", "end", "form", "kind", "start")

    kind: str
    code: str
    form: str
    start: int
    end: int

    def __init__(self, kind: str, code: str, form: str, start: int, end: int) -> None:
        self.kind = kind
        self.code = code
        self.form = form
        self.start = start
        self.end = end


def _placed(text: str, c: _Cand) -> bool:
    """A preposition or article right before makes an ambiguous word a place: "in Jordan"."""
    prev = _prev_word(text, c.start).lower()
    return prev in _PLACE_PREPOSITIONS or prev == "the" or \
        _possessive_noun(text, c.end, _STATE_NOUN_SET, any_case=True)


def _listed(text: str, cands: list[_Cand], i: int) -> bool:
    """The word sits in a list beside another country: "Sudan, Chad and Niger"."""
    c = cands[i]
    if i > 0 and cands[i - 1].kind != CAPITAL and \
            _LIST_GAP.fullmatch(text, cands[i - 1].end, c.start):
        return True
    return i + 1 < len(cands) and cands[i + 1].kind != CAPITAL and \
        bool(_LIST_GAP.fullmatch(text, c.end, cands[i + 1].start))


def find_countries(text: str) -> list[CountryHit]:
    """Every country mention in `text`, in text order; `text[start:end]` is the mention."""
    lexicon, forms, extra = _matcher()
    first_names: frozenset[str] = extra["first_names"]
    surnames: frozenset[str] = extra["surnames"]
    us_states: frozenset[str] = extra["us_states"]
    states_re: _Lexicon = extra["us_state_lexicon"]

    cands: list[_Cand] = []
    person_words: set[str] = set()
    for start, end, form in lexicon.finditer(text):
        kind, code = forms[form]
        if kind == BLOCK:
            continue
        if form in first_names and _CAP_FOLLOW.match(text, end):
            person_words.add(form)
            continue
        if form in surnames and _after_given_name(text, start):
            person_words.add(form)
            continue
        cands.append(_Cand(kind, code, form, start, end))

    # Evidence that a code is meant as a country somewhere in the article: a mention by a
    # word with no other reading, or an ambiguous word placed or listed as a country. Used to
    # decide bare ambiguous words ("Jordan said", "Georgia" in a US story).
    evidence: set[str] = set()
    for i, c in enumerate(cands):
        ambiguous = c.form in first_names or c.form in surnames or c.form in us_states
        if not ambiguous or (c.kind != CAPITAL and c.form not in us_states and
                             (_placed(text, c) or _listed(text, cands, i))):
            evidence.add(c.code)

    us_context: bool | None = None
    hits: list[CountryHit] = []
    for i, c in enumerate(cands):
        start, end, form = c.start, c.end, c.form
        person_prone = form in first_names or form in surnames
        if c.kind == CAPITAL:
            if form in person_words:
                continue  # "Paris said" in a story about Paris Hilton, not France
            if form in us_states and _in_us_state_list(text, start, end, states_re):
                continue
            if not _is_metonym(text, start, end):
                continue
        elif c.kind == SEAT:
            if _seat_as_place(text, start):
                continue
        else:
            if _currency_follows(text, end, c.kind == DEMONYM):
                continue  # "US$8000", "US dollars", "Swiss francs": money, not the country
            if c.kind == DEMONYM and text.startswith("))", max(0, start - 2)) and \
                    _LANGUAGE_LABEL.match(text, end):
                continue  # a language label of a quoted original: "((hu))Hungarian language:"
            if form.isupper() and _ALLCAPS_PREV.search(text, max(0, start - 20), start):
                continue  # "TELL US", headline capitals
            if person_prone and form not in us_states:
                placed = _placed(text, c) or _listed(text, cands, i)
                if not placed and (form in person_words or
                                   (form in first_names and c.code not in evidence)):
                    continue  # "Jordan said", "Chad was", with no sign the country is meant
            if form in us_states and c.code not in evidence:
                before = text[max(0, start - _LOOKBACK):start]
                if _CITY_COMMA.search(before) and not _capital_before(before, c.code, extra):
                    continue  # "Atlanta, Georgia"
                if _STATE_OF.search(before) or _STATE_AFTER.match(text, end):
                    continue
                if _in_us_state_list(text, start, end, states_re):
                    continue
                if _us_cues().search(text, max(0, start - 200), min(len(text), end + 100)):
                    continue  # "Republican Doug Collins of Georgia"
                if us_context is None:
                    us_context = _us_context(text, states_re)
                if us_context:
                    continue
        hits.append(CountryHit(c.code, start, end))
    return hits


def _seat_as_place(text: str, start: int) -> bool:
    """A seat of government used as a building: "at the White House", "outside the Kremlin"."""
    m = _SEAT_PLACE.search(text, max(0, start - 40), start)
    return bool(m)


def _capital_before(before: str, code: str, extra: dict[str, Any]) -> bool:
    """True when the place before "X, <country>" is that country's own capital."""
    m = re.search(r"([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*),\s*$", before)
    return bool(m) and m.group(1) in extra["capital_codes"].get(code, frozenset())
