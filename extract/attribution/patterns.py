"""Word sets and precompiled patterns the attribution stage reads text with.

Small on purpose: each pattern here compiles at import, so long alternations are
sets looked up in code instead.
"""

from __future__ import annotations

import re

from extract import cues
from extract.lazy_re import lazy

_U = cues.UPPER
_CAPTOK = rf"(?:(?:[{_U}]\.){{2,}}|[{_U}][\w\-]*(?:[’'][\w]+)?|[{_U}]\.(?=[ \t]+[{_U}]))"
_NAME_RE = lazy(
    rf"{_CAPTOK}(?:(?:[ \t]+(?:(?:of|for|de|del|da|di|du|van|von|der|den|bin|ibn|al|el|la|le|"
    rf"and|on)[ \t]+)?(?:the[ \t]+|The[ \t]+)?|-){_CAPTOK})*"
)
_LABEL_RE = lazy(r"\(\(([^()\n]{2,60})\)\)")
_PAREN_RE = lazy(r"\(([^()\n]{1,24})\)")
_POSS_RE = lazy(
    r"['’]s?\s+(?:(?:own|latest|new|initial|earlier|official|previous|"
    r"first|recent|public|written|formal|annual|final|preliminary)\s+)?(?:"
    + "|".join(sorted(cues.POSSESSIVE_NOUNS, key=len, reverse=True))
    + r")\b"
)
_TOKEN_RE = lazy(
    r"(?:[A-Za-z]\.){2,}|\w+(?:[-’'&/.]\w+)*(?:(?<=s)['’](?![\w]))?\.?|[^\w\s]"
)
_EDGE = " \t\n.,;:!?…'\"‘’“”()[]—–-"
_YEAR_RE = lazy(r"\d{4}$")
_MONTHS = frozenset(cues.MONTHS.replace("\\", "").split("|"))
_STRONG_NAMING_RE = lazy(
    r"\b(?:named|dubbed|titled|entitled|nicknamed|known\s+as|designated|codenamed|"
    r"code-named|renamed|termed|labell?ed|branded|billed\s+as)\b"
)
_NAMING_NOUN_BEFORE_RE = lazy(
    r"\b(?:nickname|nicknames|name|names|term|terms|word|words|phrase|hashtag|slogan|title|"
    r"codename|moniker|label|motto|catchphrase|brand)\s*[,:]?\s*$",
    re.IGNORECASE,
)
_PASSIVE_CALLED_RE = lazy(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:called|termed|known\s+as)"
    r"(?:\s+(?:the|a|an))?\s*$"
)
_NAMING_JUST_BEFORE_RE = lazy(
    r"(?:\b(?:called|as|word|words|term|terms|name|names|phrase|designation|hashtag|slogan|"
    r"album|song|single|film|movie|book|novel|show|series|programme|program|operation|"
    r"website|site|app|campaign|project|documentary|play|exhibition|game|motto|banner|"
    r"title|titles|brand|label|codename|nickname|like|for|is|was|and|or|with|the)\s*[,:]?"
    r"|[/(])\s*$",
    re.IGNORECASE,
)
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
    r"\b(?:" + "|".join(sorted(_LANGUAGES)) + r")\s+for)\s*[,:]?\s*[\"“„«]?$"
)
# A short quoted fragment (up to four words), removed when checking what lies between a
# cue and a later fragment of the same cue.
_SHORT_QUOTED_RE = lazy(r"[\"“„«][^\"“”„«»]{1,40}[\"”»]")
_ONE_OF_RE = lazy(
    r"(?:One|Some|Several|Many|Two|Three|Both|Most|None|Each|Any|Another)\s+of\s+"
    r"(?:the|his|her|their|its|our)\s+(?:[\w-]+\s+){0,2}?([a-z][\w-]*s|children|people|men|women)\b"
)
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
_QUOTE_MARK_RE = lazy("[\"“”„«»]")
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
