"""Noun phrases next to a cue: the subject before a verb, the phrase after "according to".

Walks tokens left or right and classifies what it collected as a name, description,
document, group or pronoun.
"""

from __future__ import annotations

from extract import cues
from extract.attribution.patterns import (
    _AMBIGUOUS_BASE,
    _BASE_FORMS,
    _HYPHEN_ADJ_RE,
    _NAME_CONNECT,
    _NAME_END_WORDS,
    _NOUNS_ANY,
    _TIME_NOUNS,
    _TIME_WORDS,
)
from extract.attribution.records import NP
from extract.attribution.tokens import Tok, _is_cap, _is_det, _is_pron, _is_stop
from extract.sources import (
    classify,
    country_only,
    is_acronym,
    person_like,
    strip_determiner,
)


def _drop_leading_country(run: list[Tok], text: str) -> list[Tok]:
    """'ambassador to Germany Jane Doe', 'envoy to the United Nations X': the
    country or body ends the title, it does not start the name. Dropped only when a
    person-like name of two or more words follows."""
    for n in (1, 2, 3):
        if len(run) < n + 2:
            break
        lead = text[run[0].start : run[n - 1].end]
        if country_only(lead) or (n > 1 and run[n - 1].text in cues.ORG_WORDS):
            rest = text[run[n].start : run[-1].end]
            if person_like(rest) and all(t.text[:1].isupper() and t.text not in cues.ORG_WORDS
                                         for t in run[n:]):
                return run[n:]
            break
    return run


# Capitalised prepositions inside organisation names ("Reporters Without Borders").
_ORG_PREPOSITIONS = frozenset({"Without", "Against", "Beyond", "Across"})


def _clipped(inner: str, before: str) -> bool:
    """'Northfield State University (Northfield State)': a short form whose words each begin
    a word of the name just before, in order (so '(Reuters)' after a name is no alias)."""
    short = inner.split()
    if not 1 < len(short) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in short):
        return False
    words = before.split()[-8:]
    k = 0
    for w in short:
        while k < len(words) and not (words[k].startswith(w) and len(w) >= 3):
            k += 1
        if k == len(words):
            return False
        k += 1
    return True


def _plural_members(word: str) -> bool:
    """A capitalised plural of members ("Democrats", "Critics", "Doctors"), not a name."""
    return len(word) > 4 and word.endswith("s") and not word.endswith("ss") and \
        word[:1].isupper() and word[1:].islower() and \
        (word.lower() in cues.GROUP_NOUNS or word.endswith(("ats", "ans", "ists", "ers")))


# A number or "one" that takes part of a group: "One of the children said" names one
# child, not the children.
_PARTITIVE = frozenset({"one", "another", "two", "three", "four", "five"})
# Words that may stand before such a partitive at the start of a subject.
_PARTITIVE_OPENERS = frozenset({"and", "but", "while", "when", "as", "after", "that"})


def _partitive_at(toks: list[Tok], j: int) -> bool:
    """Token j is "of" after a partitive number that opens the subject ("One of …")."""
    if j < 1 or toks[j].low != "of" or toks[j - 1].low not in _PARTITIVE:
        return False
    return j < 2 or not toks[j - 2].text[:1].isalnum() or toks[j - 2].low in _PARTITIVE_OPENERS


class NounPhrases:
    """Reading noun phrases off tokens (a mixin of the attributor)."""

    def _partitive_np(self, toks: list[Tok], j: int, np_: NP) -> NP:
        """ "One of the children" from the partitive before "of" (token j) and np_."""
        first = toks[j - 1]
        return NP([first, toks[j], *np_.toks], first.start, np_.end,
                  self.text[first.start : np_.end], "group", head=np_.head)

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
            if t.low in ("them", "us") and _partitive_at(toks, i - 1):
                # "One of them said": one member, not the group
                return [self._partitive_np(toks, i - 1, self._pronoun_np(t))], passive, i - 3
            return [self._pronoun_np(t)], passive, i - 1
        phrases: list[NP] = []
        end_i = i
        while True:
            np_, j = self._collect_back(toks, end_i)
            if np_ is None:
                break
            if np_.kind in ("group", "desc", "thing") and _partitive_at(toks, j) and \
                    not phrases and np_.head.endswith(("s", "en", "ople")):
                return [self._partitive_np(toks, j, np_)], passive, j - 2
            phrases.insert(0, np_)
            # Coordination: "X and Y said", "authorities in A and B announced".
            if j >= 1 and toks[j].low == "and" and toks[j].text.islower() and \
                    not (np_.abbreviation and len(np_.toks) == 1) and \
                    np_.toks[0].low not in ("both", "either", "neither"):
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
            if j >= 2 and toks[j].low in ("across", "around", "throughout") and \
                    toks[j - 1].low in ("from", "in"):
                j -= 1  # "critics from across the spectrum": one preposition
            if j >= 2 and toks[j].low in ("of", "for") and np_.kind == "group":
                # "The head of the protesters", "a spokesman for the workers": the person
                # who holds the role speaks, not the group
                head, k = self._collect_back(toks, j - 1)
                if head is not None and head.kind == "desc" and \
                        head.head in cues.PERSON_NOUNS and len(phrases) == 1:
                    merged = NP(toks=head.toks + np_.toks, start=head.start, end=np_.end,
                                text=self.text[head.start : np_.end], kind="desc",
                                head=head.head)
                    return [merged], passive, k
            if j >= 1 and toks[j].low in ("in", "from", "of", "at", "for", "within", "inside",
                                          "across", "around", "throughout") \
                    and np_.kind in ("name", "desc", "thing"):
                # "authorities in the United Kingdom and the United States",
                # "the French Embassy in Oslo", "Democrats in Congress"
                head, k = self._collect_back(toks, j - 1)
                if head is not None and head.kind == "name" and np_.kind == "name" and \
                        toks[j].low in ("in", "from") and \
                        country_only(strip_determiner(np_.text)) and \
                        classify(strip_determiner(head.text)) == "organization":
                    # "Northfield State University (Northfield State) in the U.S.": the
                    # country only places the body; "researchers at" it name the body.
                    return [head], passive, k
                if head is not None and (head.kind in ("group", "desc") or (
                        head.kind == "name" and toks[j].low in ("in", "at")
                        and classify(strip_determiner(head.text)) == "organization") or (
                        head.kind == "name" and len(head.toks) == 1 and
                        toks[j].low in ("in", "from", "across", "around", "throughout") and
                        _plural_members(head.text))) and (
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
                if is_acronym(inner) or _clipped(inner, self.text[max(0, toks[k].start - 80)
                                                                  : toks[k].start]):
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
            if t.text in _ORG_PREPOSITIONS and parts and \
                    _is_cap(toks[parts[-1]]) and j >= 1 and toks[j - 1].text[1:].islower() \
                    and _plural_members(toks[j - 1].text):
                parts.append(j)  # "Doctors Without Borders", "Mothers Against …": one name
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
            before_run = self.text[max(0, run[0].start - 10) : run[0].start].split()
            if before_run and before_run[-1] == "the":
                before_run.pop()
            if before_run and before_run[-1] in ("to", "of", "in", "for", "from", "at"):
                run = _drop_leading_country(run, self.text)  # "ambassador to Germany X"
            descriptors = tuple(t.low for t in ptoks[:k] if not _is_cap(t)
                                and t.low not in cues.DETERMINERS)
            name = text[run[0].start : end]
            hint = None
            if any(d in cues.OUTLET_NOUNS for d in descriptors):
                hint = "outlet"
            elif any(d in cues.PERSON_NOUNS for d in descriptors):
                hint = "person"
            if any(t.text in _ORG_PREPOSITIONS for t in run[1:-1]):
                hint = "organization"  # "Doctors Without Borders" is no person's name
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
        if (_is_det(ptoks[0]) or (len(ptoks) >= 2 and ptoks[0].text.endswith(("'s", "’s"))
                                  and _is_cap(ptoks[0]))) and len(ptoks) <= 4 and \
                head.isalpha() and \
                not head.endswith("ing") and ptoks[0].low not in ("this", "that") and \
                head not in _TIME_NOUNS:
            # "an acquaintance said", "the project said": an unlisted noun; only plain
            # speech verbs accept it.
            return NP(ptoks, start, end, phrase, "thing", head=head)
        return None
