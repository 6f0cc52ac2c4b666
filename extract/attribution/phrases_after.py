"""Noun phrases after a cue: "according to Reuters and the BBC", "by the ministry".

Walks tokens right from a prepositional cue, keeping coordinated names apart and a
body's name whole ("the Ministry of Health and Social Care").
"""

from __future__ import annotations

from extract import cues
from extract.attribution.patterns import (
    _MONTHS,
    _NAME_CONNECT,
    _NOUNS_ANY,
    _YEAR_RE,
)
from extract.attribution.phrases import _clipped
from extract.attribution.records import NP
from extract.attribution.tokens import Tok, _is_cap, _is_det, _is_pron, _is_stop
from extract.sources import is_acronym


class PhrasesAfter:
    """Reading noun phrases rightwards from a cue (a mixin of the attributor)."""

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
                if is_acronym(inner) or _clipped(inner, self.text[cur[0].start : t.start]):
                    abbreviation = inner
                j = k + 1
                continue
            if not t.text[:1].isalnum():
                break
            if not cur and t.text.islower() and t.low in cues.CUE_WORDS and \
                    t.low not in cues.CLAUSE_VERBS:  # "according to agreed facts"
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
