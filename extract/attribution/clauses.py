"""Cues in their clause: who a speech verb, "according to" or "declined to comment" names.
"""

from __future__ import annotations

from extract import cues
from extract.attribution.patterns import (
    _AMBIGUOUS_BASE,
    _AMBIGUOUS_S,
    _BELIEF_PARTICIPLES,
    _CLAUSE_OPENERS,
    _CLAUSE_REQUIRED,
    _ING_INTRO,
    _NOUN_NEXT,
    _PLAIN_SPEECH,
    _QUOTE_CHARS,
    _SPEECH_ACTS,
    _TIME_WORDS,
    doc_word_in,
    one_of_match,
)
from extract.attribution.records import _SAME_SUBJECT, NP, _Att
from extract.attribution.tokens import Tok, _is_cap, _is_det, _is_pron, _new
from extract.model import Span
from extract.sources import (
    Entry,
    country_only,
    person_like,
    strip_determiner,
    strip_title,
)

# Object pronouns between "called" and its verdict; particles that make it a phone call.
_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "this", "that", "these", "those"})
_PHRASAL_PARTICLES = frozenset({"off", "up", "out", "back", "in", "home", "quits", "on", "to"})
# "told reporters": what follows these is the person told, never an inverted subject.
_TELLING = frozenset({"told", "tells", "tell"})
# Weak verbs a body or outlet reports with even as "it": "It cited two officials".
_CITING_VERBS = frozenset({"cite", "cites", "cited", "published", "publishes"})


class ClauseReading:
    """Attributions made by one cue occurrence (a mixin of the attributor)."""

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
            # Where the owner's own words begin: the walk back may have run on over the
            # verb before it ("Hale rejected Ruiz" collects "rejected" as a descriptor).
            own = owner.end - len(owner.text) if owner is not None else 0
            if owner is not None and self._answers_with_colon(toks, owner, e, own):
                subj = self.clause_subject(toks, self.tok_index(toks, own))
                if subj is None or subj.start >= own:
                    return []
                owner = subj  # 'A rejected B's remarks: "…"': A speaks after the colon
            elif owner is not None and owner.kind in ("name", "group", "desc"):
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
            if np_.kind in ("group", "desc", "thing"):
                people = self.plural_people(np_, np_.start)
                if people:
                    span = (np_.start, np_.end)
                    for entry in people:
                        self.reg.alias(entry, np_.text, span)
                        out.append(_Att(entry, span, cue_span, np_.start, np_.text))
                    continue
            if inside_quote and kind == "verb" and self.is_aside(np_.start, e):
                continue  # '"We will appeal, which the BBC noted, because …"': no speaker
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
        prev0 = toks[idx - 1] if idx > 0 else None
        if word in _AMBIGUOUS_S and prev0 is not None and (
                prev0.text.endswith(("'s", "’s")) or prev0.text in ("'", "’")):
            return None  # "Chen's remarks": a possessed noun (the possessive cue reads it)
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
        if word in cues.CLAUSE_VERBS and not self._clause_follows(toks, idx, word):
            if word not in cues.DOCUMENT_VERBS or \
                    not doc_word_in(self.text, max(0, s - 90), s):
                return None  # "she asked the court", "the light indicated a fault": acts
            doc_only = True  # "the figures indicate a rise": only a document says so
        if word in ("continue", "continued") and nxt_low not in ("to", ",", ".", ":", '"',
                                                                  "“", "”"):
            return None
        prev = toks[idx - 1] if idx > 0 else None
        who = self._relative_antecedent(toks, idx)
        if who is not None:
            return who  # "The BBC spoke to Anna Berg, who said …": Berg speaks
        # "people believed to have been involved": a reduced passive, not a speech act.
        if nxt_low == "to" and idx + 2 < n and (word in _BELIEF_PARTICIPLES or (
                toks[idx + 2].low in ("be", "have") and word in ("said", "reported") and
                not (idx > 0 and _is_pron(toks[idx - 1])))):
            return None
        # Inverted tag after a quote or comma: '…," said the minister.'
        if prev is not None and (prev.text in _QUOTE_CHARS or prev.text == ",") and \
                word in cues.INVERTABLE and word not in _TELLING and nxt is not None and (
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
            if before is not None and before.kind == "name" and stop >= 0 and \
                    toks[stop].low in ("for", "of", "to", "at", "with", "from", "representing"):
                # "Laura Kemp, a lawyer for Tom Reed, said": the apposition's object is not
                # the subject; the name before the apposition is
                apposed = self._apposed_subject(toks, idx)
                if apposed and apposed[0].start < before.start:
                    return apposed
            if before is not None and before.kind == "name" and stop >= 1 and \
                    toks[stop].low == "and":
                # "Ana Ruiz of the Institute of Soil and Water Studies, said": the
                # "and" is inside one body's name, which belongs to the person before it
                whole, _, _ = self.np_before(toks, idx - 1)
                if len(whole) == 1 and whole[0].kind == "name" and \
                        whole[0].start < before.start:
                    return whole
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
            if prev.text == "," and self._cur_atts and \
                    (self._cur_atts[-1].cue or (0, s))[1] <= s:
                return [_SAME_SUBJECT]  # "…, X said, adding that …": X goes on speaking
            subj = self.clause_subject(toks, idx)
            return [subj] if subj is not None else None
        if progressive and prev is not None and prev.low not in cues.BE_FORMS:
            # "…, with local media reporting ten deaths": the phrase after "with" speaks
            nps, _, stop = self.np_before(toks, idx, progressive=True)
            if nps and stop >= 0 and toks[stop].low == "with" and \
                    word in cues.PARTICIPLES and \
                    all(x.kind in ("name", "group", "desc") for x in nps):
                return nps
        if progressive and (prev is None or prev.low not in cues.BE_FORMS):
            return None
        nps, passive, stop = self.np_before(toks, idx, progressive=progressive)
        if passive:
            return None
        if word in ("said", "says", "say") and nxt_low == "to" and not nps:
            return None
        if not nps and word in cues.CLAUSE_VERBS and stop >= 0 and \
                toks[stop].text.isalpha() and toks[stop].text.islower() and \
                toks[stop].low not in ("and", "but"):
            return None  # "formal studies indicated": an unread subject, not an apposition
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
                  x.kind == "thing" and word in _PLAIN_SPEECH and clause_next
                  and not x.toks[0].text.endswith(("'s", "’s"))))
              and not (x.kind == "name" and x.text in cues.DEMONYMS)]
        if word in ("called", "named", "dubbed") and ok and ok[0].toks and \
                ok[0].toks[0].low in ("a", "an"):
            return None  # "a firm called Harbourline": a name, not speech
        if word in ("call", "calls", "called") and nxt_low != "for":
            obj = self.np_after(toks, idx + 1)
            k = self.tok_index(toks, obj[0].end) if obj else idx + 1
            if not obj and k + 1 < n and toks[k].low in _OBJECT_PRONOUNS and \
                    toks[k + 1].low not in _PHRASAL_PARTICLES:
                k += 1  # "called it a mistake", "called them liars": the verdict follows
            after = toks[k] if k < n else None
            if after is None or not (after.text in _QUOTE_CHARS or _is_det(after) or (
                    after.text.islower() and after.low not in cues.NP_STOP)):
                return None  # "called the police in …": a phone call, not a statement
        if not ok:
            return self._apposed_subject(toks, idx)
        head = ok[0].toks[0]
        if ok[0].kind == "name" and stop >= 1 and toks[stop].text == "," and (
                head.text in cues.TITLES or head.low in cues.PERSON_NOUNS) and \
                not country_only(head.text):
            # "Ana Ruiz, Dean of the Law School called it …": the apposition never closed
            named, before = self._collect_back(toks, stop - 1)
            if named is not None and named.kind == "name" and \
                    person_like(strip_title(named.text)) and not country_only(named.text) \
                    and (before < 0 or toks[before].text in (",", ";") or
                         toks[before].text in _QUOTE_CHARS):
                return [named]
        if weak and word not in _CITING_VERBS and \
                any(x.kind == "pronoun" and x.head == "it" for x in ok):
            return None  # "it called for calm" is an action; "It cited officials" reports
        # An apposition before the verb: "X, a UN rapporteur who …, cautioned".
        first = ok[0]
        if first.kind == "desc" and first.toks[0].low in ("a", "an") and stop >= 0 and \
                toks[stop].text == ",":
            subj = self.clause_subject(toks, stop)
            if subj is not None and self.text.startswith(",", subj.end) and (
                    (subj.kind == "name" and subj.toks[0].text not in cues.NOT_NAME_WORDS)
                    or (subj.kind == "group" and one_of_match(subj.text))):
                return [subj]  # "One of the children, a daughter, said"
        return ok

