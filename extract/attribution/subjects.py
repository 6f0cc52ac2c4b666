"""Sentence subjects a pronoun may mean: the person opening a sentence, a group subject.

Without gender cues "she" means the previous sentence's subject rather than a person named
later in it, and "they" a recent plural group subject ("The team collected") rather than a
body named in passing; quoted words are never searched for either.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from extract import cues
from extract.attribution.records import _Mention
from extract.lazy_re import lazy
from extract.sources import Entry

# A sentence opening with a group as its subject: "The team collected", "Researchers found".
_GROUP_SUBJECT_RE = lazy(r"(?:The\s+|the\s+)?([A-Za-z]+)\s+(?:[a-z]+ed|have|had|were|are)\b")


# What may stand before a sentence's subject name: capitalised title words ("Mayor").
_SUBJECT_LEAD_RE = lazy(r"(?:[A-Z][\w.'’-]*\s+){0,3}")
_SUBJECT_GROUPS = cues.GROUP_NOUNS | frozenset({"team", "crew", "panel"})


class SentenceSubjects:
    """Finding the sentence subject a pronoun means (a mixin of the attributor)."""

    def _subject_group(self, cur_si: int, since: int, pos: int) -> Entry | None:
        """The latest sentence from `since` on that opens with a plural group subject
        ("The team collected", "Researchers found"), registered as a group."""
        for si in range(cur_si, since - 1, -1):
            sent = self.sentences[si]
            m = _GROUP_SUBJECT_RE.match(self.text, sent.start, min(sent.end, pos))
            if m is None or m.group(1).lower() not in _SUBJECT_GROUPS:
                continue
            if si == cur_si or self._inside_quotation(sent.start):
                continue  # the pronoun's own clause, or someone's quoted words
            span = (m.start(1) if m.group(0)[:1].isupper() and not m.group(0).startswith(
                ("The ", "the ")) else m.start(), m.end(1))
            return self.reg.add(self.text[span[0] : span[1]], span,
                                name=m.group(1).lower(), kind="group")
        return None

    def _sentence_subject(self, m: _Mention, clash: Any) -> _Mention | None:
        """'Mayor Ann Lee met the union leader, Tom Reed. She said': with no gender to
        tell them apart, the person opening the sentence (its subject) is meant, not one
        named later in it."""
        si = self.sentence_at(m.start)
        start = self.sentences[si].start
        if _SUBJECT_LEAD_RE.fullmatch(self.text, start, m.start):
            return None  # m itself opens the sentence
        for first in self.mentions_in(si):
            if first.start >= m.start:
                return None
            if first.kind == "person" and not first.oblique and \
                    _SUBJECT_LEAD_RE.fullmatch(self.text, start, first.start) and \
                    not clash(self._mention_gender(first)):
                return first
        return None

    def _inside_quotation(self, pos: int) -> bool:
        """`pos` lies between the marks of a quotation (its words are someone's speech)."""
        spans = getattr(self, "_quote_spans", None)
        if spans is None:
            spans = sorted((q.start, q.end) for q in self.quotes if not q.nested)
            self._quote_spans = spans
        k = bisect_right(spans, (pos, len(self.text) + 1)) - 1
        return k >= 0 and spans[k][0] <= pos < spans[k][1]
