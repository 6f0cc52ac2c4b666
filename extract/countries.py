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

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["CountryHit", "country_codes", "country_name", "find_countries"]

NAME, DEMONYM, CAPITAL, SEAT, BLOCK = "name", "demonym", "capital", "seat", "block"


@dataclass(frozen=True, slots=True)
class CountryHit:
    """One mention of a country: its code and the span of the words that name it."""

    code: str
    start: int
    end: int


# --- context vocabulary (general English, not tied to any article) -------------------------


def _words(spaced: str) -> tuple[str, ...]:
    """Split a space-separated word list (keeps the long vocabularies readable)."""
    return tuple(spaced.split())


# Verbs that say a government acted or spoke: a capital followed by one stands for it.
_GOV_VERBS = _words(
    "said says announced announces denied denies deny insisted insists insist considering "
    "considered considers warned warns warn accused accuses rejected rejects responded "
    "responds condemned condemns threatened threatens imposed imposes sanctioned agreed "
    "agrees refused refuses wants wanted plans planned planning hopes hoped believes "
    "believed urged urges demanded demands called calls claimed claims confirmed confirms "
    "stated argued argues expelled expels recalled retaliated retaliates vowed vows pledged "
    "pledges promised promises declared declares dismissed dismisses blamed blames "
    "criticised criticized criticises criticizes welcomed welcomes backed backs supports "
    "supported opposes opposed sought seeks protested protests objected objects complained "
    "complains reacted reacts retorted countered maintained maintains signalled signaled "
    "signals indicated indicates acknowledged acknowledges admitted admits asked asks "
    "ordered orders approved approves authorised authorized decided decides recognised "
    "recognized recognises recognizes launched deployed suspended halted "
    "summoned summons negotiated negotiating pushed pushing pressed pressing trying tried "
    "tries offered offers proposed proposes accepted accepts rebuffed slammed "
    "retaliating responding insisting denying claiming warning threatening seeking hoping "
    "demanding urging accusing considering weighing weighed weighs mulling intends "
    "intended expects fears feared views viewed regards regarded fired fires tested tests "
    "seized seizes detained detains sent sends dispatched invited invites pulled withdrew "
    "withdraws joined joins signed signs ratified ratifies vetoed vetoes"
)
_AUX = _words(
    "has have had is are was were will would could can may might must should shall did "
    "does do"
)
_ADVERBS = _words("also still already never now then not reportedly repeatedly quickly swiftly")
# Nouns after a capital's possessive that make it the government ("Moscow's decision").
_GOV_NOUNS = _words(
    "decision decisions policy policies position positions response stance demand demands "
    "sanction sanctions support relations ties ally allies government regime claim claims "
    "refusal move moves actions efforts plan plans proposal proposals approach strategy "
    "envoy envoys ambassador diplomats reaction request requests objections intervention "
    "invasion annexation offensive troops forces military leadership backing involvement "
    "influence interference warning warnings threat threats rejection refusal insistence "
    "crackdown diplomacy negotiators"
)
# Words that make a following place name a location, not an actor.
_PLACE_PREPOSITIONS = _words(
    "in at from to into near outside around across via through of throughout within "
    "inside toward towards between visited visiting"
)
# Capitalised words that may precede a country or capital without making it a person's name.
_NOT_GIVEN_NAMES = frozenset(
    _words(
        "The A An In At On From To For Of And But Or Nor With By As If While When After Before "
        "Since Yesterday Today Tomorrow Meanwhile However Also Both Neither Either Then Now "
        "Thus So Yet Although Though Where Whereas Like Unlike Against Including Only Even "
        "Communist Imperial Nazi Soviet Modern Ancient Greater Mainland Rural Southern "
        "Northern Eastern Western Central Coastal Democratic Republican Socialist Free "
        "Team Church Bank Queen King Prince Princess Kingdom Republic Visit Across Within "
        "North South East West Upper Lower Little New Old Great Mid Far Near Federal "
        "Outside Inside Throughout Via Did Does Do Has Have Had Is Are Was Were Will Would "
        "Could Should Can May Might Must Not No Every Each All Many Most Some Several Other "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
        "April June July August September October November December Why How What Who "
        "Which That This These Those There Here It Its Their His Her Our Your My We They "
        "He She I You Said Says Mr Mrs Ms Dr"
    )
)
_CURRENCY = _words(
    "dollar dollars pound pounds sterling franc francs yen yuan renminbi peso pesos rupee "
    "rupees rouble roubles ruble rubles lira liras rand real reais krona kronor krone kroner "
    "dinar dinars dirham dirhams riyal riyals rial rials shekel shekels zloty zlotys "
    "forint forints koruna hryvnia baht ringgit rupiah naira shilling shillings "
    "cent cents kuna denar taka kwacha cedi birr"
)
_SPEECH_VERBS = _words(
    "said says told added noted explained stated claimed argued insisted recalled wrote "
    "tweeted replied answered asked admitted"
)

_AUX_SET = frozenset(_AUX)
_ADVERB_SET = frozenset(_ADVERBS)
_GOV_VERB_SET = frozenset(_GOV_VERBS)
_GOV_NOUN_SET = frozenset(_GOV_NOUNS)
# After a possessive, these make an ambiguous word a country, not a person ("Chad's
# government", "Jordan's king").
_STATE_NOUN_SET = _GOV_NOUN_SET | frozenset(_words(
    "king queen president prime minister ministers parliament capital border borders "
    "economy people citizens embassy constitution monarchy army navy"
))
# Currency names that are also common English words: money only after a demonym
# ("South Korean won", "Brazilian real"), never after a name ("Norway won").
_CURRENCY_SET = frozenset(_CURRENCY)
_CURRENCY_AFTER_DEMONYM = frozenset(_words("won real reais rand lev leu lei"))
_SPEECH_SET = frozenset(_SPEECH_VERBS)
# The patterns below stay small on purpose (compiling a regex of hundreds of alternatives
# costs tens of milliseconds at start-up): they only find the shape of the words after a
# name, and plain set lookups decide which words they are.
_WORD = r"[A-Z][\w'’\-]*"
# Other actors sharing the verb ("and Moscow", ", the Kremlin"), a time phrase, and an
# interjection (", for its part,") between a capital and its verb.
_GOV_PREFIX = re.compile(
    rf"(?:(?:\s*,\s*|\s+(?:and|or|&)\s+|\s*,\s*and\s+)(?:the\s+)?{_WORD}(?:\s+{_WORD})?)"
    r"{0,4}"
    r"(?:\s+(?:on\s+\w+day|today|yesterday|tonight|again|this\s+week|last\s+week))?"
    r"(?:\s*,\s*(?:however|meanwhile|though|too|in turn|for its part|for their part|"
    r"in response|in a statement|on \w+day)\s*,)?"
)
_NEXT_WORD = re.compile(r"\s+(\w+)")
_POSSESSIVE_WORDS = re.compile(r"['’]s?\s+(\w+)(?:\s+(\w+))?")
_CAP_FOLLOW = re.compile(r" [A-Z][a-z]")
_PREV_WORD = re.compile(r"([A-Za-z][\w'’\-]*)[ \t]+$")
_ALLCAPS_PREV = re.compile(r"\b[A-Z]{3,}[ \t]+$")
_CITY_COMMA = re.compile(r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*,\s*$")
_STATE_OF = re.compile(
    r"\b(?:[Ss]tate|[Ss]tates|[Gg]overnor|[Ss]enator|[Dd]istrict|[Uu]niversity) of\s+$"
)
_STATE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[Ss]tate\b|[Gg]overnor|[Ss]enate|[Gg]eneral [Aa]ssembly|"
    r"[Ll]egislature|[Hh]ouse of [Rr]epresentatives|[Dd]epartment of [Tt]ransportation)"
)
_LOOKBACK = 60
_LANGUAGE_LABEL = re.compile(r" language\s*:")
# Words near "Georgia" that say the US state is meant (US politics and places).
_US_CUES = (
    r"\b(?:Republicans?|Democrats|Democratic (?:Party|primary|primaries|nominee|debate)|"
    r"Senators?|Sen\.|Rep\.|Congress(?:man|woman)?|GOP|Atlanta|Savannah|Augusta|"
    r"[Cc]ounty|gubernatorial)\b"
)


@lru_cache(maxsize=1)
def _us_cues() -> re.Pattern[str]:
    """Compiled on first need: only an ambiguous US state name asks for it."""
    return re.compile(_US_CUES)

_PREV_ITEM = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s*(?:,|,?\s+(?:and|or))\s*$")
_NEXT_ITEM = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+(?:and\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)")
_LIST_GAP = re.compile(r"\s*(?:,|;|/|–|-|,?\s+(?:and|or|nor|&))\s*(?:the\s+)?")
_SEAT_PLACE = re.compile(
    r"\b(?:at|in|to|outside|inside|near|into|on|around|toward|towards|"
    r"[Ll]awn of|gates of|front of|grounds of)\s+(?:the\s+)?$"
)
# US state names that do not by themselves show that an article is about US places: they
# are also a country or a capital, or (New York) the city every international story names.
_AMBIGUOUS_STATES = frozenset({"Georgia", "Washington", "New York"})


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
_CANDIDATE_RE = re.compile(r"(?<!\w)[^\W\d_a-z]\w*")
_KEY_RE = re.compile(r"\w+")


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
            key = _KEY_RE.match(form)
            if key is not None and key.start() == 0:
                index.setdefault(key.group(), []).append(form)
        for alts in index.values():
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
    for code, entry in table["countries"].items():
        for kind, key in ((NAME, "names"), (DEMONYM, "demonyms"), (CAPITAL, "capitals"),
                          (SEAT, "seats")):
            for form in entry[key]:
                forms.setdefault(form, (kind, code))
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


def _gov_verb_follows(text: str, end: int) -> bool:
    """A government verb follows, maybe after co-actors, a time phrase, an interjection,
    an auxiliary (+not, +been) and adverbs: "Washington, for its part, has not denied"."""
    prefix = _GOV_PREFIX.match(text, end)
    starts = (prefix.end(), end) if prefix is not None and prefix.end() > end else (end,)
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


@dataclass(slots=True)
class _Cand:
    kind: str
    code: str
    form: str
    start: int
    end: int


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
