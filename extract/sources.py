"""Sources: naming, classifying and merging the ways an article refers to who said what.

An article names one source in many ways ("the Harbour Board", "Harbour Board",
"they"; "Ana Ruiz", "Ruiz"; "the International Monetary Fund (IMF)", "IMF"). The
`SourceRegistry` folds those surface forms into one `Source` each, with a display name,
a kind, the aliases used and the spans where they occur. All rules are general: titles,
determiners, demonyms, abbreviations in parentheses, surnames, acronyms by initials.
"""

from __future__ import annotations

from collections.abc import Iterator

from extract import cues
from extract.model import Source, Span
from extract.record import FACTORY, Record
from extract.source_names import (
    _AGE_RE,
    _PAREN_ABBR_RE,
    _POSSESSIVE_END_RE,
    _SPACE_RE,
    classify,
    country_only,
    government_of,
    initials,
    is_acronym,
    is_capitalised,
    leading_country_words,
    norm_key,
    person_like,
    split_of,
    strip_determiner,
    strip_title,
)

# How many registered sources a lookup considers (all of them in any news article).
_WINDOW = 400

# Name helpers live in extract/source_names.py; they are re-exported for older imports.
__all__ = [
    "Entry",
    "SourceRegistry",
    "classify",
    "country_only",
    "government_of",
    "initials",
    "is_acronym",
    "is_capitalised",
    "leading_country_words",
    "norm_key",
    "person_like",
    "split_of",
    "strip_determiner",
    "strip_title",
]



class Entry(
    Record,
    factories={
        "keys": set,
        "aliases": list,
        "mentions": list,
        "roles": set,
        "acronyms": set,
        "_alias_set": set,
        "_mention_set": set,
    },
):
    """One source being assembled while the article is read."""

    key: int
    name: str
    kind: str
    first: int
    keys: set[str]
    aliases: list[str]
    mentions: list[Span]
    roles: set[str]
    acronyms: set[str]
    titled: str | None  # "Governor Dern" when only a surname is known
    named: bool  # introduced by a proper name, not only by a description
    gender: str | None  # "m"/"f" once a title, role noun or pronoun says so

    _alias_set: set[str]
    _mention_set: set[Span]

    def __init__(
        self,
        key: int,
        name: str,
        kind: str,
        first: int,
        keys: set[str] = FACTORY,
        aliases: list[str] = FACTORY,
        mentions: list[Span] = FACTORY,
        roles: set[str] = FACTORY,
        acronyms: set[str] = FACTORY,
        titled: str | None = None,
        named: bool = False,
        gender: str | None = None,
        _alias_set: set[str] = FACTORY,
        _mention_set: set[Span] = FACTORY,
    ) -> None:
        self.key = key
        self.name = name
        self.kind = kind
        self.first = first
        self.keys = set() if keys is FACTORY else keys
        self.aliases = [] if aliases is FACTORY else aliases
        self.mentions = [] if mentions is FACTORY else mentions
        self.roles = set() if roles is FACTORY else roles
        self.acronyms = set() if acronyms is FACTORY else acronyms
        self.titled = titled
        self.named = named
        self.gender = gender
        self._alias_set = set() if _alias_set is FACTORY else _alias_set
        self._mention_set = set() if _mention_set is FACTORY else _mention_set

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
