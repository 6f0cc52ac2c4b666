"""People meant by a role: plural roles for people named together, office holders.

"The defendants said" after "X and Y were charged" is X and Y; "the head of the unit"
after "X, head of the unit" (or "X heads the unit", "led by X") is X.
"""

from __future__ import annotations

import re
from itertools import pairwise

from extract import cues
from extract.attribution.records import NP
from extract.lazy_re import lazy
from extract.sources import Entry

# A person running a body: "X heads the unit", "the unit, led by X".
_LEADS_RE = lazy(r"\s+(?:heads|headed|leads|led|runs|ran|chairs|chaired|directs|directed|"
                       r"commands|commanded)\b")
_LED_BY_RE = lazy(r"\b(?:led|headed|run|chaired|directed|commanded)\s+by\s+$")

# Plural roles a story uses for people it has just named together ("X and Y were
# charged. The defendants said…"); "the officials", "the experts" are other people.
_NAMED_PLURALS = frozenset(
    {"defendants", "suspects", "accused", "plaintiffs", "claimants", "petitioners",
     "victims", "men", "women", "brothers", "sisters", "twins", "pair", "couple",
     "candidates", "founders", "co-founders", "authors", "co-authors", "winners", "finalists",
     "detainees", "prisoners", "hostages", "survivors", "siblings"}
)


class RoleReferences:
    """Resolving roles to the people who hold them (a mixin of the attributor)."""

    def plural_people(self, np_: NP, pos: int) -> list[Entry]:
        """The named people a definite plural role means: "The defendants said" after
        "defendants X and Y" (or after "X and Y were charged") is X and Y."""
        toks = np_.toks
        if not toks or toks[0].low not in ("the", "both") or len(toks) > 3:
            return []
        head = np_.head
        single = {"men": "man", "women": "woman"}.get(head, head[:-1] if head.endswith("s")
                                                       else "")
        if single not in cues.PERSON_NOUNS and head not in ("men", "women", "pair", "couple"):
            return []
        mentions = [m for m in self._recent_mentions(pos, 3) if m.kind == "person"]
        with_role = [m for m in mentions if single in m.roles or single in m.title_roles]
        if len(with_role) >= 2:
            chosen = with_role[:2] if head in ("pair", "couple") else with_role
        elif head not in _NAMED_PLURALS:
            return []  # "the officials" after two names are other, unnamed people
        else:
            chosen = []
            text = self.text
            for later, earlier in pairwise(mentions):
                gap = text[earlier.end : later.start]
                if gap in (" and ", ", and ", " & ") and \
                        not text.startswith(("'", "’"), later.end) and \
                        not later.text.endswith(("'s", "’s")):  # "X and Y's mother"
                    chosen = [later, earlier]
                    k = mentions.index(earlier) + 1
                    while k < len(mentions) and text[mentions[k].end : chosen[-1].start] == ", ":
                        chosen.append(mentions[k])
                        k += 1
                    break
        if len(chosen) < 2:
            return []
        out: list[Entry] = []
        for m in sorted(chosen, key=lambda m: m.start):
            e = self._register_mention(m)
            if all(e is not x for x in out):
                out.append(e)
        return out if len(out) >= 2 else []

    def _office_holder(self, np_: NP, pos: int) -> Entry | None:
        """'The head of the investigations unit said' after 'X, head of the unit,' or
        'X heads the unit' / 'the unit, led by X': the named person who holds the office."""
        words = np_.text.split()
        if "of" not in words or not words[-1].isalpha():
            return None
        body = words[-1].lower()  # "unit" in "the head of the … unit"
        role = np_.head
        text = self.text
        # "X, head of the unit": compiled once a person mention is followed by a comma.
        apposed: re.Pattern[str] | None = None
        for m in self._recent_mentions(pos, 10):
            if m.kind != "person":
                continue
            after = text[m.end : m.end + 90].lower()
            before = text[max(0, m.start - 90) : m.start].lower()
            if after.startswith(","):
                if apposed is None:
                    apposed = re.compile(
                        r",\s+(?:the\s+)?(?:[\w-]+\s+)?" + re.escape(role) + r"\b")
                if apposed.match(after) and body in after.split(",")[1]:
                    return self._register_mention(m)
            if _LEADS_RE.match(after) and body in after.split(".")[0]:
                return self._register_mention(m)
            if _LED_BY_RE.search(before) and body in before:
                return self._register_mention(m)
        return None
