"""Attribution: who each sentence attributes its content to, and who speaks each quote.

Rule-based and general. Speech/report cues ("said", "told", "according to", "declined
to comment", "the response reads", "the paper's claims", "confirmed by") are found over
the whole text with precompiled patterns; for each, the source phrase is read off the
tokens before or after the cue, then resolved: pronouns to the nearest fitting
antecedent, descriptions ("the commissioner", "the Embassy") to the entity they were
introduced with, documents to their issuer. Quotes take the speaker of their speech tag,
or of the last speaker when a quotation paragraph stands alone; every sentence inside a
quotation gets its speaker. Conventions: /work/shared/gold/README.md "Sources", "Quotes".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from extract import cues
from extract.model import Attribution, Paragraph, Sentence, Source, Span
from extract.sources import (
    Entry,
    SourceRegistry,
    classify,
    country_only,
    is_acronym,
    person_like,
    split_of,
    strip_determiner,
    strip_title,
)

__all__ = ["Attributed", "attribute"]


@dataclass(frozen=True, slots=True)
class Attributed:
    """The attribution stage's result: one entry per sentence and per quote candidate."""

    sources: list[Source]
    claim_sources: list[tuple[str, ...]]
    claim_attributions: list[tuple[Attribution, ...]]
    quote_speakers: list[str | None]
    quote_keep: list[bool]


class Tok(NamedTuple):
    start: int
    end: int
    text: str
    low: str


# --- precompiled patterns -----------------------------------------------------------------

_U = cues.UPPER
_CAPTOK = rf"(?:(?:[{_U}]\.){{2,}}|[{_U}][\w\-]*(?:[’'][\w]+)?|[{_U}]\.(?=[ \t]+[{_U}]))"
_NAME_RE = re.compile(
    rf"{_CAPTOK}(?:(?:[ \t]+(?:(?:of|for|de|del|da|di|du|van|von|der|den|bin|ibn|al|el|la|le|"
    rf"and|on)[ \t]+)?(?:the[ \t]+|The[ \t]+)?|-){_CAPTOK})*"
)
_LABEL_RE = re.compile(r"\(\(([^()\n]{2,60})\)\)")
_PAREN_RE = re.compile(r"\(([^()\n]{1,24})\)")
_POSS_RE = re.compile(
    r"['’]s?\s+(?:(?:own|latest|new|initial|earlier|official|previous|"
    r"first|recent|public|written|formal|annual|final|preliminary)\s+)?(?:"
    + "|".join(sorted(cues.POSSESSIVE_NOUNS, key=len, reverse=True))
    + r")\b"
)
_TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}|\w+(?:[-’'&/.]\w+)*(?:(?<=s)['’](?![\w]))?\.?|[^\w\s]"
)
_EDGE = " \t\n.,;:!?…'\"‘’“”()[]—–-"
_YEAR_RE = re.compile(r"\d{4}$")
_MONTHS = frozenset(cues.MONTHS.replace("\\", "").split("|"))
_STRONG_NAMING_RE = re.compile(
    r"\b(?:named|dubbed|titled|entitled|nicknamed|known\s+as|designated|codenamed|"
    r"code-named|renamed|termed|labell?ed|branded|billed\s+as)\b"
)
_NAMING_NOUN_BEFORE_RE = re.compile(
    r"\b(?:nickname|nicknames|name|names|term|terms|word|words|phrase|hashtag|slogan|title|"
    r"codename|moniker|label|motto|catchphrase|brand)\s*[,:]?\s*$",
    re.IGNORECASE,
)
_PASSIVE_CALLED_RE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:called|termed|known\s+as)"
    r"(?:\s+(?:the|a|an))?\s*$"
)
_NAMING_JUST_BEFORE_RE = re.compile(
    r"(?:\b(?:called|as|word|words|term|terms|name|names|phrase|designation|hashtag|slogan|"
    r"album|song|single|film|movie|book|novel|show|series|programme|program|operation|"
    r"website|site|app|campaign|project|documentary|play|exhibition|game|motto|banner|"
    r"title|titles|brand|label|codename|nickname|like|for|is|was|and|or|with|the)\s*[,:]?"
    r"|[/(])\s*$",
    re.IGNORECASE,
)
_ONE_OF_RE = re.compile(
    r"(?:One|Some|Several|Many|Two|Three|Both|Most|None|Each|Any|Another)\s+of\s+"
    r"(?:the|his|her|their|its|our)\s+(?:[\w-]+\s+){0,2}?([a-z][\w-]*s)\b"
)
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
_HYPHEN_ADJ_RE = re.compile(r"^\w+-[a-z]")
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|my|we|We|our|Our|us)\b")
# Speech verbs plain enough to accept any noun phrase as their subject ("the project said").
_PLAIN_SPEECH = frozenset({"said", "says", "say", "told", "tells", "stated", "states", "added",
                           "wrote", "writes", "explained", "noted", "announced", "confirmed",
                           "claimed", "denied", "insisted", "warned", "reported", "reports"})
_PERSONAL_RE = re.compile(
    r"\b(?:I|I'm|I’m|me|my|we|We|our|Our|us|you|You|your|he|she|He|She|they|They)\b"
)
# Nouns for acts of speaking a participle can hang on: "a speech declaring …".
_SPEECH_ACTS = frozenset(
    {"speech", "statement", "address", "interview", "letter", "post", "tweet", "video",
     "message", "release", "announcement", "remarks", "op-ed", "essay", "column"}
)
_QUOTE_MARK_RE = re.compile("[\"“”„«»]")
_GENDER_PRON_RE = re.compile(r"\b(?:[Hh]e|him|[Hh]is|himself|[Ss]he|[Hh]er|hers|herself)\b")
_MODALS = frozenset({"will", "would", "could", "should", "can", "may", "might", "must",
                     "cannot", "shall", "won't", "wouldn't", "couldn't", "can't"})
_BASE_FORMS = frozenset({"say", "tell", "write", "explain", "reveal", "confirm", "announce",
                         "warn", "insist", "argue", "admit", "believe", "urge", "describe",
                         "criticize", "criticise", "continue", "recall", "conclude", "claim"})
_DOC_ONLY = cues.DOCUMENT_VERBS - cues.SPEECH_VERBS
_DOC_WORD_RE = re.compile(
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
_APPOSITION_END_RE = re.compile(r"[,;.]| who | which ")
# A word right before a cue word that shows the cue word is a noun ("the state", "a call").
_NOUN_BEFORE = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "these", "those",
     "of", "in", "on", "for", "with", "from", "at", "into", "no", "any", "each", "every",
     "some", "such", "whose", "which", "what", "first", "second", "new", "same", "last"}
)


# Texts this long are indexed by word before names are looked up across them.
_INDEX_FROM = 300_000
_WORD_RUN_RE = re.compile(r"(?<!\w)[^\W\d_a-z]\w*")  # words a name can start with


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
            low in _ABBREV_DOT or (len(t) == 2 and t[0].isupper()) or t.count(".") > 1
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


@dataclass
class NP:
    """A noun phrase found next to a cue: its tokens and what kind of reference it is."""

    toks: list[Tok]
    start: int
    end: int
    text: str
    kind: str  # "name", "pronoun", "desc", "doc", "group"
    head: str = ""
    abbreviation: str | None = None
    roles: tuple[str, ...] = ()
    hint: str | None = None


_SAME_SUBJECT = NP([], 0, 0, "", "same")


@dataclass
class _Att:
    entry: Entry
    span: Span
    cue: Span | None
    pos: int
    surface: str


@dataclass
class _Mention:
    """A capitalised name in the text; its kind is worked out only when asked for."""

    start: int
    end: int
    text: str
    oblique: bool
    roles: tuple[str, ...] = ()
    hint: str | None = None
    title_roles: tuple[str, ...] = ()
    app_person: bool = False
    owner: Any = None
    after_the: bool = False
    _kind: str | None = None

    @property
    def kind(self) -> str:
        if self._kind is None:
            self._kind = self.owner.mention_kind(self)
        return self._kind


@dataclass
class _State:
    """Running discourse state while sentences are read in order."""

    sources: list[tuple[int, Entry, bool]] = field(default_factory=list)  # (pos, entry, subj)
    last_speaker: Entry | None = None
    # Running maximum of the positions in `sources` (appended sentence by sentence, so a
    # bisect finds where the sources before a position end without scanning them all).
    reach: list[int] = field(default_factory=list)

    def add(self, pos: int, entry: Entry, subject: bool) -> None:
        self.sources.append((pos, entry, subject))
        self.reach.append(max(pos, self.reach[-1]) if self.reach else pos)

    def before(self, pos: int, limit: int) -> Iterator[tuple[int, Entry, bool]]:
        """Sources cited before `pos`, latest first. `limit` is the end of the sentence
        holding `pos`: a sentence's sources are not in text order, later sentences' are
        all past it."""
        sources = self.sources
        k = bisect_right(self.reach, limit - 1)
        for i in range(k - 1, -1, -1):
            item = sources[i]
            if item[0] < pos:
                yield item


class _FullNames:
    """Surname or first name -> the full person name the article uses, looked up lazily.

    A token shared by different people ("Lind" for two family members) maps to nothing.
    """

    def __init__(self, owner: _Attributor) -> None:
        self.owner = owner
        self._cache: dict[str, tuple[str | None, bool]] = {}

    def _lookup(self, tok: str) -> tuple[str | None, bool]:
        got = self._cache.get(tok)
        if got is not None:
            return got
        if tok.lower() in _NOUNS_ANY or country_only(tok):
            self._cache[tok] = (None, False)  # "Officials", "Iran": never part of a name
            return self._cache[tok]
        text = self.owner.text
        names: list[str] = []
        for seen, i in enumerate(self.owner.occurrences(tok)):
            if seen >= 60:
                break
            j = i + len(tok)
            if (i == 0 or not text[i - 1].isalnum()) and (j >= len(text) or
                                                          not text[j].isalnum()):
                nm = self._name_around(text, i, j, tok)
                if nm:
                    core = strip_title(split_of(nm)[0])
                    parts = core.split()
                    if len(parts) >= 2 and tok == parts[-1] and person_like(core):
                        names.append(core)
        # Different people share the token ("Lind"): the one introduced first wins.
        full: str | None = None
        for nm in names:
            if full is None or (nm.endswith(full) and len(nm) > len(full)):
                full = nm
        res = (full, bool(names))
        self._cache[tok] = res
        return res

    @staticmethod
    def _name_around(text: str, i: int, j: int, tok: str) -> str:
        """The capitalised words running into and out of text[i:j] on its line."""
        left = text[max(0, i - 60) : i]
        k = left.rfind("\n")
        if k >= 0:
            left = left[k + 1 :]
        words: list[str] = []
        if left.endswith(" "):
            for w in reversed(left.split()):
                cap = w[:1].isupper() and w[-1:] not in ",;:)\"”" and not (
                    w.endswith(".") and len(w) > 3) and not _HYPHEN_ADJ_RE.match(w)
                if (cap and w not in cues.NOT_NAME_WORDS) or (w in _LOWER_PARTICLES and words):
                    words.insert(0, w)
                else:
                    break
        while words and words[0] in _LOWER_PARTICLES:
            words.pop(0)
        words.append(tok)
        right = text[j : j + 60]
        if right.startswith(" "):
            for w in right.split()[:3]:
                if w[:1].isupper() and w not in cues.NOT_NAME_WORDS:
                    words.append(w.rstrip(".,;:)\"”'’"))
                    if w[-1:] in ".,;:)\"”":
                        break
                else:
                    break
        return " ".join(words).removesuffix("'s").removesuffix("’s")

    def get(self, tok: str, default: str | None = None) -> str | None:
        return self._lookup(tok)[0] or default

    def is_person(self, tok: str) -> bool:
        return self._lookup(tok)[1]


class _Attributor:
    def __init__(self, text: str, paragraphs: Sequence[Paragraph],
                 sentences: Sequence[Sentence], quotes: Sequence[Any]) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.quotes = quotes
        self.sent_starts = [s.start for s in sentences]
        self._tok_cache: dict[int, tuple[int, list[Tok]]] = {}
        low = text.lower()
        self.low_text: str | None = low if len(low) == len(text) else None
        self._cap_cache: dict[str, bool] = {}
        self.state = _State()
        self._cur_atts: list[_Att] = []
        self._mention_cache: dict[int, list[_Mention]] = {}
        self._word_index: dict[str, list[int]] | None = None
        self.full_names = _FullNames(self)
        self.abbreviations = self._scan_abbreviations()
        self.reg = SourceRegistry(self.full_names, self.abbreviations)  # type: ignore[arg-type]

    # --- whole-text prepass ----------------------------------------------------------------

    def _scan_abbreviations(self) -> dict[str, str]:
        """Short forms defined in parentheses anywhere: "Nordic Shipping Council (NSC)"."""
        text = self.text
        out: dict[str, str] = {}
        for m in _PAREN_RE.finditer(text):
            abbr = m.group(1).strip()
            lo = max(0, m.start() - 120)
            name = None
            for nm in _NAME_RE.finditer(text, lo, m.start()):
                if nm.end() == m.start() or text[nm.end() : m.start()].isspace():
                    name = nm.group()
            if not name:
                continue
            name = self._trim_name(name)[1]
            if not name:
                continue
            full = self._abbreviated(strip_determiner(name), abbr)
            if full:
                out.setdefault(abbr, full)
        return out

    @staticmethod
    def _trim_name(raw: str) -> tuple[int, str]:
        """Drop capitalised function words in front and connectors at the end."""
        words = raw.split()
        k = 0
        while k < len(words) and (words[k] in cues.NOT_NAME_WORDS or
                                  words[k].lower() in _NAME_CONNECT or
                                  _HYPHEN_ADJ_RE.match(words[k])):
            k += 1
        if k == len(words):
            return 0, ""
        off = raw.index(words[k], len(" ".join(words[:k]))) if k else 0
        name = raw[off:]
        while name and name.split()[-1].lower() in _NAME_CONNECT:
            name = name.rsplit(None, 1)[0] if " " in name else ""
        return off, name

    def mentions_in(self, si: int) -> list[_Mention]:
        """Capitalised name mentions of sentence si (computed on demand, cached)."""
        got = self._mention_cache.get(si)
        if got is not None:
            return got
        out: list[_Mention] = []
        sent = self.sentences[si]
        for m in _NAME_RE.finditer(self.text, sent.start, sent.end):
            off, name = self._trim_name(m.group())
            if not name:
                continue
            for part_s, part in self._split_and(m.start() + off, name):
                out.append(self._mention(part_s, part))
        self._mention_cache[si] = out
        return out

    @staticmethod
    def _abbreviated(name: str, abbr: str) -> str | None:
        """The words of `name` that `abbr` abbreviates: the shortest tail whose initials match.

        "New York for the United Nations (UN)" -> "United Nations"; a non-acronym short
        form ("HDT Limited") stands for the whole name.
        """
        if not is_acronym(abbr):
            return name if abbr[:1].isupper() and len(abbr.split()) <= 2 else None
        letters = abbr.replace(".", "").replace("/", "").replace("-", "").upper()
        ws = name.split()
        for k in range(len(ws) - 1, -1, -1):
            if ws[k].lower() in _NAME_CONNECT:
                continue
            tail = " ".join(ws[k:])
            ini = "".join(w[0] for w in ws[k:] if w.lower() not in _NAME_CONNECT).upper()
            if ini == letters or (len(ws[k:]) == 1 and ws[k].upper().startswith(letters)):
                return tail
        return name if len(ws) == 1 else None

    def _split_and(self, s: int, name: str) -> list[tuple[int, str]]:
        """Split coordinated names ("Reuters and the BBC") unless the last word is an org word."""
        if " and " not in name:
            return [(s, name)]
        last = name.split()[-1]
        if last in cues.ORG_WORDS and not country_only(name.rsplit(" and ", 1)[1]):
            return [(s, name)]
        out = []
        off = 0
        for part in name.split(" and "):
            out.append((s + off, part))
            off += len(part) + 5
        return out

    def _mention(self, s: int, name: str) -> _Mention:
        text = self.text
        before = text[max(0, s - 60) : s]
        bw = before.split()
        # Skip lowercase descriptors ("journalist", "his daughter") to find a preposition.
        roles: list[str] = []
        j = len(bw) - 1
        while j >= 0 and len(roles) < 4 and bw[j].lower().strip(",") in _DESCRIPTOR_WORDS \
                and not bw[j].endswith(","):
            roles.append(bw[j].lower())
            j -= 1
        prev = bw[j].lower() if j >= 0 else ""
        if prev in cues.FEMALE_WORDS or prev in cues.MALE_WORDS:
            roles.append(prev)  # "Mr. Lind", "Queen Margrethe"
            j -= 1
            prev = bw[j].lower() if j >= 0 else ""
        oblique = prev in cues.OBLIQUE_BEFORE or name.endswith(("'s", "’s"))
        core = name
        if core.endswith(("'s", "’s")):
            core = core[:-2]
        title_roles = tuple(w.lower() for w in core.split() if w in cues.TITLES)
        hint = None
        if any(r in cues.OUTLET_NOUNS for r in roles):
            hint = "outlet"
        elif any(r in cues.PERSON_NOUNS for r in roles):
            hint = "person"
        # Apposition after the name: "X, the Hungarian Government commissioner …,".
        after = text[s + len(name) : s + len(name) + 160]
        app_roles: list[str] = []
        if after.startswith(", "):
            seg = _APPOSITION_END_RE.split(after[2:], maxsplit=1)[0]
            sw = seg.split()
            if sw and sw[0].lower() in ("the", "a", "an", "his", "her", "their", "its"):
                app_roles = [w.lower() for w in sw[1:8] if w.lower() in cues.PERSON_NOUNS
                             or w.lower() in cues.ORG_NOUNS]
        k = len(bw) - 1
        while k >= 0 and bw[k][:1].isupper() and bw[k] not in ("The",):
            k -= 1
        after_the = k >= 0 and bw[k] in ("the", "The")
        return _Mention(s, s + len(name), name, oblique,
                        tuple(roles) + title_roles + tuple(app_roles), hint, title_roles,
                        any(r in cues.PERSON_NOUNS for r in app_roles), self, after_the)

    def mention_kind(self, m: _Mention) -> str:
        """person, organization, outlet, country or unknown, for pronoun antecedents."""
        core = m.text
        if core.endswith(("'s", "’s")):
            core = core[:-2]
        stripped = strip_title(split_of(core)[0])
        kind = classify(stripped, m.hint)
        if kind == "person" and m.after_the:
            kind = "unknown"  # "the Due Process Clause": people are rarely "the X Y"
        if kind == "unknown" and (m.app_person or (len(stripped.split()) == 1 and (
                m.title_roles or self.full_names.is_person(stripped)))):
            kind = "person"
        if kind != "person" and country_only(core):
            kind = "country"
        return kind

    # --- helpers ----------------------------------------------------------------------------

    def occurrences(self, word: str) -> Iterator[int]:
        """Where `word` occurs, in text order. A long text is indexed once by word starts,
        so looking up many rare names does not rescan it each time."""
        text = self.text
        if len(text) < _INDEX_FROM or not _WORD_RUN_RE.match(word):
            i = text.find(word)
            while i >= 0:
                yield i
                i = text.find(word, i + len(word))
            return
        if self._word_index is None:
            index: dict[str, list[int]] = {}
            for m in _WORD_RUN_RE.finditer(text):
                index.setdefault(m.group(), []).append(m.start())
            self._word_index = index
        head = _WORD_RUN_RE.match(word)
        assert head is not None
        for i in self._word_index.get(head.group(), ()):
            if text.startswith(word, i):
                yield i

    def _sources_before(self, pos: int) -> Iterator[tuple[int, Entry, bool]]:
        """Sources cited before `pos`, latest first, without walking the later ones."""
        end = self.sentences[self.sentence_at(pos)].end if self.sentences else pos + 1
        return self.state.before(pos, max(end, pos + 1))

    def sentence_at(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def toks(self, si: int, upto: int) -> list[Tok]:
        """Tokens of sentence si from its start to at least `upto` (cached, extended)."""
        sent = self.sentences[si]
        hi = min(sent.end, upto + 120)
        got = self._tok_cache.get(si)
        if got is not None and (got[0] >= min(sent.end, upto + 60)):
            return got[1]
        if hi < sent.end:
            # Stop at a space so no word is cut in half.
            sp = self.text.rfind(" ", upto, hi)
            hi = sp if sp > upto else sent.end
        t = _tokens(self.text, sent.start, hi, self.low_text)
        self._tok_cache[si] = (hi, t)
        return t

    @staticmethod
    def tok_index(toks: list[Tok], pos: int) -> int:
        """Index of the first token starting at or after pos."""
        lo, hi = 0, len(toks)
        while lo < hi:
            mid = (lo + hi) // 2
            if toks[mid].start < pos:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def paragraph_of(self, si: int) -> int:
        return self.sentences[si].paragraph

    # --- noun phrases -------------------------------------------------------------------------

    def np_before(self, toks: list[Tok], idx: int, *, progressive: bool = False
                  ) -> tuple[list[NP], bool, int]:
        """Noun phrase(s) ending before token idx, skipping adverbs/auxiliaries.

        Returns (phrases, passive, index where the walk stopped).
        """
        i = idx - 1
        passive = False
        # "went on to say", "continued to say": the subject is before the phrase.
        if i >= 1 and toks[i].low == "to" and (
                toks[i - 1].low in ("continued", "continues", "went", "goes") or (
                toks[i - 1].low == "on" and i >= 2 and toks[i - 2].low in ("went", "goes"))):
            i -= 2 if toks[i - 1].low != "on" else 3
        # "X on Tuesday announced": a time phrase between subject and verb.
        if i >= 1 and toks[i].text in _TIME_WORDS and toks[i - 1].low in ("on", "in", "last"):
            i -= 2
        while i >= 0 and toks[i].text.islower() and (
                toks[i].low in cues.ADVERBS or toks[i].low in cues.BE_FORMS or (
                    toks[i].low.endswith("ly") and len(toks[i].low) > 4
                    and toks[i].low not in _NOUNS_ANY and not (i >= 1 and _is_det(toks[i - 1])))):
            if toks[i].low in cues.BE_FORMS and not progressive:
                passive = True
            i -= 1
        if i < 0:
            return [], passive, i
        t = toks[i]
        if _is_pron(t):
            return [self._pronoun_np(t)], passive, i - 1
        phrases: list[NP] = []
        end_i = i
        while True:
            np_, j = self._collect_back(toks, end_i)
            if np_ is None:
                break
            phrases.insert(0, np_)
            # Coordination: "X and Y said", "authorities in A and B announced".
            if j >= 1 and toks[j].low == "and" and toks[j].text.islower() and \
                    not (np_.abbreviation and len(np_.toks) == 1):
                prev, k = self._collect_back(toks, j - 1)
                if prev is not None and prev.kind == "name":
                    right_title = any(t.text in cues.TITLES for t in np_.toks[1:-1])
                    if np_.kind == "name" and not country_only(prev.text) and (
                            (not any(t.text in cues.ORG_WORDS for t in prev.toks)
                             and all(_is_cap(t) for t in prev.toks) and len(prev.toks) <= 2
                             and np_.toks[-1].text in cues.ORG_WORDS)
                            or (" of " in prev.text and len(np_.toks) <= 2)
                            or right_title):
                        # one body or one title: "Search and Rescue Agency",
                        # "X of Rogaland Fire and Rescue", "Road and Bridges Minister Y"
                        # "the Search and Rescue Agency" is one body
                        merged = NP(prev.toks + np_.toks, prev.start, np_.end,
                                    self.text[prev.start : np_.end], "name", head=np_.head,
                                    abbreviation=np_.abbreviation)
                        phrases[0] = merged
                        np_, j = merged, k  # go on: "researchers from X and Y reported"
                    else:
                        end_i = j - 1
                        continue
            if j >= 2 and (toks[j].low, toks[j - 1].low) in (
                    ("to", "close"), ("with", "familiar"), ("to", "near")):
                # "sources close to the minister said"
                head, k = self._collect_back(toks, j - 2)
                if head is not None and head.kind == "group":
                    last = phrases[-1]
                    merged = NP(head.toks + last.toks, head.start, last.end,
                                self.text[head.start : last.end], "group", head=head.head)
                    return [merged], passive, k
            if j >= 1 and toks[j].low in ("on", "about", "regarding", "from", "of") and \
                    np_.kind in ("name", "desc", "doc", "group"):
                # "The family's statement on the death read": the document is the subject
                head, k = self._collect_back(toks, j - 1)
                if head is not None and head.kind == "doc":
                    return [head], passive, k
            if j >= 1 and toks[j].low in ("in", "from", "of", "at", "for", "within", "inside") \
                    and np_.kind in ("name", "desc", "thing"):
                # "authorities in the United Kingdom and the United States",
                # "the French Embassy in Oslo"
                head, k = self._collect_back(toks, j - 1)
                if head is not None and (head.kind in ("group", "desc") or (
                        head.kind == "name" and toks[j].low in ("in", "at")
                        and classify(strip_determiner(head.text)) == "organization")) and (
                        toks[j].low not in ("for", "within", "inside")
                        or head.head in cues.PERSON_NOUNS or head.kind == "group"):
                    span_start = head.start
                    last = phrases[-1]
                    full = self.text[span_start : last.end]
                    merged = NP(toks=head.toks + last.toks, start=span_start, end=last.end,
                                text=full, kind=head.kind, head=head.head)
                    return [merged], passive, k
            if len(phrases) == 1 and phrases[0].kind == "name" and j >= 0 and \
                    toks[j].low in ("in", "from", "at", "to", "of", "across", "throughout") \
                    and country_only(phrases[0].text):
                return [], passive, j  # "researchers in the U.S. reported": a place
            return phrases, passive, j
        return phrases, passive, end_i

    def _pronoun_np(self, t: Tok) -> NP:
        head = t.low.split("'")[0].split("’")[0]
        return NP([t], t.start, t.start + len(head), t.text[: len(head)], "pronoun", head=head)

    def _collect_back(self, toks: list[Tok], i: int) -> tuple[NP | None, int]:
        """Collect one noun phrase ending at token i, walking left."""
        parts: list[int] = []
        abbreviation = None
        j = i
        while j >= 0:
            t = toks[j]
            low = t.low
            if t.text == ")" and not parts:
                k = j - 1
                while k >= 0 and toks[k].text != "(":
                    k -= 1
                if k < 0:
                    break
                inner = self.text[toks[k].end : t.start].strip()
                if is_acronym(inner):
                    abbreviation = inner
                j = k - 1
                continue
            if t.text in ("'", "’") and parts and j >= 1 and toks[j - 1].low.endswith("s"):
                parts.append(j)
                j -= 1
                continue
            if not (t.text[:1].isalnum()):
                break
            if _is_det(t):
                if parts and low in ("the",) and j >= 1 and toks[j - 1].low in ("of", "for") \
                        and j >= 2 and _is_cap(toks[j - 2]) and _is_cap(toks[parts[-1]]):
                    parts.append(j)
                    j -= 1
                    continue
                if parts:
                    parts.append(j)
                    j -= 1
                break
            if ((low in _NAME_CONNECT and low != "and") or (
                    low == "to" and j >= 1 and toks[j - 1].text in cues.ORG_WORDS)) and parts \
                    and (_is_cap(toks[parts[-1]]) or toks[parts[-1]].low == "the") \
                    and j >= 1 and _is_cap(toks[j - 1]) and toks[j].text.islower():
                parts.append(j)
                j -= 1
                continue
            if _is_stop(t) or _is_pron(t):
                break
            if t.text.islower() and low in cues.CUE_WORDS and parts and \
                    low not in _AMBIGUOUS_BASE and low not in _BASE_FORMS:
                break  # a verb: "X noted local news reports said"
            if t.text in cues.NOT_NAME_WORDS and t.text not in ("One",) and not (
                    not parts and t.text in _NAME_END_WORDS and j >= 1 and _is_cap(toks[j - 1])):
                break
            parts.append(j)
            j -= 1
            if len(parts) > 16:
                break
        if not parts:
            return None, j
        ptoks = [toks[p] for p in reversed(parts)]
        np_ = self._make_np(ptoks)
        if np_ is not None:
            np_.abbreviation = abbreviation
        return np_, j

    def np_after(self, toks: list[Tok], idx: int) -> list[NP]:
        """Noun phrase(s) starting at token idx ("according to Reuters and the BBC")."""
        out: list[NP] = []
        cur: list[Tok] = []
        j = idx
        n = len(toks)
        abbreviation = None
        while j < n:
            t = toks[j]
            low = t.low
            if t.text == "," and cur and j + 1 < n and _YEAR_RE.match(toks[j + 1].text) and \
                    len(cur) >= 2 and cur[-2].text in _MONTHS:
                cur.append(toks[j + 1])
                j += 2
                continue
            if t.text in ("'", "’") and cur and cur[-1].low.endswith("s"):
                cur.append(t)
                j += 1
                continue
            if t.text == "(" and cur:
                k = j + 1
                while k < n and toks[k].text != ")":
                    k += 1
                inner = self.text[t.end : toks[k].start].strip() if k < n else ""
                if is_acronym(inner):
                    abbreviation = inner
                j = k + 1
                continue
            if not t.text[:1].isalnum():
                break
            if not cur and t.text.islower() and t.low in cues.CUE_WORDS:
                break  # a verb, not the start of a noun phrase
            if _is_det(t) and not cur and t.low not in ("that", "this"):
                cur.append(t)
                j += 1
                continue
            if low == "and" and cur and j + 1 < n and (_is_cap(toks[j + 1]) or
                                                      _is_det(toks[j + 1])):
                org_inside = any(c.text in cues.ORG_WORDS for c in cur) and any(
                    c.low in ("for", "of", "on") for c in cur)
                if any(_is_cap(c) for c in cur) and _is_cap(toks[j + 1]) and (
                        self._org_continues(toks, j + 1) or org_inside):
                    cur.append(t)
                    j += 1
                    continue
                np_ = self._make_np(self._trim_after(cur))
                if np_ is not None:
                    out.append(np_)
                cur = []
                j += 1
                continue
            if low in _NAME_CONNECT and low != "and" and cur and j + 1 < n and \
                    (_is_cap(toks[j + 1]) or (toks[j + 1].low == "the" and j + 2 < n
                                              and _is_cap(toks[j + 2]))) and \
                    any(_is_cap(c) for c in cur) and \
                    toks[j + 1].text not in cues.NOT_NAME_WORDS and \
                    (low != "on" or cur[-1].text in cues.ORG_WORDS):
                cur.append(t)
                j += 1
                continue
            if _is_stop(t):
                break
            if _is_pron(t):
                if not cur:
                    out.append(self._pronoun_np(t))
                break
            if cur and _is_cap(cur[-1]) and not cur[-1].text.endswith(("'s", "’s", "'", "’")) \
                    and t.text.islower() and t.low not in _NOUNS_ANY and (
                        t.low in cues.CUE_WORDS or t.low.endswith("ed") or
                        t.low in cues.BE_FORMS or t.low in ("has", "have", "had", "will",
                                                            "would", "can", "could")):
                break  # "Ana Ruiz praised …": the name has ended
            cur.append(t)
            j += 1
            if len(cur) > 16:
                break
        if cur:
            np_ = self._make_np(self._trim_after(cur))
            if np_ is not None:
                np_.abbreviation = abbreviation
                out.append(np_)
        return out

    def _org_continues(self, toks: list[Tok], j: int) -> bool:
        """After "X and", do capitalised words run on to an organisation word?"""
        n = len(toks)
        while j < n and (_is_cap(toks[j]) or toks[j].low in _NAME_CONNECT - {"and"}):
            if toks[j].text.removesuffix("'s").removesuffix("’s") in cues.ORG_WORDS:
                return True
            j += 1
        return False

    @staticmethod
    def _trim_after(cur: list[Tok]) -> list[Tok]:
        """Cut a forward phrase after its last capitalised word or known noun."""
        last = -1
        for k, t in enumerate(cur):
            if _is_cap(t) or t.low in _NOUNS_ANY or t.text in ("'", "’"):
                last = k
        return cur[: last + 1] if last >= 0 else []

    def _capitalised_elsewhere(self, word: str) -> bool:
        """Is `word` written with a capital somewhere not at a sentence start (a name)?"""
        got = self._cap_cache.get(word)
        if got is not None:
            return got
        text = self.text
        found = False
        for seen, i in enumerate(self.occurrences(word)):
            if seen >= 50 or found:
                break
            j = i + len(word)
            if (j >= len(text) or not text[j].isalnum()) and i > 0 and \
                    not text[i - 1].isalnum():
                k = i - 1
                while k >= 0 and text[k] in " \t\"“‘'(":
                    k -= 1
                if k >= 0 and text[k] not in ".!?\n:;)]":
                    found = True
        self._cap_cache[word] = found
        return found

    def _sentence_initial(self, t: Tok) -> bool:
        """Does token t open its sentence (so its capital says nothing)?"""
        si = self.sentence_at(t.start)
        lead = self.text[self.sentences[si].start : t.start] if self.sentences else ""
        return not lead.strip(" \"“‘'(")

    def _make_np(self, ptoks: list[Tok]) -> NP | None:
        """Classify collected tokens as a name, description, document or group phrase."""
        while ptoks and (ptoks[0].text in cues.NOT_NAME_WORDS and
                         ptoks[0].low not in cues.DETERMINERS and ptoks[0].text != "One"):
            ptoks = ptoks[1:]
        if not ptoks:
            return None
        text = self.text
        start, end = ptoks[0].start, ptoks[-1].end
        last = ptoks[-1]
        if last.text in ("'", "’"):
            return None
        words = [t for t in ptoks if t.low not in cues.DETERMINERS or _is_cap(t)]
        if not words:
            return None
        head = last.low
        if _is_cap(last) and not last.text.isdigit():
            # Proper-name phrase: the trailing capitalised run is the name.
            k = len(ptoks) - 1
            while k > 0 and (_is_cap(ptoks[k - 1]) or (
                    ptoks[k - 1].low in _NAME_CONNECT and k >= 2 and _is_cap(ptoks[k - 2]))
                    or (ptoks[k - 1].low == "to" and k >= 2
                        and ptoks[k - 2].text in cues.ORG_WORDS)
                    or (ptoks[k - 1].low == "the" and k >= 2 and ptoks[k - 2].low in ("of",
                                                                                     "for"))):
                k -= 1
            if len(ptoks) == 1 and ptoks[0].text in cues.NOT_NAME_WORDS and \
                    ptoks[0].text not in _NAME_END_WORDS:
                return None  # "Two", "Amongst": capitalised, but no name
            if len(ptoks) == 1 and self._sentence_initial(ptoks[0]) and \
                    ptoks[0].text[1:].islower() and ptoks[0].low not in _NOUNS_ANY and \
                    ptoks[0].text not in cues.ORG_WORDS and \
                    ptoks[0].text not in cues.OUTLET_WORDS and \
                    ptoks[0].low.endswith("ly") and self.text.startswith(",", ptoks[0].end) \
                    and not country_only(ptoks[0].text) and \
                    not self._capitalised_elsewhere(ptoks[0].text):
                return None  # "Lastly,", "Yeah": capitalised only because a sentence starts
            run = ptoks[k:]
            while run and ((run[0].low in _NAME_CONNECT and (run[0].text.islower() or
                                                              run[0].text == "The"))
                           or _HYPHEN_ADJ_RE.match(run[0].text)):
                run = run[1:]  # "the", "Trump-loving", "Paris-based" are not the name
            if not run:
                return None
            descriptors = tuple(t.low for t in ptoks[:k] if not _is_cap(t)
                                and t.low not in cues.DETERMINERS)
            name = text[run[0].start : end]
            hint = None
            if any(d in cues.OUTLET_NOUNS for d in descriptors):
                hint = "outlet"
            elif any(d in cues.PERSON_NOUNS for d in descriptors):
                hint = "person"
            # "Officials said", "Police say": a common noun capitalised at a sentence start.
            if len(ptoks) == 1 and self._sentence_initial(run[0]):
                low0 = run[0].low
                if low0 in cues.GROUP_NOUNS:
                    return NP(ptoks, start, end, text[start:end], "group", head=low0)
                if low0 in cues.DOCUMENT_NOUNS:
                    return NP(ptoks, start, end, text[start:end], "doc", head=low0)
            # "the Embassy", "the Commissioner": a capitalised common noun is a description.
            if len(run) == 1 and (run[0].text in cues.ORG_WORDS or run[0].text in cues.TITLES) \
                    and ptoks[0].low in ("the", "his", "her", "their", "its") \
                    and not is_acronym(run[0].text) and not country_only(run[0].text):
                return NP(ptoks, start, end, text[start:end], "desc", head=run[0].low)
            return NP(ptoks, run[0].start if not descriptors else start, end, name, "name",
                      head=head, roles=descriptors, hint=hint)
        phrase = text[start:end]
        if head not in cues.DOCUMENT_NOUNS and (head in cues.OUTLET_NOUNS or head in (
                "agency", "company", "group", "firm", "party", "organisation",
                "organization")) and len(ptoks) >= 2:
            # "the Associated Press news agency": the capitalised run is the name
            k = len(ptoks) - 1
            while k > 0 and ptoks[k - 1].text.islower() and ptoks[k - 1].low in _NOUNS_ANY:
                k -= 1
            j = k
            while j > 0 and _is_cap(ptoks[j - 1]) and not _is_det(ptoks[j - 1]):
                j -= 1
            if j < k and not (k - j == 1 and ptoks[j].text in cues.DEMONYMS):
                hint = "outlet" if head in cues.OUTLET_NOUNS else "organization"
                run_text = text[ptoks[j].start : ptoks[k - 1].end]
                return NP(ptoks, ptoks[j].start, ptoks[k - 1].end, run_text, "name",
                          head=ptoks[k - 1].low, hint=hint)
        if head in cues.DOCUMENT_NOUNS:
            return NP(ptoks, start, end, phrase, "doc", head=head)
        if head in cues.GROUP_NOUNS:
            return NP(ptoks, start, end, phrase, "group", head=head)
        if head in cues.PERSON_NOUNS or head in cues.ORG_NOUNS or head in cues.OUTLET_NOUNS:
            return NP(ptoks, start, end, phrase, "desc", head=head)
        if _is_det(ptoks[0]) and len(ptoks) <= 4 and head.isalpha() and \
                not head.endswith("ing") and ptoks[0].low not in ("this", "that") and \
                head not in _TIME_NOUNS:
            # "an acquaintance said", "the project said": an unlisted noun; only plain
            # speech verbs accept it.
            return NP(ptoks, start, end, phrase, "thing", head=head)
        return None

    # --- resolution ---------------------------------------------------------------------------

    def _recent_mentions(self, pos: int, window: int) -> list[_Mention]:
        """Mentions ending before pos, latest first, within `window` sentences back."""
        cur = self.sentence_at(pos)
        out: list[_Mention] = []
        for si in range(cur, max(-1, cur - window - 1), -1):
            ms = self.mentions_in(si)
            out.extend(m for m in reversed(ms) if m.end <= pos)
        return out

    def _register_mention(self, m: _Mention) -> Entry:
        kind = m.kind if m.kind in ("person", "organization", "outlet") else None
        name = m.text
        g = self._mention_gender(m)
        if m.kind == "country":
            return self.reg.add(name, (m.start, m.end), kind="organization", named=True)
        e = self.reg.add(name, (m.start, m.end), kind=kind, named=True)
        if e.gender is None:
            e.gender = g
        return e

    def resolve_pronoun(self, word: str, pos: int) -> Entry | None:
        """he/she -> nearest person; they/it -> nearest body or group.

        Sources already cited win over plain mentions in the same sentence, and a subject
        source over one named in passing ("They declined to comment on X's claims").
        """
        word = word.lower()
        if word in cues.PRONOUNS_FIRST:
            return None
        want_person = word in cues.PRONOUNS_PERSON
        window = 2 if word == "it" else 5
        cur_si = self.sentence_at(pos)

        def fits(kind: str) -> bool:
            if want_person:
                return kind == "person"
            if word == "it":
                return kind in ("organization", "outlet", "document", "unknown")
            return kind in ("organization", "outlet", "group", "document", "unknown")

        gender = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(word)

        def clash(g: str | None) -> bool:
            return gender is not None and g is not None and g != gender

        best: tuple[int, Entry, bool] | None = None
        best_si = -1
        for spos, entry, subj in self._sources_before(pos):
            ssi = self.sentence_at(spos)
            if ssi < cur_si - window or (best is not None and ssi < best_si):
                break
            if not fits(entry.kind) or clash(entry.gender):
                continue
            if best is None:
                best, best_si = (spos, entry, subj), ssi
            elif subj and not best[2]:
                best = (spos, entry, subj)
        best_m: _Mention | None = None
        for m in self._recent_mentions(pos, window):
            if m.oblique:
                continue
            if (want_person and m.kind == "person" and not clash(self._mention_gender(m))) or (
                    not want_person and m.kind in ("organization", "outlet")
                    and any(w in cues.ORG_WORDS or w in cues.OUTLET_WORDS
                            for w in m.text.split())):
                best_m = m
                break
        found: Entry | None
        if best_m is not None and (best is None or self.sentence_at(best_m.start) > best_si):
            found = self._register_mention(best_m)
        else:
            found = best[1] if best else None
        if found is not None and gender is not None and found.gender is None:
            found.gender = gender  # later "he"/"she" will not cross over
        return found

    def _mention_gender(self, m: _Mention) -> str | None:
        """m/f from the words around a name (Mr., his daughter, spokeswoman), if any."""
        e = self.reg.find(m.text)
        if e is not None and e.gender is not None:
            return e.gender
        for r in m.roles:
            r = r.strip(",.")
            if r in cues.FEMALE_WORDS:
                return "f"
            if r in cues.MALE_WORDS:
                return "m"
        # The first gendered pronoun after the name in its sentence, with no other person
        # named in between: "Warren ended her campaign" -> f.
        si = self.sentence_at(m.start)
        end = self.sentences[si].end
        for other in self.mentions_in(si):
            if other.start > m.end and other.kind == "person":
                end = min(end, other.start)
                break
        qm = _QUOTE_MARK_RE.search(self.text, m.end, end)
        if qm:
            end = qm.start()  # pronouns inside a quotation may be about someone else
        pm = _GENDER_PRON_RE.search(self.text, m.end, end)
        if pm:
            return "f" if pm.group().lower() in ("she", "her", "hers", "herself") else "m"
        return None

    def resolve_np(self, np_: NP, pos: int) -> Entry | None:
        """The entry a phrase refers to (registering it when it is new)."""
        span = (np_.start, np_.end)
        if np_.kind == "pronoun":
            e = self.resolve_pronoun(np_.head, pos)
            if e is not None:
                self.reg.alias(e, np_.text, span)
            return e
        if np_.kind == "name":
            name = np_.text
            if name in cues.DEMONYMS:
                return None  # "Finnish": an adjective, not a source
            if country_only(name):
                return self.reg.add(name, span, kind="organization", named=True)
            roles = tuple(r for r in np_.roles if r in cues.PERSON_NOUNS or r in cues.ORG_NOUNS)
            # "Lena Park of the Coastal Research Institute (CRI)": the CRI is the employer's.
            abbreviation = np_.abbreviation if split_of(name)[1] is None else None
            e = self.reg.add(name, span, kind=np_.hint, roles=roles,
                             abbreviation=abbreviation, named=True)
            if e.gender is None:
                words = [*np_.roles, *(w.lower() for w in name.split())]
                if any(w in cues.FEMALE_WORDS for w in words):
                    e.gender = "f"
                elif any(w in cues.MALE_WORDS for w in words):
                    e.gender = "m"
                elif e.kind == "person":
                    e.gender = self._mention_gender(_Mention(np_.start, np_.end, name, False,
                                                             owner=self))
            return e
        if np_.kind == "doc":
            return self._resolve_document(np_, pos)
        if np_.kind == "group":
            return self._resolve_group(np_, pos)
        if np_.kind == "thing":
            return self.reg.add(np_.text, span, name=self._common_name(np_), kind="unknown")
        return self._resolve_description(np_, pos)

    def _common_name(self, np_: NP) -> str:
        """A description's name: no article, and no capital that only a sentence start gave
        ("Unnamed experts said" -> "unnamed experts"; "Wasef archaeologists" keeps its)."""
        toks = [t for t in np_.toks if not (t.low in cues.ARTICLES and t is np_.toks[0])]
        if not toks:
            return strip_determiner(np_.text)
        name = self.text[toks[0].start : np_.end]
        first = toks[0]
        if first.text[1:].islower() and self._sentence_initial(first) and len(toks) > 1 and \
                toks[1].text[:1].islower() and not country_only(first.text) and \
                first.text not in cues.DEMONYMS:
            name = first.low + name[len(first.text):]
        return name

    def _issuer_in(self, np_: NP) -> str | None:
        """A capitalised issuer inside a document phrase: "an OSCE press release" -> OSCE."""
        run: list[Tok] = []
        best: list[Tok] = []
        for n_i, t in enumerate(np_.toks):
            if t.low == np_.head:
                continue  # "Reports said": the capital is the sentence's, not an issuer's
            if n_i + 1 < len(np_.toks) and t.text[1:].islower() and \
                    np_.toks[n_i + 1].text.islower() and self._sentence_initial(t):
                continue  # "Early reports suggested": a capital from the sentence start
            if (_is_cap(t) and t.text not in _MONTHS and t.text not in cues.NOT_NAME_WORDS) or (
                t.low in _NAME_CONNECT and run
            ):
                run.append(t)
            else:
                if run:
                    best = run
                run = []
        if run:
            best = run
        while best and best[-1].low in _NAME_CONNECT:
            best = best[:-1]
        if not best:
            return None
        name = self.text[best[0].start : best[-1].end]
        if name.endswith(("'s", "’s")):
            name = name[:-2]
        elif name.endswith(("'", "’")):
            name = name[:-1]
        return name

    def _resolve_document(self, np_: NP, pos: int) -> Entry | None:
        span = (np_.start, np_.end)
        issuer = self._issuer_in(np_)
        if issuer:
            if country_only(issuer):
                e = self.reg.add(issuer, span, kind="organization", named=True)
            else:
                e = self.reg.add(issuer, span, named=True)
                if e.kind in ("unknown",):
                    e.kind = "organization"
            self.reg.alias(e, strip_determiner(np_.text), None)
            self._docs[np_.head] = e
            return e
        # "the judge's statement": the owner issued it.
        for k in range(len(np_.toks) - 2, -1, -1):
            t = np_.toks[k]
            if t.text.endswith(("'s", "’s")) and k >= 0:
                owner_toks = [*np_.toks[:k], _new(Tok, (t.start, t.end - 2, t.text[:-2],
                                                        t.low[:-2]))]
                owner = self._make_np(owner_toks)
                if owner is not None and owner.kind in ("desc", "group", "pronoun"):
                    e = self.resolve_np(owner, pos)
                    if e is not None:
                        self.reg.alias(e, np_.text, span)
                        return e
                break
        det0 = np_.toks[0].low
        if det0 in ("its", "their", "his", "her") and len(np_.toks) >= 2:
            pron = {"its": "it", "their": "they", "his": "he", "her": "she"}[det0]
            e = self.resolve_pronoun(pron, pos)
            if e is not None:
                self.reg.alias(e, np_.text, span)
                return e
        prev = self._docs.get(np_.head)
        if prev is not None:
            self.reg.alias(prev, np_.text, span)
            return prev
        for e in self.reg.recent():
            if e.kind == "document" and e.name.lower().split()[-1:] == [np_.head]:
                self.reg.alias(e, np_.text, span)
                return e
        det = np_.toks[0].low
        bare = strip_determiner(np_.text).lower() == np_.head
        if det in ("the", "this", "that", "its", "their", "his", "her", "these", "those"):
            # "the response", "the statement": issued by whoever last spoke, preferring a
            # body or person named by a proper name.
            cur = self.sentence_at(pos)
            fallback = None
            for spos, entry, _subj in self._sources_before(pos):
                if self.sentence_at(spos) < cur - 6:
                    break
                ok_kinds = ("organization", "outlet", "person", "group", "unknown") if \
                    np_.head in cues.SPEECH_DOCUMENTS else ("organization", "outlet", "group",
                                                             "unknown")
                if entry.kind in ok_kinds:
                    if entry.named:
                        fallback = entry
                        break
                    fallback = fallback or entry
            if fallback is not None:
                self.reg.alias(fallback, np_.text, span)
                self._docs[np_.head] = fallback
                return fallback
        elif bare or (np_.head in ("reports", "rumours", "rumors", "accounts") and
                      det not in cues.DETERMINERS):
            return None  # "according to reports", "early reports": nobody recoverable
        return self.reg.add(np_.text, span, name=self._common_name(np_), kind="document")

    def _resolve_group(self, np_: NP, pos: int) -> Entry | None:
        span = (np_.start, np_.end)
        core = strip_determiner(np_.text)
        if core.lower() == np_.head:
            # Bare "authorities", "the officials": the latest group with that head.
            for e in self.reg.recent():
                if e.kind == "group" and np_.head in e.name.lower().split():
                    self.reg.alias(e, np_.text, span)
                    return e
        return self.reg.add(np_.text, span, name=self._common_name(np_), kind="group")

    def _resolve_description(self, np_: NP, pos: int) -> Entry | None:
        span = (np_.start, np_.end)
        head = np_.head
        det = np_.toks[0].low
        definite = det in ("the", "his", "her", "their", "its", "this", "that")
        if head in cues.PERSON_NOUNS and not any(_is_cap(t) and not _is_det(t)
                                                 and t.low != head for t in np_.toks):
            if definite:
                e = self.reg.by_role(head)
                if e is None:
                    for m in self._recent_mentions(pos, 40):
                        if head in m.roles and m.kind in ("person", "unknown"):
                            e = self._register_mention(m)
                            if e.kind == "unknown":
                                e.kind = "person"
                            break
                if e is not None:
                    e.roles.add(head)
                    self.reg.alias(e, np_.text, span)
                    return e
            return self.reg.add(np_.text, span, kind="person")
        if head in cues.PERSON_NOUNS:
            # A role with an organisation: keep the whole phrase as the name.
            e = self.reg.add(np_.text, span, kind="person", merge=True)
            if e.kind in ("outlet", "organization", "unknown") and len(e.mentions) == 1:
                e.kind = "person"  # "an Al Jazeera reporter" is a person, not the outlet
            return e
        # Organisation description: "the company", "the Embassy", "the ministry".
        if definite or det not in ("a", "an"):
            for e in self.reg.recent():
                if e.kind in ("organization", "outlet") and (
                        head in e.name.lower().split() or head in e.roles):
                    self.reg.alias(e, np_.text, span)
                    return e
            company = head in cues.COMPANY_NOUNS
            for m in self._recent_mentions(pos, 12):
                if m.kind in ("organization", "outlet") and (
                        head in m.text.lower().split() or head in m.roles or (
                            company and any(w in cues.COMPANY_WORDS for w in m.text.split()))):
                    e = self._register_mention(m)
                    self.reg.alias(e, np_.text, span)
                    return e
        name = strip_determiner(np_.text)
        if name.lower() == head and name[:1].islower():
            name = name
        return self.reg.add(np_.text, span, name=name, kind="organization")

    # --- cues ---------------------------------------------------------------------------------

    def run(self) -> Attributed:
        text = self.text
        sentences = self.sentences
        n = len(sentences)
        self._docs: dict[str, Entry] = {}
        # Quote interiors that mask cues: outer candidates of three words or more.
        masks = sorted(
            (q.start, q.end) for q in self.quotes
            if not q.nested and len(text[q.start : q.end].split()) >= 3
            and not getattr(q, "name_like", False)
        )
        mask_starts = [m[0] for m in masks]

        def masked(pos: int) -> bool:
            k = bisect_right(mask_starts, pos) - 1
            return k >= 0 and masks[k][0] <= pos < masks[k][1]

        buckets: list[list[tuple[int, int, str, str]]] = [[] for _ in range(n)]
        inner: list[list[tuple[int, int, str, str]]] = [[] for _ in range(n)]

        def put(s: int, e: int, kind: str, word: str) -> None:
            if not n:
                return
            si = self.sentence_at(s)
            if not (sentences[si].start <= s < sentences[si].end):
                return
            (inner if masked(s) else buckets)[si].append((s, e, kind, word))

        for m in cues.CUE_RE.finditer(text):
            # Cheap look at the word before: "the state", "was found" are no cues.
            ws = m.start(1)
            pw_start = text.rfind(" ", max(0, ws - 24), ws - 1) + 1
            prev_word = text[pw_start : ws - 1].lower()
            word = m.group(1)
            if word not in cues.CUE_WORDS or prev_word in _NOUN_BEFORE:
                continue
            if prev_word in cues.BE_FORMS and not word.endswith("ing"):
                continue
            if prev_word in _MODALS and word in _AMBIGUOUS_BASE | _BASE_FORMS:
                continue  # "will find", "could say": a plan, not a statement
            if prev_word == "to" and word in _AMBIGUOUS_BASE | _BASE_FORMS:
                before = text[max(0, ws - 20) : ws].lower()
                if not before.rstrip().endswith(("on to", "continued to", "went to")):
                    continue  # "to say", "to find": an infinitive ("went on to say" stays)
            if word in _DOC_ONLY and not _DOC_WORD_RE.search(text, max(0, ws - 90), ws):
                continue  # "found", "show": only a document can say so
            put(ws, m.end(1), "verb", word)
        for m in cues.NEGATIVE_CUE_RE.finditer(text):
            put(m.start() + 1, m.end(), "neg", m.group()[1:])
        for rx in (cues.ACCORDING_RE, cues.PER_RE):
            for m in rx.finditer(text):
                if m.start() == 0 or (not text[m.start() - 1].isalnum() and \
                        text[m.start() - 1] not in "$€£%-"):
                    put(m.start(), m.end(), "prep", m.group())
        for m in cues.PASSIVE_BY_RE.finditer(text):
            put(m.start() + 1, m.end(), "by", m.group()[1:])
        for m in _POSS_RE.finditer(text):
            if text[m.start() + 1] == "s" or text[m.start() - 1 : m.start()] == "s":
                put(m.start(), m.end(), "poss", m.group())
        hedges: list[list[tuple[int, int]]] = [[] for _ in range(n)]
        if n:
            for hs, he in self._hedges():
                if not masked(hs):
                    hedges[self.sentence_at(hs)].append((hs, he))

        atts: list[list[_Att]] = [[] for _ in range(n)]
        inner_atts: list[list[_Att]] = [[] for _ in range(n)]
        for si in range(n):
            self._cur_atts = atts[si]
            if buckets[si]:
                buckets[si].sort()
                neg_spans = [(b[0], b[1]) for b in buckets[si] if b[2] == "neg"]
                for s, e, kind, word in buckets[si]:
                    if kind == "verb" and any(a <= s < b for a, b in neg_spans):
                        continue
                    for att in self._cue(si, s, e, kind, word):
                        if all(a.entry is not att.entry for a in atts[si]):
                            atts[si].append(att)
                            self.state.add(att.pos, att.entry, kind in ("verb", "neg"))
            self._cur_atts = inner_atts[si]
            for s, e, kind, word in sorted(inner[si]):
                # Inside a quotation only plain speech tags name a further source.
                if kind != "prep" and (kind != "verb" or word not in cues.INVERTABLE):
                    continue
                for att in self._cue(si, s, e, kind, word, inside_quote=True):
                    inner_atts[si].append(att)
        keep = self._keep_quotes(atts)
        _, quote_atts = self._speakers(keep, atts, inner_atts)
        for qi, q in enumerate(self.quotes):
            # A short phrase in quote marks that nobody is said to have said, inside a
            # sentence, is a term or a scare quote ("a consistent life ethic").
            if keep[qi] and quote_atts[qi] is None and not q.nested:
                inner_text = text[q.start : q.end].strip(_EDGE)
                lead = text[self.sentences[self.sentence_at(q.open_start)].start : q.open_start]
                if len(inner_text.split()) <= 5 and lead.strip(" \"“‘'([") and not any(
                        c in inner_text for c in ".!?") and not _PERSONAL_RE.search(inner_text):
                    keep[qi] = False
        # Sentences: their own attributions, plus the speakers of quotes they overlap.
        final: list[list[_Att]] = [list(a) for a in atts]
        for qi, q in enumerate(self.quotes):
            qa = quote_atts[qi]
            if not keep[qi] or qa is None:
                continue
            lo = self.sentence_at(q.start)
            hi = self.sentence_at(max(q.start, q.end - 1))
            for si in range(lo, hi + 1):
                if all(a.entry is not qa.entry for a in final[si]):
                    final[si].append(qa)
        for si in range(n):
            for a in inner_atts[si]:
                if a.surface.lower() in cues.ALL_PRONOUNS:
                    continue
                if all(x.entry is not a.entry for x in final[si]):
                    final[si].append(a)
        para_speaker = self._interview_labels(final)
        for qi, q in enumerate(self.quotes):
            if keep[qi] and quote_atts[qi] is None:
                pa = self.paragraph_of(self.sentence_at(q.open_start)) if n else -1
                if pa in para_speaker:
                    quote_atts[qi] = para_speaker[pa]  # a quotation inside an answer
        # Hedges: "reportedly" takes the previous sentence's sources when there are some.
        for si in range(1, n):
            if final[si] or not hedges[si]:
                continue
            prev = final[si - 1]
            if prev and self.paragraph_of(si) - self.paragraph_of(si - 1) <= 1:
                hs = hedges[si][0]
                final[si] = [_Att(a.entry, a.span, hs, hs[0], a.surface) for a in prev]
        used = {a.entry.key for fa in final for a in fa}
        used.update(qa.entry.key for qa in quote_atts if qa is not None)
        sources, ids = self.reg.build(used)
        claim_sources = []
        claim_atts = []
        for fa in final:
            fa_sorted = sorted(fa, key=lambda a: a.pos)
            seen: list[str] = []
            at: list[Attribution] = []
            for a in fa_sorted:
                sid = ids[a.entry.key]
                if sid not in seen:
                    seen.append(sid)
                    at.append(Attribution(sid, a.span, a.cue))
            claim_sources.append(tuple(seen))
            claim_atts.append(tuple(at))
        quote_speakers = [
            ids[qa.entry.key] if (qa is not None and keep[qi]) else None
            for qi, qa in enumerate(quote_atts)
        ]
        return Attributed(sources, claim_sources, claim_atts, quote_speakers, keep)

    def _interview_labels(self, final: list[list[_Att]]) -> dict[int, _Att]:
        """Interview transcripts: a paragraph opening with "((Name))" is Name's answer, and
        so are the unlabelled paragraphs after it; "((WN))"-style questions are nobody's."""
        text = self.text
        current: _Att | None = None
        si = 0
        n = len(self.sentences)
        by_para: dict[int, _Att] = {}
        for para in self.paragraphs:
            m = _LABEL_RE.match(text, para.start)
            if m:
                label = m.group(1).strip()
                if not any(ch.islower() for ch in label) or len(label) <= 3:
                    current = None  # the interviewer, or a language template
                else:
                    entry = self.reg.add(label, m.span(1), named=True)
                    if entry.kind == "unknown":
                        entry.kind = "person"
                    current = _Att(entry, m.span(1), None, m.start(1), label)
            while si < n and self.sentences[si].end <= para.end:
                if current is not None and self.sentences[si].start >= para.start:
                    # The interviewee speaks the whole answer; names cited in it come after.
                    final[si] = [current, *(a for a in final[si] if a.entry is not current.entry)]
                    by_para[self.sentences[si].paragraph] = current
                si += 1
        return by_para

    def _hedges(self) -> list[tuple[int, int]]:
        """Spans of "reportedly", "allegedly", "was said to", "are alleged to"."""
        text = self.text
        out: list[tuple[int, int]] = []
        for needle in cues.HEDGE_NEEDLES:
            i = text.find(needle)
            while i >= 0:
                j = i + len(needle)
                if needle[0] == " ":
                    word_start = text.rfind(" ", 0, i) + 1
                    if text[word_start:i] in cues.HEDGE_BE:
                        out.append((word_start, j - 1))
                elif (i == 0 or not text[i - 1].isalnum()) and (
                        j >= len(text) or not text[j].isalnum()):
                    out.append((i, j))
                i = text.find(needle, j)
        out.sort()
        return out

    def _cue(self, si: int, s: int, e: int, kind: str, word: str,
             inside_quote: bool = False) -> list[_Att]:
        """Attributions made by one cue occurrence in sentence si."""
        toks = self.toks(si, e)
        idx = self.tok_index(toks, s)
        cue_span: Span = (s, e)
        nps: list[NP] = []
        if kind in ("prep", "by"):
            nps = self.np_after(toks, self.tok_index(toks, e))
            if nps and nps[0].kind == "doc":
                # "according to a statement from the ministry": the issuer follows
                k = self.tok_index(toks, nps[0].end)
                if k + 1 < len(toks) and toks[k].low in ("from", "by", "of") and \
                        (_is_cap(toks[k + 1]) or _is_det(toks[k + 1])):
                    issuer = self.np_after(toks, k + 1)
                    if issuer and issuer[0].kind in ("name", "desc", "group"):
                        names = [x for x in issuer if x.kind == "name"]
                        nps = names if len(names) > 1 else issuer[:1]
            if kind == "prep" and word.lower().startswith("per") and not any(
                    n_.kind in ("name", "doc") for n_ in nps):
                return []
            if nps and nps[0].kind == "doc":
                # "a tweet on Monday by X", "a statement released by her family"
                k = self.tok_index(toks, nps[0].end)
                if k + 1 < len(toks) and toks[k].low == "on" and toks[k + 1].text in _TIME_WORDS:
                    k += 2
                if k + 1 < len(toks) and toks[k].low in ("released", "issued", "published",
                                                         "posted", "sent", "signed"):
                    k += 1
                    if k + 1 < len(toks) and toks[k].low in ("to", "on") and \
                            toks[k + 1].low in ("his", "her", "their", "its"):
                        pron = {"his": "he", "her": "she", "their": "they", "its": "it"}
                        e = self.resolve_pronoun(pron[toks[k + 1].low], toks[k + 1].start)
                        if e is not None:
                            return [_Att(e, (toks[k + 1].start, toks[k + 1].end), cue_span,
                                         toks[k + 1].start, toks[k + 1].text)]
                if k + 1 < len(toks) and toks[k].low == "by":
                    issuer = self.np_after(toks, k + 1)
                    if issuer and issuer[0].kind in ("name", "desc", "group", "thing"):
                        names = [x for x in issuer if x.kind == "name"]
                        nps = names if len(names) > 1 else issuer[:1]  # "by CNN and NPR"
        elif kind == "poss":
            # The owner ends at the apostrophe, usually inside its token ("Reuters’s").
            k = idx - 1
            while k >= 0 and toks[k].start >= s:
                k -= 1
            owner = None
            if k >= 0:
                t = toks[k]
                if t.end > s:
                    cut = s - t.start
                    tt = [*toks[:k], _new(Tok, (t.start, s, t.text[:cut], t.low[:cut]))]
                    owner, _ = self._collect_back(tt, k)
                else:
                    owner, _ = self._collect_back(toks, k)
            if owner is not None:
                kb = self.tok_index(toks, owner.start) - 1
                if kb >= 0 and toks[kb].low in ("after", "following", "before", "since",
                                                "until", "amid", "despite", "ahead"):
                    return []  # "Following the party's announcement, she …": a time
            if owner is not None and owner.kind in ("name", "group", "desc"):
                if owner.text.endswith(("'s", "’s")):
                    owner.text = owner.text[:-2]
                    owner.end -= 2
                nps = [owner]
            cue_span = (s, e)
        elif kind == "neg":
            nps, passive, _ = self.np_before(toks, idx)
            if passive:
                return []
            if not nps:
                nps = self._apposed_subject(toks, idx) or []
        else:
            nps = self._verb_subject(toks, idx, s, e, word)
            if nps is None:
                return []
            if word in cues.PARTICLE_REQUIRED:
                need = cues.PARTICLE_REQUIRED[word]
                if need:
                    nxt = toks[idx + 1].low if idx + 1 < len(toks) else ""
                    if nxt not in need:
                        return []
                    cue_span = (s, toks[idx + 1].end)
        if kind == "prep":
            nps = [x for x in nps if strip_determiner(x.text) not in cues.CHANNELS]
        out: list[_Att] = []
        if nps and nps[0] is _SAME_SUBJECT:
            last = self._cur_atts[-1]
            return [_Att(last.entry, last.span, cue_span, last.pos, last.surface)]
        names = [n_ for n_ in nps if n_.kind == "name"]
        if len(nps) > 1 and names:
            nps = names
        for np_ in nps:
            if inside_quote and np_.kind == "pronoun":
                out.append(_Att(Entry(-1, np_.text, "unknown", 0), (np_.start, np_.end),
                                cue_span, np_.start, np_.text))
                continue
            entry = self.resolve_np(np_, np_.start)
            if entry is None:
                continue
            out.append(_Att(entry, (np_.start, np_.end), cue_span, np_.start, np_.text))
        return out

    def _verb_subject(self, toks: list[Tok], idx: int, s: int, e: int, word: str
                      ) -> list[NP] | None:
        """The subject of a speech/report verb at token idx, or None if it is no cue here."""
        n = len(toks)
        if idx >= n:
            return None
        nxt = toks[idx + 1] if idx + 1 < n else None
        nxt_low = nxt.low if nxt else ""
        doc_only = word in cues.DOCUMENT_VERBS and word not in cues.SPEECH_VERBS
        if word in ("call", "calls", "called", "calling") and nxt_low == "for":
            doc_only = False
            weak = False
        else:
            weak = word in cues.WEAK_VERBS
        if word in _AMBIGUOUS_S and nxt is not None and nxt.text.islower() and (
                nxt_low in cues.CUE_WORDS or nxt_low.endswith("ed") or (
                    nxt_low.endswith("s") and len(nxt_low) > 3 and nxt_low not in _CLAUSE_OPENERS
                    and nxt_low not in ("this", "these", "those", "thus", "always", "perhaps"))):
            return None  # "Early reports suggested": the noun before a verb
        if word in _AMBIGUOUS_S and nxt_low in _NOUN_NEXT:
            # "US states as …" is a noun; '…," the response reads.' is a tag.
            if nxt_low not in (".", ";", ")"):
                return None
            _, _, stop = self.np_before(toks, idx)
            if stop < 0 or toks[stop].text not in _QUOTE_CHARS | {","}:
                return None
        if word in _AMBIGUOUS_BASE and not (
                nxt_low in _CLAUSE_OPENERS or (nxt is not None and nxt.text in _QUOTE_CHARS)):
            # "state law", "a police state and" are nouns; "the guidelines list X" is not.
            if nxt_low in _NOUN_NEXT:
                return None
            doc_only = True
        if word in _CLAUSE_REQUIRED and not (
                nxt_low in ("that", ",", ":") or (nxt is not None and nxt.text in _QUOTE_CHARS)):
            return None  # "The astronomers observed the disk": an action
        if word in ("continue", "continued") and nxt_low not in ("to", ",", ".", ":", '"',
                                                                  "“", "”"):
            return None
        prev = toks[idx - 1] if idx > 0 else None
        # "people believed to have been involved": a reduced passive, not a speech act.
        if nxt_low == "to" and idx + 2 < n and (word in _BELIEF_PARTICIPLES or (
                toks[idx + 2].low in ("be", "have") and word in ("said", "reported") and
                not (idx > 0 and _is_pron(toks[idx - 1])))):
            return None
        # Inverted tag after a quote or comma: '…," said the minister.'
        if prev is not None and (prev.text in _QUOTE_CHARS or prev.text == ",") and \
                word in cues.INVERTABLE and nxt is not None and (
                    _is_cap(nxt) or nxt.low in ("the", "a", "an", "he", "she", "they")
                    or nxt.low in cues.GROUP_NOUNS or (
                        prev.text in _QUOTE_CHARS and nxt.text.islower() and
                        nxt.low not in _CLAUSE_OPENERS)):  # '," said study co-author X'
            after = self.np_after(toks, idx + 1)
            if after and after[0].kind in ("name", "desc", "group", "pronoun", "doc"):
                k = self.tok_index(toks, after[0].end)
                closes = k >= len(toks) or toks[k].text in (",", ".", ";", "!", "?") or \
                    toks[k].low in ("in", "on", "at", "to", "from", "after", "before")
                if prev.text in _QUOTE_CHARS or closes:
                    return after[:1]
        if prev is not None and prev.text in _TIME_WORDS and idx >= 3 and \
                toks[idx - 2].low == "on" and toks[idx - 3].text == ",":
            idx -= 2  # "…, Neil Basu, on Sunday said": look past the time phrase
            prev = toks[idx - 1]
        if prev is not None and prev.text == "," and not word.endswith("ing"):
            # "And she, in response, said": the subject stands before a parenthetical
            k = idx - 2
            while k >= 0 and toks[k].text != "," and idx - k < 10:
                k -= 1
            if k >= 1 and toks[k].text == "," and _is_pron(toks[k - 1]) and \
                    toks[k - 1].low not in cues.PRONOUNS_FIRST:
                return [self._pronoun_np(toks[k - 1])]
            # "…, the president of the league, Ana Ruiz, said"
            before, stop = self._collect_back(toks, idx - 2)
            if before is not None and before.kind == "name" and (
                    _is_det(before.toks[0]) or before.toks[0].text in cues.TITLES):
                # "Ana Ruiz, the mayor of the city, said": the name is the subject
                apposed = self._apposed_subject(toks, idx)
                if apposed:
                    return apposed
            if before is not None and before.kind == "name" and \
                    (stop < 0 or toks[stop].text == "," or
                     person_like(strip_title(before.text))) and \
                    before.text not in cues.DEMONYMS and not country_only(before.text):
                return [before]
        progressive = word.endswith("ing")
        # Participle continuing the clause: "…, calling for…", "when announcing…".
        if progressive and word in cues.PARTICIPLES and prev is not None and (
                prev.text == "," or prev.low in _ING_INTRO or (
                    prev.text.islower() and prev.low in _SPEECH_ACTS)):
            if prev.low in _ING_INTRO:
                nps, passive, _ = self.np_before(toks, idx - 1)
                nps = [x for x in nps if x.kind in ("name", "pronoun", "group", "desc")]
                if nps and not passive:
                    return nps
            subj = self.clause_subject(toks, idx)
            return [subj] if subj is not None else None
        if progressive and (prev is None or prev.low not in cues.BE_FORMS):
            return None
        nps, passive, stop = self.np_before(toks, idx, progressive=progressive)
        if passive:
            return None
        if word in ("said", "says", "say") and nxt_low == "to" and not nps:
            return None
        if not nps:
            # Elided subject: "… but did not say", "… and added".
            if stop >= 0 and toks[stop].low in ("and", "but"):
                if self._cur_atts:
                    return [_SAME_SUBJECT]  # "X announced … and announced …"
                subj = self.clause_subject(toks, stop)
                return [subj] if subj is not None else None
            return self._apposed_subject(toks, idx)
        if doc_only:
            nps = [x for x in nps if x.kind == "doc"]
            return nps or None
        clause_next = word in ("said", "says", "say", "told", "tells", "wrote", "writes") or \
            nxt is None or nxt_low in _CLAUSE_OPENERS or nxt.text in _QUOTE_CHARS \
            or nxt.text in (",", ".") or _is_cap(nxt)
        ok = [x for x in nps if (x.kind in ("name", "pronoun", "group", "doc", "desc") or (
                  x.kind == "thing" and word in _PLAIN_SPEECH and clause_next))
              and not (x.kind == "name" and x.text in cues.DEMONYMS)]
        if word in ("called", "named", "dubbed") and ok and ok[0].toks and \
                ok[0].toks[0].low in ("a", "an"):
            return None  # "a firm called Harbourline": a name, not speech
        if word in ("call", "calls", "called") and nxt_low != "for":
            obj = self.np_after(toks, idx + 1)
            k = self.tok_index(toks, obj[0].end) if obj else idx + 1
            after = toks[k] if k < n else None
            if after is None or not (after.text in _QUOTE_CHARS or _is_det(after) or (
                    after.text.islower() and after.low not in cues.NP_STOP)):
                return None  # "called the police in …": a phone call, not a statement
        if not ok:
            return self._apposed_subject(toks, idx)
        if weak and any(x.kind == "pronoun" and x.head == "it" for x in ok):
            return None
        # An apposition before the verb: "X, a UN rapporteur who …, cautioned".
        first = ok[0]
        if first.kind == "desc" and first.toks[0].low in ("a", "an") and stop >= 0 and \
                toks[stop].text == ",":
            subj = self.clause_subject(toks, stop)
            if subj is not None and subj.kind == "name" and \
                    subj.toks[0].text not in cues.NOT_NAME_WORDS and \
                    self.text.startswith(",", subj.end):
                return [subj]
        return ok

    def _apposed_subject(self, toks: list[Tok], idx: int) -> list[NP] | None:
        """A name set off by an apposition: "X, a UN rapporteur who …, cautioned"."""
        subj = self.clause_subject(toks, idx)
        if subj is not None and subj.kind == "name" and self.text.startswith(",", subj.end):
            k = self.tok_index(toks, subj.end)
            if k < idx and any(t.text == "," for t in toks[k + 1 : idx]):
                return [subj]
        # "…, Vedur Office, the national weather service, issued": a name between commas
        # (or after the sentence start), with the apposition closing right before the verb.
        if idx < 1 or toks[idx - 1].text != ",":
            return None
        best: NP | None = None
        for c in range(1, idx - 1):
            if toks[c].text != ",":
                continue
            found, _, stop = self.np_before(toks, c)
            np_ = found[-1] if found else None
            if np_ is None or np_.kind not in ("name", "doc") or country_only(np_.text):
                continue
            if stop >= 0 and toks[stop].text != ",":
                continue
            first = next((t for t in np_.toks if not _is_det(t)), np_.toks[0])
            if first.text in cues.NOT_NAME_WORDS:
                continue
            after = toks[c + 1] if c + 1 < idx else None
            if after is None or not (_is_det(after) or after.low in ("who", "which") or
                                     after.low in cues.PERSON_NOUNS or
                                     after.low in cues.ORG_NOUNS or
                                     (after.low in ("in", "on", "at") and c + 2 < idx and
                                      _is_det(toks[c + 2]))):
                continue  # "El Paso, Texas, with the toll rising, …": no apposition
            best = np_
        return [best] if best is not None else None

    def clause_subject(self, toks: list[Tok], upto: int) -> NP | None:
        """The subject at the start of the clause that contains token `upto`."""
        # Start after the last sentence-internal break that opens a new clause.
        start = 0
        m = _ONE_OF_RE.match(self.text, toks[0].start) if toks else None
        text = self.text
        closed = 0  # quotations closed before `upto`: their opening marks are no clause start
        for k in range(upto - 1, -1, -1):
            t = toks[k]
            opening = t.text in _QUOTE_CHARS and (t.text in "“‘„«" or (
                (t.start == 0 or text[t.start - 1].isspace()) and
                t.end < len(text) and not text[t.end].isspace()))
            if t.text in _QUOTE_CHARS and not opening:
                closed += 1
                continue
            if opening and closed:
                closed -= 1
                continue
            if t.text in (";", ":") or opening:
                start = k + 1
                break
        if start < len(toks):
            m = _ONE_OF_RE.match(self.text, toks[start].start)
            if m:
                head = m.group(1)
                if head in cues.GROUP_NOUNS or head.rstrip("s") in cues.PERSON_NOUNS or \
                        head[:-1] in cues.PERSON_NOUNS:
                    k = self.tok_index(toks, m.end())
                    ptoks = [t for t in toks[start:k]]
                    return NP(ptoks, m.start(), m.end(), m.group(), "group", head=head)
        # Skip introductory phrases ending in commas ("On Thursday, with protests ongoing,").
        begins = [start]
        if start < len(toks) and (toks[start].text in cues.NOT_NAME_WORDS or
                                  not _is_cap(toks[start])):
            begins = [k + 1 for k in range(start, min(upto, start + 20))
                      if toks[k].text == ","] + [start]
        for begin in begins:
            if begin >= upto:
                continue
            nps = self.np_after(toks, begin)
            if nps and (nps[0].kind in ("name", "pronoun", "group") or (
                    nps[0].kind == "desc" and nps[0].toks[0].low == "the")) and \
                    nps[0].start < toks[min(upto, len(toks) - 1)].start:
                return nps[0]
        return None

    # --- quotes -----------------------------------------------------------------------------

    def _keep_quotes(self, atts: list[list[_Att]]) -> list[bool]:
        text = self.text
        keep: list[bool] = []
        for q in self.quotes:
            inner = text[q.start : q.end]
            core = inner.strip(_EDGE)
            nwords = len(core.split())
            if not core or not any(ch.isalpha() for ch in core):
                keep.append(False)
                continue
            name_like = getattr(q, "name_like", False)
            si = self.sentence_at(q.open_start)
            sent = self.sentences[si] if self.sentences else None
            lo = sent.start if sent else 0
            clause_start = max(text.rfind(",", lo, q.open_start), text.rfind(";", lo,
                                                                              q.open_start),
                               lo)
            before = text[clause_start : q.open_start]
            naming = (bool(_STRONG_NAMING_RE.search(before)) and nwords < 8) or bool(
                _PASSIVE_CALLED_RE.search(before))
            just = text[max(lo, q.open_start - 30) : q.open_start]
            naming_just = bool(_NAMING_JUST_BEFORE_RE.search(just))
            if q.nested:
                keep.append(nwords >= 3 and not name_like and not naming)
                continue
            if name_like:
                keep.append(False)
                continue
            if naming or (nwords <= 5 and _NAMING_NOUN_BEFORE_RE.search(just)):
                keep.append(False)  # "the term "natural born citizen"": a name
                continue
            if nwords <= 2:
                attributed = False
                if sent is not None:
                    for a in atts[si]:
                        cue = a.cue
                        if cue is None:
                            continue
                        if cue[1] <= q.open_start:
                            between = text[cue[1] : q.open_start]
                            if not any(c in between for c in "\"“”„«»"):
                                attributed = True
                        elif cue[0] >= q.close_end:
                            between = text[q.close_end : cue[0]]
                            if len(between) < 40 and not any(c in between for c in "\"“”„«»"):
                                attributed = True
                if (naming_just and not attributed) or _NAMING_NOUN_BEFORE_RE.search(just):
                    keep.append(False)  # "his nickname "Spike"", "the terms "X"": names
                    continue
                keep.append(attributed)
                continue
            keep.append(True)
        return keep

    def _speakers(self, keep: list[bool], atts: list[list[_Att]],
                  inner_atts: list[list[_Att]]) -> tuple[list[str | None], list[_Att | None]]:
        text = self.text
        out: list[_Att | None] = []
        last: _Att | None = None
        last_para = -10
        outer_for: list[int | None] = []
        for qi, q in enumerate(self.quotes):
            parent = None
            if q.nested:
                for pj in range(qi - 1, -1, -1):
                    p = self.quotes[pj]
                    if p.nested:
                        continue
                    if p.start <= q.open_start and q.close_end <= p.end + 1:
                        parent = pj
                    break  # outer quotations do not overlap: only the nearest can hold it
            outer_for.append(parent)
            if not keep[qi]:
                out.append(None)
                continue
            if q.nested:
                out.append(None)  # filled below, once the outer speaker is known
                continue
            so = self.sentence_at(q.open_start)
            sc = self.sentence_at(max(q.open_start, q.close_end - 1))
            chosen: _Att | None = None
            after_tag = [a for a in atts[sc] if a.cue and a.cue[0] >= q.close_end]
            before_tag = [a for a in atts[so] if a.cue and a.cue[1] <= q.open_start]
            gap_after = None
            if after_tag:
                a0 = min(after_tag, key=lambda a: a.cue[0])  # type: ignore[index]
                seg = text[q.close_end : min(a0.cue[0], a0.span[0])]  # type: ignore[index]
                if not any(c in seg for c in "\"“”„«»") and len(seg) < 60:
                    gap_after = a0
            if before_tag:
                b0 = max(before_tag, key=lambda a: a.cue[1])  # type: ignore[index]
                seg = text[b0.cue[1] : q.open_start]  # type: ignore[index]
                closes_before = any(c in seg for c in "\"”»")
                chosen = gap_after if closes_before and gap_after is not None else b0
            if chosen is None and gap_after is not None:
                chosen = gap_after
            if chosen is None:
                # Any attribution in the sentence that opens the quote, outside it.
                for a in atts[so]:
                    if a.cue and not (q.start <= a.cue[0] < q.end):
                        chosen = a
                        break
            sent_lead = self.text[self.sentences[so].start : q.open_start] if \
                self.sentences else ""
            free = not sent_lead.strip(" \"“‘'([")
            if chosen is None and not free:
                # No speech tag: the subject of the clause that introduces the quote
                # ("Pompeo cited the government's "…"").
                toks = self.toks(so, q.open_start)
                k = self.tok_index(toks, q.open_start)
                while k > 0 and toks[k - 1].text in (":", ",", "—", "–"):
                    k -= 1
                subj = self.clause_subject(toks, k) if k > 0 else None
                if subj is not None and subj.kind in ("name", "pronoun"):
                    entry = self.resolve_np(subj, subj.start)
                    if entry is not None and entry.kind in ("person", "organization",
                                                            "outlet", "group"):
                        chosen = _Att(entry, (subj.start, subj.end), None, subj.start,
                                      subj.text)
            if chosen is None and free and sc + 1 < len(self.sentences) and \
                    self.paragraph_of(sc + 1) == self.paragraph_of(sc) and atts[sc + 1]:
                # '"We are done." Smith said.': a bare tag sentence right after the quote
                nxt_sent = self.sentences[sc + 1]
                a0 = atts[sc + 1][0]
                rest = self.text[nxt_sent.start : nxt_sent.end]
                if a0.cue is not None and len(rest.split()) <= len(a0.surface.split()) + 3:
                    chosen = a0
            first_person = bool(_FIRST_PERSON_RE.search(text, q.start, q.end))
            if chosen is None and not free and first_person and last is not None and \
                    self.paragraph_of(so) - last_para <= 1:
                chosen = last  # 'The costume "is very warm, so I have to…"': the last speaker
            if chosen is None and free:
                # A free-standing quotation takes the last speaker.
                pi = self.paragraph_of(so)
                if last is not None and pi - last_para <= 2:
                    chosen = last
                else:
                    for spos, entry, _subj in self._sources_before(q.open_start):
                        span = entry.mentions[-1] if entry.mentions else (spos, spos)
                        chosen = _Att(entry, span, None, spos, entry.name)
                        break
                    if chosen is not None and \
                            self.paragraph_of(self.sentence_at(chosen.pos)) < pi - 3:
                        chosen = None
            if chosen is not None and chosen.entry.key < 0:
                chosen = None
            if chosen is not None:
                last = chosen
                last_para = self.paragraph_of(sc)
                self.state.last_speaker = chosen.entry
            out.append(chosen)
        # Nested quotes: speaker named inside the outer quote, else the outer speaker.
        for qi, q in enumerate(self.quotes):
            if not keep[qi] or not q.nested:
                continue
            parent = outer_for[qi]
            outer = out[parent] if parent is not None else None
            si = self.sentence_at(q.open_start)
            chosen = None
            for a in inner_atts[si]:
                if a.cue and a.cue[1] <= q.open_start and a.entry.key >= 0:
                    seg = text[a.cue[1] : q.open_start]
                    if not any(c in seg for c in "'‘’"):
                        chosen = a
            out[qi] = chosen or outer
        return [None] * len(out), out


def attribute(text: str, paragraphs: Sequence[Paragraph], sentences: Sequence[Sentence],
              quotes: Sequence[Any]) -> Attributed:
    """Sources per sentence and speakers per quote candidate (see module docstring)."""
    return _Attributor(text, paragraphs, sentences, quotes).run()
