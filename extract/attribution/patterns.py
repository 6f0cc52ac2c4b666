"""Word sets and precompiled patterns the attribution stage reads text with.

Small on purpose: each pattern here compiles at import, so long alternations are
sets looked up in code instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract import cues
from extract.lazy_re import lazy

_U = cues.UPPER


def _name_pattern(upper: str) -> str:
    """A run of capitalised words (with "of", "de", "the"... between): a name mention.

    `upper` is the body of the character class of capitals a word can start with.
    """
    cap = (rf"(?:(?:[{upper}]\.){{2,}}|[{upper}][\w\-]*(?:[’'][\w]+)?"
           rf"|[{upper}]\.(?=[ \t]+[{upper}]))")
    return (
        rf"{cap}(?:(?:[ \t]+(?:(?:of|for|de|del|da|di|du|van|von|der|den|bin|ibn|al|el|la|le|"
        rf"and|on)[ \t]+)?(?:the[ \t]+|The[ \t]+)?|-){cap})*"
    )


def _class_chars(spec: str) -> frozenset[str]:
    """The characters a class body of plain characters and ranges ("A-ZÀ-Ö") stands for."""
    out: set[str] = set()
    i = 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            out.update(map(chr, range(ord(spec[i]), ord(spec[i + 2]) + 1)))
            i += 3
        else:
            out.add(spec[i])
            i += 1
    return frozenset(out)


_NAME_RE = lazy(_name_pattern(_U))
# The same pattern with A-Z for the capitals. On a text without a capital beyond A-Z it
# matches exactly what _NAME_RE matches, and it compiles in a tenth of the time: each of
# the eight non-Latin-1 classes of _NAME_RE costs about 0.5 ms to compile, and most
# articles have no such capital. `name_pattern(text)` picks one.
_NAME_ASCII_RE = lazy(_name_pattern("A-Z"))
_NON_ASCII_UPPER = _class_chars(_U) - _class_chars("A-Z")


def name_pattern(text: str) -> re.Pattern[str]:
    """The name pattern for `text`: the A-Z one when no other capital occurs in it."""
    if text.isascii() or _NON_ASCII_UPPER.isdisjoint(text):
        return _NAME_ASCII_RE
    return _NAME_RE
_LABEL_RE = lazy(r"\(\(([^()\n]{2,60})\)\)")
_PAREN_RE = lazy(r"\(([^()\n]{1,24})\)")
# "the ministry's statement", "Reuters' own report": an apostrophe, a word, maybe one more.
# The words are looked up in sets (see possessive_cues) rather than spelt out as an
# alternation, which took a millisecond to compile. The same pattern as country_words.py
# _POSSESSIVE_WORDS, so whichever compiles second comes from the re module's cache.
_POSS_WORDS_RE = lazy(r"['’]s?\s+(\w+)(?:\s+(\w+))?")
_POSS_ADJECTIVES = frozenset(
    {"own", "latest", "new", "initial", "earlier", "official", "previous", "first", "recent",
     "public", "written", "formal", "annual", "final", "preliminary"}
)


def possessive_cues(text: str) -> Iterator[tuple[int, int]]:
    """Spans of "'s statement", "’ own report": a possessive before a noun of speech
    (cues.POSSESSIVE_NOUNS), maybe after one adjective from _POSS_ADJECTIVES.

    Leftmost and non-overlapping, as a finditer of the alternation
    ['’]s?\\s+(?:(?:ADJECTIVES)\\s+)?(?:NOUNS)\\b would give them: no adjective is a noun,
    and no span this skips over holds an apostrophe another match could start at.
    """
    nouns = cues.POSSESSIVE_NOUNS
    for m in _POSS_WORDS_RE.finditer(text):
        first, second = m.group(1, 2)
        if second is not None and second in nouns and first in _POSS_ADJECTIVES:
            yield m.start(), m.end(2)
        elif first in nouns:
            yield m.start(), m.end(1)
_TOKEN_RE = lazy(
    r"(?:[A-Za-z]\.){2,}|\w+(?:[-’'&/.]\w+)*(?:(?<=s)['’](?![\w]))?\.?|[^\w\s]"
)
_EDGE = " \t\n.,;:!?…'\"‘’“”()[]—–-"
_YEAR_RE = lazy(r"\d{4}$")
_MONTHS = frozenset(cues.MONTHS.replace("\\", "").split("|"))
_STRONG_NAMING_RE = lazy(
    r"\b(?:named|dubbed|titled|entitled|nicknamed|known\s+as|designated|codenamed|"
    r"code-named|renamed|termed|labell?ed|branded|billed\s+as)\b",
    needles=("named", "dubbed", "titled", "known", "designated", "termed", "label", "branded",
             "billed"),
)
_NAMING_NOUNS = (
    "nickname", "nicknames", "name", "names", "term", "terms", "word", "words", "phrase",
    "hashtag", "slogan", "title", "codename", "moniker", "label", "motto", "catchphrase", "brand",
)
_NAMING_NOUN_BEFORE_RE = lazy(
    r"\b(?:" + "|".join(_NAMING_NOUNS) + r")\s*[,:]?\s*$",
    re.IGNORECASE,
)
_PASSIVE_CALLED_RE = lazy(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:called|termed|known\s+as)"
    r"(?:\s+(?:the|a|an))?\s*$",
    needles=("called", "termed", "known"),
)
_NAMING_JUST_WORDS = (
    "called", "as", "word", "words", "term", "terms", "name", "names", "phrase", "designation",
    "hashtag", "slogan", "album", "song", "single", "film", "movie", "book", "novel", "show",
    "series", "programme", "program", "operation", "website", "site", "app", "campaign",
    "project", "documentary", "play", "exhibition", "game", "motto", "banner", "title", "titles",
    "brand", "label", "codename", "nickname", "like", "for", "is", "was", "and", "or", "with",
    "the",
)
_NAMING_JUST_BEFORE_RE = lazy(
    r"(?:\b(?:" + "|".join(_NAMING_JUST_WORDS) + r")\s*[,:]?|[/(])\s*$",
    re.IGNORECASE,
)
_NAMING_NOUN_SET = frozenset(_NAMING_NOUNS)
_NAMING_JUST_SET = frozenset(_NAMING_JUST_WORDS)


def _last_word(s: str) -> str:
    """The word characters `s` ends with, once trailing spaces, then one comma or colon
    and the spaces before it are dropped: "the term:  " -> "term", "x (" -> ""."""
    t = s.rstrip()
    if t[-1:] in (",", ":"):
        t = t[:-1].rstrip()
    return _trailing_word(t)


def _trailing_word(t: str) -> str:
    """The word characters (\\w) `t` ends with."""
    i = len(t)
    while i and (t[i - 1].isalnum() or t[i - 1] == "_"):
        i -= 1
    return t[i:]


def _ends_with_word(s: str, words: frozenset[str], pattern: re.Pattern[str]) -> bool:
    """`pattern` is r"\\b(?:WORDS)\\s*[,:]?\\s*$" with IGNORECASE: does `s` end so? The last
    word is looked up in `words`; one beyond ASCII is left to the pattern (it folds more
    cases, like "ſ" for "s")."""
    word = _last_word(s)
    if not word:
        return False
    if word.isascii():
        return word.lower() in words
    return pattern.search(s) is not None


def naming_noun_before(s: str) -> bool:
    """`_NAMING_NOUN_BEFORE_RE.search(s)` as a bool: "his nickname", "the term:"."""
    return _ends_with_word(s, _NAMING_NOUN_SET, _NAMING_NOUN_BEFORE_RE)


def naming_just_before(s: str) -> bool:
    """`_NAMING_JUST_BEFORE_RE.search(s)` as a bool: "called", "the album", "(" at the end."""
    return s.rstrip()[-1:] in ("/", "(") or _ends_with_word(
        s, _NAMING_JUST_SET, _NAMING_JUST_BEFORE_RE)
_LANGUAGE_NAMES = (
    "English Latin Greek French German Spanish Italian Portuguese Dutch Russian Arabic Hebrew "
    "Persian Farsi Turkish Hindi Urdu Bengali Chinese Mandarin Cantonese Japanese Korean "
    "Swahili Kiswahili Zulu Xhosa Yoruba Hausa Igbo Amharic Somali Malay Indonesian Tagalog "
    "Thai Vietnamese Polish Czech Hungarian Romanian Ukrainian Serbian Croatian Irish Welsh "
    "Gaelic Maori Hawaiian Lingala Norwegian Swedish Danish Finnish Icelandic Kurdish Pashto "
    "Dari Tamil Sanskrit"
)
_LANGUAGES = frozenset(_LANGUAGE_NAMES.split())
# A gloss or translation of a name, not speech: 'the Tana, or "the mirror"', 'a word
# meaning "crossing"', 'which translates as "new dawn"', 'Swahili for "we heal"'.
_GLOSS_BEFORE_RE = lazy(
    r"(?:(?<![\"”»’'])\s*,\s*or|\bmeaning|\bwhich\s+means|\bthat\s+means|\btranslated\s+as|"
    r"\btranslates\s+(?:as|to)|\bliterally|\bshort\s+for|\bfor\s+short|"
    r"\b(?:" + "|".join(sorted(_LANGUAGES)) + r")\s+for)\s*[,:]?\s*[\"“„«]?$",
    needles=("or", "mean", "translat", "literally"),  # "or" as in "for" too
)
# What the last word of a gloss wants right before it (after spaces): "which means".
_GLOSS_PAIRS = {"means": ("which", "that"), "as": ("translated", "translates"),
                "to": ("translates",), "short": ("for",)}


def _gloss_end(t: str) -> bool:
    """Does _GLOSS_BEFORE_RE match `t` up to its very end?"""
    if t[-1:] in ("\"", "“", "„", "«"):
        t = t[:-1]  # an opening mark at the end can only be the pattern's last one
    t = t.rstrip()
    if t[-1:] in (",", ":"):
        t = t[:-1].rstrip()
    word = _trailing_word(t)
    if word in ("meaning", "literally"):
        return True
    rest = t[: len(t) - len(word)]
    if word == "or":  # ', or': a comma (not right after a closing mark), spaces, "or"
        lead = rest.rstrip()
        return lead[-1:] == "," and lead[-2:-1] not in ("\"", "”", "»", "’", "'")
    head = rest.rstrip()
    if not word or len(head) == len(rest):
        return False  # two words need spaces between them
    prev = _trailing_word(head)
    if word == "for":
        return prev == "short" or prev in _LANGUAGES
    return prev in _GLOSS_PAIRS.get(word, ())


def gloss_before(s: str) -> bool:
    """`_GLOSS_BEFORE_RE.search(s)` as a bool, without compiling its alternation of
    languages (1.2 ms): the last words of `s` are looked up instead. As `$` does, a
    match may also end before a final newline."""
    return _gloss_end(s) or (s.endswith("\n") and _gloss_end(s[:-1]))
# A short quoted fragment (up to four words), removed when checking what lies between a
# cue and a later fragment of the same cue.
_SHORT_QUOTED_RE = lazy(r"[\"“„«][^\"“”„«»]{1,40}[\"”»]")
_ONE_OF_FIRST = ("One", "Some", "Several", "Many", "Two", "Three", "Both", "Most", "None",
                 "Each", "Any", "Another")
_ONE_OF_RE = lazy(
    r"(?:" + "|".join(_ONE_OF_FIRST) + r")\s+of\s+"
    r"(?:the|his|her|their|its|our)\s+(?:[\w-]+\s+){0,2}?([a-z][\w-]*s|children|people|men|women)\b"
)


def one_of_match(text: str, pos: int = 0) -> re.Match[str] | None:
    """`_ONE_OF_RE.match(text, pos)` ("One of the officials"), compiled only when the
    text at `pos` starts with one of its first words."""
    if not text.startswith(_ONE_OF_FIRST, pos):
        return None
    return _ONE_OF_RE.match(text, pos)
# Plurals without an -s whose singular names a person: "One of the children".
_IRREGULAR_PERSON_PLURALS = frozenset({"children", "people", "men", "women"})
_ING_INTRO = frozenset({"when", "while", "after", "before", "by", "in", "upon"})
# Words after an ambiguous -s form that show it is a plural noun ("US states as…").
_NOUN_NEXT = frozenset(
    {"as", "of", "and", "or", "were", "are", "have", "had", "in", "on", "for", "to", "with",
     "from", "by", "which", "who", "about", "against", "is", "was", "will", "would", "can",
     "could", "should", "may", "might", "must", "did", "do", "does", "at", "into", "over",
     "under", "after", "before", "since", "until", "among", "between", "during", "per", ")",
     ".", ";"}
)
_AMBIGUOUS_S = frozenset(
    {"states", "reports", "claims", "notes", "comments", "remarks", "calls", "tweets",
     "estimates", "demands", "lists", "shows", "finds", "reads", "warns", "credits",
     "points", "stresses", "cites", "denies", "replies", "says"}
)
# Base forms that are more often nouns ("state", "report"): a clause must follow.
_AMBIGUOUS_BASE = frozenset(
    {"state", "report", "claim", "note", "call", "show", "find", "list", "demand", "comment",
     "estimate", "remark", "tweet", "stress", "point", "cite", "credit", "read", "warn",
     "deny", "reply", "add", "respond", "publish", "describe", "react", "maintain"}
)
_CLAUSE_OPENERS = frozenset(
    {"that", "the", "a", "an", "this", "these", "those", "it", "they", "he", "she", "we",
     "there", "his", "her", "their", "its", "our", ":", "for", "out", "to", "what",
     "how", "why", "whether", "no", "some", "many", "most", "all"}
)
# Verbs that report speech only when a clause or quote follows ("observed that …").
_CLAUSE_REQUIRED = frozenset({"observe", "observed", "observes", "maintain", "maintained",
                              "maintains", "rule", "ruled", "rules"})
_QUOTE_CHARS = frozenset("\"“”„«»‘’'")
_ABBREV_DOT = frozenset({"mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "sen.", "rep.", "gov.",
                          "st.", "jr.", "sr.", "inc.", "ltd.", "co.", "corp.", "kft.", "lt.",
                          "col.", "capt.", "sgt.", "rev.", "no.", "jan.", "feb.", "mar.",
                          "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.",
                          "dec.", "u.s.", "u.k.", "u.n.", "e.u.", "d.c."})
_NAME_CONNECT = frozenset({"of", "for", "the", "de", "del", "da", "di", "du", "van", "von",
                            "der", "den", "bin", "ibn", "al", "el", "la", "le", "on", "and"})
_NOUNS_ANY = (cues.PERSON_NOUNS | cues.GROUP_NOUNS | cues.ORG_NOUNS | cues.DOCUMENT_NOUNS
              | cues.OUTLET_NOUNS)
_DESCRIPTOR_WORDS = _NOUNS_ANY | {
    "fellow", "former", "chief", "senior", "deputy", "daily", "television", "news",
    "public", "health", "medical", "state-owned",
}
_LOWER_PARTICLES = frozenset({"bin", "ibn", "al", "el", "de", "del", "da", "van", "von", "der",
                              "den", "di", "du", "la", "le", "dos", "das", "y"})
# Function-looking words that can end a proper name: "USA Today", "Democracy Now".
# "people believed to have been involved": participles that start a reduced passive.
_BELIEF_PARTICIPLES = frozenset(
    {"believed", "thought", "expected", "alleged", "rumoured", "rumored", "understood",
     "known", "estimated", "considered", "presumed", "feared", "suspected"}
)
_HYPHEN_ADJ_RE = lazy(r"^\w+-[a-z]")
_FIRST_PERSON_RE = lazy(r"\b(?:I|I'm|I’m|I've|I’ve|me|my|we|We|our|Our|us)\b")
# Speech verbs plain enough to accept any noun phrase as their subject ("the project said").
_PLAIN_SPEECH = frozenset({"said", "says", "say", "told", "tells", "stated", "states", "added",
                           "wrote", "writes", "explained", "noted", "announced", "confirmed",
                           "claimed", "denied", "insisted", "warned", "reported", "reports"})
_PERSONAL_RE = lazy(
    r"\b(?:I|I'm|I’m|me|my|we|We|our|Our|us|you|You|your|he|she|He|She|they|They)\b"
)
# Nouns for acts of speaking a participle can hang on: "a speech declaring …".
_SPEECH_ACTS = frozenset(
    {"speech", "statement", "address", "interview", "letter", "post", "tweet", "video",
     "message", "release", "announcement", "remarks", "op-ed", "essay", "column"}
)
_QUOTE_MARKS = "\"“”„«»"


def find_quote_mark(text: str, lo: int, hi: int) -> int:
    """Where the first of _QUOTE_MARKS is in text[lo:hi], or -1. (A class of these
    characters beyond Latin-1 costs half a millisecond to compile.)"""
    first = -1
    for mark in _QUOTE_MARKS:
        i = text.find(mark, lo, hi if first < 0 else first)
        if i >= 0:
            first = i
    return first
_GENDER_PRON_RE = lazy(r"\b(?:[Hh]e|him|[Hh]is|himself|[Ss]he|[Hh]er|hers|herself)\b")
_MODALS = frozenset({"will", "would", "could", "should", "can", "may", "might", "must",
                     "cannot", "shall", "won't", "wouldn't", "couldn't", "can't"})
_BASE_FORMS = frozenset({"say", "tell", "write", "explain", "reveal", "confirm", "announce",
                         "warn", "insist", "argue", "admit", "believe", "urge", "describe",
                         "criticize", "criticise", "continue", "recall", "conclude", "claim"})
_DOC_ONLY = cues.DOCUMENT_VERBS - cues.SPEECH_VERBS
_DOC_WORD_RE = lazy(
    r"\b(?:" + "|".join(sorted(cues.DOCUMENT_NOUNS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_WORD_AT_BOUNDARY_RE = lazy(r"\b\w+")


def doc_word_in(text: str, lo: int, hi: int) -> bool:
    """Is there a document noun ("report", "Findings") as a whole word in text[lo:hi]?

    `_DOC_WORD_RE.search(text, lo, hi)` without compiling its alternation of 80 words
    (2 ms at start-up): each word is looked up in cues.DOCUMENT_NOUNS. A word with a
    character beyond ASCII is left to the pattern, which folds case differently.
    """
    nouns = cues.DOCUMENT_NOUNS
    for m in _WORD_AT_BOUNDARY_RE.finditer(text, lo, hi):
        word = m.group()
        if word.isascii():
            if word.lower() in nouns:
                return True
        elif _DOC_WORD_RE.fullmatch(word):
            return True
    return False
_TIME_NOUNS = frozenset(
    {"weekend", "week", "month", "year", "day", "night", "morning", "evening", "afternoon",
     "time", "period", "decade", "century", "season", "hour", "moment", "years", "days"}
)
_TIME_WORDS = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
     "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December", "week", "month", "year", "night", "weekend"}
)
_NAME_END_WORDS = frozenset({"Today", "Now", "Tonight", "First", "Here", "Times"})
_APPOSITION_END_RE = lazy(r"[,;.]| who | which ")
# A word right before a cue word that shows the cue word is a noun ("the state", "a call").
_NOUN_BEFORE = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "these", "those",
     "of", "in", "on", "for", "with", "from", "at", "into", "no", "any", "each", "every",
     "some", "such", "whose", "which", "what", "first", "second", "new", "same", "last"}
)


# Texts this long are indexed by word before names are looked up across them.
_INDEX_FROM = 300_000
_WORD_RUN_RE = lazy(r"(?<!\w)[^\W\d_a-z]\w*")  # words a name can start with
