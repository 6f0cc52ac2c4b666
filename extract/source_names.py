"""Source names as text: titles, determiners, acronyms, countries, kinds and merge keys.

Pure string helpers the `SourceRegistry` (extract/sources.py) and the attribution stage
use to tell a person's name from an organisation's and to fold surface forms together.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract import cues
from extract.lazy_re import lazy

_SPACE_RE = lazy(r"\s+")
_WORD_RE = lazy(r"[\w][\w.'’&-]*")
_ACRONYM_RE = lazy(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&/-]{1,9}$")
_POSSESSIVE_END_RE = lazy(r"(?:'s|’s|'|’)$")
_AGE_RE = lazy(r"^\d+-year-old\s+(?=\S)")
_PAREN_ABBR_RE = lazy(r"\s*\(([^()]{1,20})\)\s*$")
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
    from extract.countries import find_countries  # the country table

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


_GOVERNMENT_RE = lazy(
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
