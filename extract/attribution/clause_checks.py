"""Clause checks around a cue: asides, colon answers, clauses after a verb, subjects.

Small tests the clause reader asks: is "which the BBC noted" an aside, does a clause follow
"indicated", whose words follow "A opposed B's remarks:", and which phrase is the subject
of a clause or stands in apposition before the verb.
"""

from __future__ import annotations

from extract import cues
from extract.attribution.patterns import (
    _IRREGULAR_PERSON_PLURALS,
    _QUOTE_CHARS,
    one_of_match,
)
from extract.attribution.records import NP
from extract.attribution.tokens import Tok, _is_cap, _is_det
from extract.lazy_re import lazy
from extract.sources import country_only

# The next opening quotation mark (straight marks after a space or bracket).
_OPEN_QUOTE_AFTER_RE = lazy(r"[“„«]|(?<=[\s(—–])[\"']")


# Auxiliaries that show a finite clause has begun ("indicated the trial could start").
_FINITE_AUX = frozenset({"could", "would", "will", "may", "might", "should", "must", "can",
                         "was", "were", "is", "are", "had", "has", "have"})
_NOT_A_SUBJECT = frozenset({"him", "her", "them", "us", "me", "you", "that", "which", "who",
                            "and", "or", "but", "to", "for", "with", "on", "in", "at", "by"})


# Conjunctions that open a new clause, whose subject may be set off by an apposition.
_CLAUSE_CONJUNCTIONS = frozenset({"while", "whereas", "but", "although", "though"})


class ClauseChecks:
    """Checks the clause reader asks about a cue and its clause (a mixin of the attributor)."""

    def _relative_antecedent(self, toks: list[Tok], idx: int) -> list[NP] | None:
        """", who said" / ", who has also argued": the phrase before the comma speaks."""
        k = idx - 1
        while k >= 0 and toks[k].text.islower() and toks[k].low in cues.ADVERBS:
            k -= 1
        if k < 2 or toks[k].low != "who" or toks[k - 1].text != ",":
            return None
        before, j = self._collect_back(toks, k - 2)
        if before is None or before.kind not in ("name", "desc", "group"):
            return None
        if j >= 0 and toks[j].text != "," and (toks[j].low in ("at", "of", "for", "in", "on")
                                               or toks[j].low in cues.PERSON_NOUNS):
            # "X, a professor at GT, who said", "a woman, a niece of Y's rival Z, who
            # claimed": the phrase names an employer or a relative; the apposition's
            # head (before its comma) is who speaks
            c = j
            while c > 0 and toks[c].text != "," and j - c < 15:
                c -= 1
            if c <= 0 or toks[c].text != "," or not _is_det(toks[c + 1]):
                return None
            head, _ = self._collect_back(toks, c - 1)
            if head is None or head.kind not in ("name", "desc", "group"):
                return None
            return [head]
        return [before]

    def is_aside(self, subject_start: int, cue_end: int) -> bool:
        """The subject and cue are a closed relative aside: ", which the BBC noted,", "as
        Reuters reported." Such a tag comments on words someone else said; it does not
        introduce them ("which Trump described as "…"" and "in which he called …" do)."""
        text = self.text
        before = text[max(0, subject_start - 14) : subject_start].split()
        if before and before[-1].lower() in ("the", "a", "an"):
            before.pop()
        if not before or before[-1].lower() not in ("as", "which"):
            return False
        if len(before) >= 2 and before[-2].lower() in ("in", "to", "of", "by", "for", "with"):
            return False
        after = text[cue_end : cue_end + 2].lstrip(" ")
        if not after or after[0] in ",.;)\"”’'":
            return True
        # ", which the BBC noted as unusual — "…"": the aside closes before the quote
        m = _OPEN_QUOTE_AFTER_RE.search(text, cue_end, cue_end + 120)
        stretch = text[cue_end : m.start() if m else cue_end + 120]
        return any(c in stretch for c in "—–);") or stretch.rstrip().endswith(",")

    def _answers_with_colon(self, toks: list[Tok], owner: NP, cue_end: int,
                            own: int) -> bool:
        """'A opposed B's statement: "…"' or 'A responded to B's remarks: "…"': the owner
        (whose words begin at `own`) is the object of another verb and a colon hands the
        word to the clause subject."""
        if not self.text.startswith(":", cue_end):
            return False
        kb = self.tok_index(toks, own) - 1
        if kb >= 0 and toks[kb].low in ("the", "a", "an"):
            kb -= 1
        return kb >= 1 and toks[kb].text.islower() and toks[kb].text.isalpha() and \
            toks[kb].low not in ("and", "or", "but", "that")

    def _clause_follows(self, toks: list[Tok], idx: int, word: str) -> bool:
        """A reported clause, quote or colon follows a verb that is otherwise an act:
        "indicated that …", "asked whether …", "vowed to …", "blamed him for …",
        'promised "a full inquiry"'."""
        need = cues.CLAUSE_VERBS[word]
        # "blamed the government for", "assured voters that": past the object
        reach = 6 if "for" in need or need == ("that",) else 1
        for k in range(idx + 1, min(len(toks), idx + 1 + reach)):
            t = toks[k]
            if t.low in need or (k == idx + 1 and t.text in (":", ",")):
                return True
            if t.text in _QUOTE_CHARS:
                return k == idx + 1
            if t.text in (",", ".", ";", ":"):
                break
        if need == ("that", "whether", "if") and not word.startswith("propos"):
            # "has indicated the trial could start": a finite clause without "that"
            # ("proposed a bill that would", "agreed a deal and prices were" are objects)
            for k in range(idx + 2, min(len(toks), idx + 5)):
                if toks[k - 1].low in _NOT_A_SUBJECT or not toks[k - 1].text[:1].isalnum():
                    break
                if toks[k].low in _FINITE_AUX:
                    return True
        return word in cues.FRAGMENT_LIKE and self._fragment_follows(toks[idx].end)

    @staticmethod
    def _opens_clause(toks: list[Tok], j: int) -> bool:
        """Token j is a conjunction that opens a new clause with its own subject: "while",
        "although", or "but" after a comma (not "and": "A, B, and C all said")."""
        low = toks[j].low
        if low not in _CLAUSE_CONJUNCTIONS or not toks[j].text.islower():
            return False
        return low != "but" or (j >= 1 and toks[j - 1].text == ",")

    def _apposed_subject(self, toks: list[Tok], idx: int) -> list[NP] | None:
        """A name set off by an apposition: "X, a UN rapporteur who …, cautioned"."""
        subj = self.clause_subject(toks, idx)
        if subj is not None and self.text.startswith(",", subj.end) and (
                subj.kind == "name" or (subj.kind == "group" and one_of_match(subj.text))):
            k = self.tok_index(toks, subj.end)
            if k < idx and any(t.text == "," for t in toks[k + 1 : idx]) and \
                    not any(self._opens_clause(toks, j) for j in range(k + 1, idx)):
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
            if stop >= 0 and toks[stop].text != "," and toks[stop].text not in _QUOTE_CHARS \
                    and not self._opens_clause(toks, stop):
                continue  # (but "…, while X, in a post on Tuesday, called it …" opens one)
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
        m = one_of_match(self.text, toks[0].start) if toks else None
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
            m = one_of_match(self.text, toks[start].start)
            if m:
                head = m.group(1)
                if head in cues.GROUP_NOUNS or head.rstrip("s") in cues.PERSON_NOUNS or \
                        head[:-1] in cues.PERSON_NOUNS or head in _IRREGULAR_PERSON_PLURALS:
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
