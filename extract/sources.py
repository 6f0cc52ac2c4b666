"""Sources: naming, classifying and merging the ways an article refers to who said what.

An article names one source in many ways ("the Harbour Board", "Harbour Board",
"they"; "Ana Ruiz", "Ruiz"; "the International Monetary Fund (IMF)", "IMF"). The
`SourceRegistry` folds those surface forms into one `Source` each, with a display name,
a kind, the aliases used and the spans where they occur. All rules are general: titles,
determiners, demonyms, abbreviations in parentheses, surnames, acronyms by initials.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from extract import cues
from extract.model import Source, Span

# How many registered sources a lookup considers (all of them in any news article).
_WINDOW = 400
_SPACE_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"[\w][\w.'’&-]*")
_ACRONYM_RE = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&/-]{1,9}$")
_POSSESSIVE_END_RE = re.compile(r"(?:'s|’s|'|’)$")
_AGE_RE = re.compile(r"^\d+-year-old\s+(?=\S)")
_PAREN_ABBR_RE = re.compile(r"\s*\(([^()]{1,20})\)\s*$")
_CONNECTORS = frozenset(
    {"of", "for", "the", "and", "de", "del", "da", "do", "dos", "das", "di", "du", "la", "le",
     "van", "von", "der", "den", "bin", "ibn", "al", "el", "y", "on", "in", "&"}
)
_LOWER_NAME_PARTICLES = frozenset(
    {"bin", "ibn", "al", "el", "de", "del", "da", "van", "von", "der", "den", "di", "du", "la",
     "le", "dos", "das", "y"}
)


def _words(name: str) -> list[str]:
    return _WORD_RE.findall(name)


@lru_cache(maxsize=4096)
def country_only(name: str) -> bool:
    """True when the whole phrase is a country name or demonym ("Norway", "the UK")."""
    from extract.countries import find_countries  # the COUNTRIES stage's table

    core = strip_determiner(name)
    if not core:
        return False
    hits = find_countries(core)
    return len(hits) == 1 and hits[0].start == 0 and hits[0].end >= len(core.rstrip("'’s"))


@lru_cache(maxsize=4096)
def leading_country_words(name: str) -> int:
    """How many leading words of `name` are a country or demonym ("The American X" -> 1)."""
    from extract.countries import find_countries

    hits = find_countries(name)
    if not hits or hits[0].start != 0:
        return 0
    return len(name[: hits[0].end].split())


def strip_determiner(phrase: str) -> str:
    """Drop a leading article and surrounding spaces/punctuation: "the WHO" -> "WHO"."""
    p = phrase.strip().strip(",;:")
    low = p.lower()
    for art in ("the ", "a ", "an "):
        if low.startswith(art):
            return p[len(art) :].strip()
    return p


def is_acronym(word: str) -> bool:
    """All-capital short words and dotted initials: "IMF", "U.S.", "AP/AFP"."""
    return bool(_ACRONYM_RE.match(word))


def initials(name: str) -> str:
    """Initials of the capitalised words: "Nordic Shipping Council" -> "NSC"."""
    return "".join(w[0] for w in _words(name) if w[0].isupper() and w.lower() not in _CONNECTORS)


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def _particle_name(word: str) -> bool:
    """A name joined to a lowercase particle: "al-Sisi", "bin-Salman", "de-Gaulle"."""
    head, _, rest = word.partition("-")
    return bool(rest) and rest[:1].isupper() and head in _LOWER_NAME_PARTICLES


def person_like(name: str) -> bool:
    """Two to five capitalised words (particles allowed) with no organisation/outlet word."""
    ws = _words(name)
    caps = [w for w in ws if is_capitalised(w) or _particle_name(w)]
    if not 2 <= len(caps) <= 5:
        return False
    if ws[-1] in cues.EVENT_WORDS:
        return False  # "Iraq War", "Davis Cup": an event, not a person
    if any(w.lower() not in _LOWER_NAME_PARTICLES for w in ws
           if not is_capitalised(w) and not _particle_name(w)):
        return False
    if any(w in cues.ORG_WORDS or w in cues.OUTLET_WORDS for w in ws):
        return False
    if any(p in cues.ORG_WORDS or p in cues.OUTLET_WORDS for w in ws for p in w.split("-")):
        return False
    if any(is_acronym(w) and not (len(w) == 2 and w.endswith(".")) for w in ws):
        return False
    return not any(w.endswith(("'s", "’s")) for w in ws)


def strip_title(name: str) -> str:
    """Remove titles and their country prefixes: "US President Donald Trump" -> "Donald Trump".

    Returns the name unchanged if nothing is left after the titles.
    """
    ws = name.split()
    best = name
    for i, w in enumerate(ws[:-1]):
        if w not in cues.TITLES and w.rstrip(",") not in cues.TITLES:
            continue
        if i > 0 and not is_capitalised(ws[i - 1]) and not (
                ws[i - 1] == "of" and i >= 2 and ws[i - 2] in cues.TITLES):
            continue  # "Conference of State Legislatures": no title here
        j = i
        while j + 1 < len(ws) - 1 and ws[j + 1] in cues.TITLES:
            j += 1
        rest_words = ws[j + 1 :]
        # "Special Representative for Iran Brian Hook", "Minister of Foreign Affairs X"
        if rest_words and rest_words[0] in ("for", "of"):
            k = 1
            while k < len(rest_words) - 1 and (
                    rest_words[k] in cues.TITLES or rest_words[k] in cues.ORG_WORDS
                    or rest_words[k] in ("the", "and") or country_only(rest_words[k])):
                k += 1
            tail = len(rest_words) - 2
            if k < tail and all(is_capitalised(w) for w in rest_words[k:tail]) and \
                    person_like(" ".join(rest_words[tail:])):
                # "Mayor of Koszalin Piotr Jedlinski", "Director of National Intelligence
                # Jo Ray": the office's words run on to a two-word name
                k = tail
            if k > 1 and person_like(" ".join(rest_words[k:])):
                rest_words = rest_words[k:]
        if not rest_words or not is_capitalised(rest_words[0]):
            continue
        if any(x in cues.ORG_WORDS or x in cues.OUTLET_WORDS for x in rest_words):
            # "Transport Department", "French Embassy": a body, not a titled person (unless
            # an earlier title already led to a name: "Minister of Foreign Affairs X")
            return best
        best = " ".join(rest_words)  # the last title run wins: "U.S. District Judge X"
    return best


def split_of(name: str) -> tuple[str, str | None]:
    """A person named with an employer: "Lena Park of the CRI" -> ("Lena Park", "CRI")."""
    for sep in (" of the ", " of The ", " of "):
        k = name.find(sep)
        if k > 0:
            left, right = name[:k], name[k + len(sep) :]
            if person_like(strip_title(left)) and right and is_capitalised(right) and \
                    left.split()[-1] not in cues.TITLES:  # "Current Director of X": an office
                return left, right
    return name, None


_PERSON_TITLES = frozenset(
    {"Minister", "Secretary", "President", "Director", "Director-General", "Spokesman",
     "Spokeswoman", "Spokesperson", "Commissioner", "Chairman", "Chairwoman", "Governor",
     "Mayor", "Ambassador", "Chancellor", "Premier", "Senator", "Judge", "Prosecutor",
     "Secretary-General", "Chief", "CEO", "Attorney", "Sheriff", "Coroner", "Ombudsman"}
)


def _title_headed(ws: list[str]) -> bool:
    """A role named by its title, with no person's name: "Health Minister for the Region"."""
    for i, w in enumerate(ws):
        if w in ("of", "for", "in", "at"):
            return False
        if w in _PERSON_TITLES:
            rest = ws[i + 1 :]
            return not rest or rest[0] in ("of", "for", "in", "at")
        if w in cues.ORG_WORDS or w in cues.OUTLET_WORDS:
            return False
    return False


@lru_cache(maxsize=8192)
def classify(name: str, hint: str | None = None) -> str:
    """Kind of a named source: outlet, organization, person, group, document or unknown."""
    ws = _words(name)
    ws = ws + [p for w in ws if "-" in w for p in w.split("-")]
    low = name.lower()
    if hint in ("group", "document"):
        return hint
    if _title_headed(ws):
        return "person"
    if low in cues.OUTLET_NAMES or any(w in cues.OUTLET_WORDS for w in ws):
        return "outlet"
    if hint == "outlet":
        return "outlet"
    if any(w in cues.ORG_WORDS for w in ws) or (ws and all(is_acronym(w) for w in ws)):
        return "organization"
    if country_only(name):
        return "organization"
    if hint:
        return hint
    if person_like(name):
        return "person"
    return "unknown"


_GOVERNMENT_RE = re.compile(
    r"^(?:(?:the\s+)?(?:government|administration)\s+of\s+(?:the\s+)?(.+)|"
    r"(?:the\s+)?(.+?)(?:'s|’s)?\s+government)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def government_of(name: str) -> str | None:
    """The country code when a phrase names a country's government ("Norway",
    "the Norwegian government", "the government of Chile"), else None."""
    from extract.countries import find_countries

    low = name.lower()
    if "government" in low or "administration" in low:
        m = _GOVERNMENT_RE.match(name.strip())
        core = (m.group(1) or m.group(2)) if m else strip_determiner(name)
    else:
        core = strip_determiner(name)
        if len(core.split()) > 3 or not country_only(core):
            return None
    hits = find_countries(core)
    if len(hits) == 1 and hits[0].start == 0 and hits[0].end >= len(core.rstrip("'’s")):
        return hits[0].code
    return None


@lru_cache(maxsize=8192)
def norm_key(name: str) -> str:
    """A comparison key: no determiner, no possessive, no demonym before a proper name."""
    code = government_of(name)
    if code is not None:
        return "government:" + code
    n = strip_determiner(_SPACE_RE.sub(" ", name))
    n = _POSSESSIVE_END_RE.sub("", n)
    n = _PAREN_ABBR_RE.sub("", n)
    ws = n.split()
    k = leading_country_words(n) if len(ws) > 1 else 0
    if 0 < k < len(ws) and is_capitalised(ws[k]) and ws[k] not in cues.TITLES and not (
            len(ws) - k == 1 and ws[k] in cues.NOT_NAME_WORDS):
        rest = ws[k:]
        if not all(w.lower() in cues.GROUP_NOUNS for w in rest):
            ws = rest
    return " ".join(ws).lower().strip(".,;:")


@dataclass
class Entry:
    """One source being assembled while the article is read."""

    key: int
    name: str
    kind: str
    first: int
    keys: set[str] = field(default_factory=set)
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    acronyms: set[str] = field(default_factory=set)
    titled: str | None = None  # "Governor Dern" when only a surname is known
    named: bool = False  # introduced by a proper name, not only by a description
    gender: str | None = None  # "m"/"f" once a title, role noun or pronoun says so

    _alias_set: set[str] = field(default_factory=set)
    _mention_set: set[Span] = field(default_factory=set)

    def add_surface(self, surface: str, span: Span | None) -> None:
        """Record a surface form and a span once each (sets: a long article repeats them)."""
        if surface and surface not in self._alias_set:
            self._alias_set.add(surface)
            self.aliases.append(surface)
        if span is not None and span not in self._mention_set:
            self._mention_set.add(span)
            self.mentions.append(span)


class SourceRegistry:
    """Collects source mentions and merges those that name the same source."""

    def __init__(self, full_names: dict[str, str] | None = None,
                 abbreviations: dict[str, str] | None = None) -> None:
        self.entries: list[Entry] = []
        self._by_key: dict[str, Entry] = {}
        # Surname/first-name token -> full person name used anywhere in the text.
        self.full_names = full_names or {}
        # "NSC" -> "Nordic Shipping Council" for "Nordic Shipping Council (NSC)" in the text.
        self.abbreviations = abbreviations or {}

    # --- lookup -------------------------------------------------------------------------

    def recent(self) -> Iterator[Entry]:
        """Entries latest first, at most `_WINDOW`: a reference reaches back that far, and
        the bound keeps a book-length text linear."""
        entries = self.entries
        return reversed(entries if len(entries) <= _WINDOW else entries[-_WINDOW:])

    def scan(self) -> list[Entry]:
        """Entries in order of registration; in a long text, the first and latest ones."""
        entries = self.entries
        if len(entries) <= _WINDOW:
            return entries
        half = _WINDOW // 2
        return entries[:half] + entries[-half:]

    def find(self, name: str) -> Entry | None:
        """The entry a name refers to, if already registered."""
        key = norm_key(name)
        if not key:
            return None
        e = self._by_key.get(key)
        if e is not None:
            return e
        core = strip_determiner(name)
        core = _POSSESSIVE_END_RE.sub("", core)
        ws = core.split()
        if len(ws) == 1:
            w = ws[0]
            full = self.full_names.get(w)
            if full:
                # The article's own full name for this token decides; no surname guessing.
                return self._by_key.get(norm_key(full))
            if is_acronym(w):
                for e in self.scan():
                    if w in e.acronyms or w.replace(".", "") == initials(e.name):
                        return e
                expanded = self.abbreviations.get(w) or cues.KNOWN_ACRONYMS.get(w)
                if expanded:
                    e = self._by_key.get(norm_key(expanded))
                    if e is not None:
                        return e
            # A surname or first name of a registered person.
            for e in self.recent():
                if e.kind == "person" and len(e.name.split()) > 1:
                    parts = e.name.split()
                    if w == parts[-1] or w == parts[0]:
                        return e
        else:
            # A full name whose registered entry is only a surname ("Dern" then "Paul Dern").
            if person_like(core):
                parts = core.split()
                for e in self.scan():
                    if e.kind in ("person", "unknown") and e.name in (parts[-1], parts[0]):
                        return e
            acro = initials(core)
            if len(acro) >= 2:
                for e in self.scan():
                    if acro in e.acronyms or (is_acronym(e.name) and e.name == acro):
                        return e
        return None

    def by_role(self, role: str) -> Entry | None:
        """The latest entry described by a role noun ("commissioner", "daughter")."""
        for e in self.recent():
            if role in e.roles:
                return e
        return None

    # --- registration --------------------------------------------------------------------

    def add(self, surface: str, span: Span | None, *, name: str | None = None,
            kind: str | None = None, roles: tuple[str, ...] = (),
            abbreviation: str | None = None, merge: bool = True,
            named: bool = False) -> Entry:
        """Register one mention and return the entry it belongs to (new or merged)."""
        canonical = self.canonical(name if name is not None else surface, kind)
        entry = self.find(canonical) if merge else None
        if entry is None and merge and canonical != surface:
            entry = self.find(surface)
        if kind is None and canonical != surface and \
                strip_title(strip_determiner(surface)) != strip_determiner(surface):
            kind = "person"  # a title was dropped: "Governor Dern"
        if entry is None:
            k = kind if kind in ("group", "document") else classify(canonical, kind)
            if kind == "person" and canonical.split()[-1][:1].islower():
                k = "person"  # "an Al Jazeera reporter in Kenya" is a person
            entry = Entry(key=len(self.entries), name=canonical, kind=k,
                          first=span[0] if span else 0)
            self.entries.append(entry)
        else:
            self._upgrade(entry, canonical, kind)
        if span is not None:
            entry.first = min(entry.first, span[0]) if entry.mentions else span[0]
        entry.add_surface(surface, span)
        for key in {norm_key(canonical), norm_key(surface)}:
            if key and key not in self._by_key:
                self._by_key[key] = entry
                entry.keys.add(key)
        entry.roles.update(roles)
        entry.named = entry.named or named
        if abbreviation:
            entry.acronyms.add(abbreviation)
            self._by_key.setdefault(abbreviation.lower(), entry)
        core = strip_determiner(surface)
        if is_acronym(core):
            entry.acronyms.add(core)
        if entry.kind == "person" and len(entry.name.split()) == 1:
            titled = strip_determiner(surface)
            if len(titled.split()) > 1 and titled.endswith(entry.name):
                entry.titled = entry.titled or titled
        return entry

    def canonical(self, name: str, kind: str | None = None) -> str:
        """The display name for a surface form."""
        n = strip_determiner(_SPACE_RE.sub(" ", name))
        n = _AGE_RE.sub("", n)  # "47-year-old Ana Ruiz" is Ana Ruiz
        n = _PAREN_ABBR_RE.sub("", n).strip()
        n = _POSSESSIVE_END_RE.sub("", n) if not n.endswith("s'") else n[:-1]
        if kind in ("group", "document"):
            return n
        left, employer = split_of(n)
        if employer is not None:
            n = left
        stripped = strip_title(n)
        ws = stripped.split()
        if len(ws) == 1:
            w = ws[0]
            full = self.full_names.get(w)
            if full:
                return full
            if is_acronym(w):
                return self.abbreviations.get(w) or cues.KNOWN_ACRONYMS.get(w) or w
        elif len(ws) > 1:
            k = leading_country_words(stripped)
            if not all(w in cues.DEMONYMS for w in ws[:k]):
                k = 0  # "USA Today": a country name, not an adjective, is part of the name
            if 0 < k < len(ws) and is_capitalised(ws[k]) and (
                classify(" ".join(ws[k:])) == "outlet" or kind == "outlet"
            ):
                stripped = " ".join(ws[k:])
        return stripped

    def _upgrade(self, entry: Entry, canonical: str, kind: str | None) -> None:
        """Prefer the fuller name and the more specific kind."""
        if entry.kind in ("group", "document"):
            return
        if (len(canonical.split()) > len(entry.name.split()) and person_like(canonical)
                and entry.kind in ("person", "unknown")):
            entry.name = canonical
            entry.kind = "person"
        elif is_acronym(entry.name) and len(canonical.split()) > 1 and \
                initials(canonical) == entry.name.replace(".", ""):
            entry.acronyms.add(entry.name)
            entry.name = canonical
        if entry.kind == "unknown" and kind:
            entry.kind = kind

    def alias(self, entry: Entry, surface: str, span: Span | None) -> None:
        """Record a pronoun or description that was resolved to `entry`."""
        entry.add_surface(surface, span)

    # --- output ---------------------------------------------------------------------------

    def display_name(self, entry: Entry) -> str:
        if entry.kind == "person" and len(entry.name.split()) == 1 and entry.titled:
            return entry.titled
        return entry.name

    def build(self, used: set[int]) -> tuple[list[Source], dict[int, str]]:
        """Sources for the entries that are cited, numbered s1, s2… by first mention."""
        chosen = [e for e in self.entries if e.key in used]
        chosen.sort(key=lambda e: (min(m[0] for m in e.mentions) if e.mentions else e.first))
        ids: dict[int, str] = {}
        out: list[Source] = []
        for i, e in enumerate(chosen, 1):
            sid = f"s{i}"
            ids[e.key] = sid
            name = self.display_name(e)
            aliases = tuple(a for a in e.aliases if a != name)
            out.append(Source(id=sid, name=name, kind=e.kind, aliases=aliases,
                              mentions=tuple(sorted(e.mentions))))
        return out, ids
