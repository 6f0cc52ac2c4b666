"""Proper names in the text: mentions per sentence, abbreviations, full names.

A name is found once, and its kind (person, organisation, outlet, country) is worked
out only when a pronoun or description needs an antecedent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract import cues
from extract.attribution.patterns import (
    _APPOSITION_END_RE,
    _DESCRIPTOR_WORDS,
    _HYPHEN_ADJ_RE,
    _LOWER_PARTICLES,
    _NAME_CONNECT,
    _NOUNS_ANY,
    _PAREN_RE,
)
from extract.attribution.records import _Mention
from extract.attribution.tokens import Tok
from extract.sources import (
    classify,
    country_only,
    is_acronym,
    person_like,
    split_of,
    strip_determiner,
    strip_title,
)

if TYPE_CHECKING:
    from extract.attribution.attributor import Attributor


class _FullNames:
    """Surname or first name -> the full person name the article uses, looked up lazily.

    A token shared by different people ("Lind" for two family members) maps to nothing.
    """

    def __init__(self, owner: Attributor) -> None:
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
        while words and (words[0] in _LOWER_PARTICLES or country_only(words[0])):
            words.pop(0)  # "President of Argentina Ana Ruiz": the country is not her name
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


class NameMentions:
    """Name mentions of sentences and the whole-text prepass (a mixin of the attributor)."""

    # --- whole-text prepass ----------------------------------------------------------------

    def _scan_abbreviations(self) -> dict[str, str]:
        """Short forms defined in parentheses anywhere: "Nordic Shipping Council (NSC)"."""
        text = self.text
        out: dict[str, str] = {}
        for m in _PAREN_RE.finditer(text):
            abbr = m.group(1).strip()
            lo = max(0, m.start() - 120)
            name = None
            for nm in self.name_re.finditer(text, lo, m.start()):
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
        for m in self.name_re.finditer(self.text, sent.start, sent.end):
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
        if all(w in cues.TITLES for w in core.split()):
            return "unknown"  # "the Information Minister": a role; the name is elsewhere
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
