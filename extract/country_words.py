"""Context vocabulary for country finding: general English words and patterns around a
country word that tell a government, a person, a US state or money from a country.
None is tied to any article; extract/countries.py applies them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.lazy_re import lazy

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
_GOV_PREFIX = lazy(
    rf"(?:(?:\s*,\s*|\s+(?:and|or|&)\s+|\s*,\s*and\s+)(?:the\s+)?{_WORD}(?:\s+{_WORD})?)"
    r"{0,4}"
    r"(?:\s+(?:on\s+\w+day|today|yesterday|tonight|again|this\s+week|last\s+week))?"
    r"(?:\s*,\s*(?:however|meanwhile|though|too|in turn|for its part|for their part|"
    r"in response|in a statement|on \w+day)\s*,)?"
)
_NEXT_WORD = lazy(r"\s+(\w+)")
_POSSESSIVE_WORDS = lazy(r"['’]s?\s+(\w+)(?:\s+(\w+))?")
_CAP_FOLLOW = lazy(r" [A-Z][a-z]")
_PREV_WORD = lazy(r"([A-Za-z][\w'’\-]*)[ \t]+$")
_ALLCAPS_PREV = lazy(r"\b[A-Z]{3,}[ \t]+$")
_CITY_COMMA = lazy(r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*,\s*$")
_STATE_OF = lazy(
    r"\b(?:[Ss]tate|[Ss]tates|[Gg]overnor|[Ss]enator|[Dd]istrict|[Uu]niversity) of\s+$"
)
_STATE_AFTER = lazy(
    r"(?:['’]s)?\s+(?:[Ss]tate\b|[Gg]overnor|[Ss]enate|[Gg]eneral [Aa]ssembly|"
    r"[Ll]egislature|[Hh]ouse of [Rr]epresentatives|[Dd]epartment of [Tt]ransportation)"
)
_LOOKBACK = 60
_LANGUAGE_LABEL = lazy(r" language\s*:")
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

_PREV_ITEM = lazy(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s*(?:,|,?\s+(?:and|or))\s*$")
_NEXT_ITEM = lazy(r"\s*(?:,|,?\s+(?:and|or))\s+(?:and\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)")
_LIST_GAP = lazy(r"\s*(?:,|;|/|–|-|,?\s+(?:and|or|nor|&))\s*(?:the\s+)?")
_SEAT_PLACE = lazy(
    r"\b(?:at|in|to|outside|inside|near|into|on|around|toward|towards|"
    r"[Ll]awn of|gates of|front of|grounds of)\s+(?:the\s+)?$"
)
# US state names that do not by themselves show that an article is about US places: they
# are also a country or a capital, or (New York) the city every international story names.
_AMBIGUOUS_STATES = frozenset({"Georgia", "Washington", "New York"})
