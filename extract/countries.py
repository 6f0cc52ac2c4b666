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
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
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

_WORD = r"[A-Z][\w'’\-]*"
_GOV_FOLLOW = re.compile(
    # optional "and Moscow" / "and the Kremlin": one other actor sharing the verb
    rf"(?:(?:\s*,\s*|\s+(?:and|or|&)\s+|\s*,\s*and\s+)(?:the\s+)?{_WORD}(?:\s+{_WORD})?)"
    r"{0,4}"
    # optional time phrase without commas: "Tehran on Monday denied"
    r"(?:\s+(?:on\s+\w+day|today|yesterday|tonight|again|this\s+week|last\s+week))?"
    # optional interjection ", however," / ", for its part,"
    r"(?:\s*,\s*(?:however|meanwhile|though|too|in turn|for its part|for their part|"
    r"in response|in a statement|on \w+day)\s*,)?"
    rf"(?:\s+(?:{'|'.join(_AUX)})(?:\s+not|n['’]t)?(?:\s+been|\s+be)?)?"
    rf"(?:\s+(?:\w+ly|{'|'.join(_ADVERBS)}))*"
    rf"\s+(?:{'|'.join(_GOV_VERBS)})\b"
)
_GOV_POSSESSIVE = re.compile(
    rf"['’]s?(?:\s+[a-z]+)?\s+(?:{'|'.join(_GOV_NOUNS)})\b"
)
# After a possessive, these make an ambiguous word a country, not a person ("Chad's
# government", "Jordan's king").
_STATE_NOUNS = _GOV_NOUNS + _words(
    "king queen president prime minister ministers parliament capital border borders "
    "economy people citizens embassy constitution monarchy army navy"
)
_STATE_POSSESSIVE = re.compile(
    rf"['’]s?(?:\s+[a-z]+)?\s+(?:{'|'.join(_STATE_NOUNS)})\b", re.IGNORECASE
)
# Currency names that are also common English words: money only after a demonym
# ("South Korean won", "Brazilian real"), never after a name ("Norway won").
_CURRENCY_AFTER_DEMONYM = _words("won real reais rand lev leu lei")
_CURRENCY_FOLLOW = re.compile(rf" ?\$|\s+(?:{'|'.join(_CURRENCY)})\b")
_CURRENCY_DEMONYM_FOLLOW = re.compile(rf"\s+(?:{'|'.join(_CURRENCY_AFTER_DEMONYM)})\b")
_SPEECH_FOLLOW = re.compile(
    rf"(?:\s+(?:{'|'.join(_AUX)}))?(?:\s+\w+ly)?\s+(?:{'|'.join(_SPEECH_VERBS)})\b"
)
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
_US_CUES = re.compile(
    r"\b(?:Republicans?|Democrats|Democratic (?:Party|primary|primaries|nominee|debate)|"
    r"Senators?|Sen\.|Rep\.|Congress(?:man|woman)?|GOP|Atlanta|Savannah|Augusta|"
    r"[Cc]ounty|gubernatorial)\b"
)
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


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    """Load the bundled table once; it is read-only data shipped with the package."""
    raw = resources.files("extract").joinpath("data/countries.json").read_text("utf-8")
    return json.loads(raw)


def country_codes() -> tuple[str, ...]:
    """Every code the table knows (ISO 3166-1 alpha-2 plus XK), sorted."""
    return tuple(sorted(_table()["countries"]))


def country_name(code: str) -> str:
    """Short English name for a code ("GB" -> "United Kingdom"); the code itself if unknown."""
    entry = _table()["countries"].get(code.upper())
    return entry["name"] if entry else code


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation of `words` as a prefix trie, longer continuations tried first."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


@lru_cache(maxsize=1)
def _matcher() -> tuple[re.Pattern[str], dict[str, tuple[str, str]], dict[str, Any]]:
    """Compile the one big regex and the form -> (kind, code) lookup."""
    table = _table()
    forms: dict[str, tuple[str, str]] = {}
    for code, entry in table["countries"].items():
        for kind, key in ((NAME, "names"), (DEMONYM, "demonyms"), (CAPITAL, "capitals"),
                          (SEAT, "seats")):
            for form in entry[key]:
                forms.setdefault(form, (kind, code))
    for form in table["blockers"]:
        forms[form] = (BLOCK, "")
    pattern = re.compile(r"(?<![\w])" + _trie_pattern(list(forms)) + r"(?![\w])")
    extra = {
        "first_names": frozenset(table["first_names"]),
        "surnames": frozenset(table["surnames"]),
        "us_states": frozenset(table["us_states"]),
        "us_state_re": re.compile(
            r"(?<![\w])(?:" + _trie_pattern(table["us_states"]) + r")(?![\w])"
        ),
        "capital_codes": {
            c: frozenset(e["capitals"]) for c, e in table["countries"].items()
        },
    }
    return pattern, forms, extra


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
    return bool(_GOV_FOLLOW.match(text, end) or _GOV_POSSESSIVE.match(text, end))


def _in_us_state_list(text: str, start: int, end: int, states: re.Pattern[str]) -> bool:
    """True when a neighbour in a comma/and list is a US state: "Florida, Georgia, Kansas"."""
    before = text[max(0, start - _LOOKBACK):start]
    prev_item = _PREV_ITEM.search(before)
    if prev_item and states.fullmatch(prev_item.group(1)):
        return True
    next_item = _NEXT_ITEM.match(text, end)
    return bool(next_item and states.match(next_item.group(1)))


def _us_context(text: str, states: re.Pattern[str]) -> bool:
    """The article is about US places: it names a US state other than the ambiguous ones."""
    return any(m.group() not in _AMBIGUOUS_STATES for m in states.finditer(text))


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
        bool(_STATE_POSSESSIVE.match(text, c.end))


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
    pattern, forms, extra = _matcher()
    first_names: frozenset[str] = extra["first_names"]
    surnames: frozenset[str] = extra["surnames"]
    us_states: frozenset[str] = extra["us_states"]
    states_re: re.Pattern[str] = extra["us_state_re"]

    cands: list[_Cand] = []
    person_words: set[str] = set()
    for m in pattern.finditer(text):
        form = m.group()
        kind, code = forms[form]
        if kind == BLOCK:
            continue
        start, end = m.span()
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
            if _CURRENCY_FOLLOW.match(text, end) or (
                c.kind == DEMONYM and _CURRENCY_DEMONYM_FOLLOW.match(text, end)
            ):
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
                if _US_CUES.search(text, max(0, start - 200), min(len(text), end + 100)):
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
