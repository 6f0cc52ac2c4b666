"""Resolution: which source a phrase means.

Pronouns go to the nearest fitting antecedent, descriptions ("the commissioner") to the
entity introduced with that role, documents to their issuer, groups to earlier groups.
"""

from __future__ import annotations

from extract import cues
from extract.attribution.patterns import (
    _GENDER_PRON_RE,
    _MONTHS,
    _NAME_CONNECT,
    find_quote_mark,
)
from extract.attribution.records import NP, _Mention
from extract.attribution.tokens import Tok, _is_cap, _is_det, _new
from extract.sources import (
    Entry,
    country_only,
    split_of,
    strip_determiner,
)


class Resolution:
    """From a phrase to a registered source (a mixin of the attributor)."""

    # --- resolution ---------------------------------------------------------------------------

    def _recent_mentions(self, pos: int, window: int) -> list[_Mention]:
        """Mentions ending before pos, latest first, within `window` sentences back."""
        cur = self.sentence_at(pos)
        out: list[_Mention] = []
        for si in range(cur, max(-1, cur - window - 1), -1):
            ms = self.mentions_in(si)
            out.extend(m for m in reversed(ms) if m.end <= pos)
        return out

    def _register_mention(self, m: _Mention) -> Entry:
        kind = m.kind if m.kind in ("person", "organization", "outlet") else None
        name = m.text
        g = self._mention_gender(m)
        if m.kind == "country":
            return self.reg.add(name, (m.start, m.end), kind="organization", named=True)
        e = self.reg.add(name, (m.start, m.end), kind=kind, named=True)
        if e.gender is None:
            e.gender = g
        return e

    def resolve_pronoun(self, word: str, pos: int) -> Entry | None:
        """he/she -> nearest person; they/it -> nearest body or group.

        Sources already cited win over plain mentions in the same sentence, and a subject
        source over one named in passing ("They declined to comment on X's claims").
        """
        word = word.lower()
        if word in cues.PRONOUNS_FIRST:
            return None
        want_person = word in cues.PRONOUNS_PERSON
        window = 2 if word == "it" else 5
        cur_si = self.sentence_at(pos)

        def fits(kind: str) -> bool:
            if want_person:
                return kind == "person"
            if word == "it":
                return kind in ("organization", "outlet", "document", "unknown")
            return kind in ("organization", "outlet", "group", "document", "unknown")

        gender = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(word)

        def clash(g: str | None) -> bool:
            return gender is not None and g is not None and g != gender

        best: tuple[int, Entry, bool] | None = None
        best_si = -1
        for spos, entry, subj in self._sources_before(pos):
            ssi = self.sentence_at(spos)
            if ssi < cur_si - window or (best is not None and ssi < best_si):
                break
            if not fits(entry.kind) or clash(entry.gender):
                continue
            if best is None:
                best, best_si = (spos, entry, subj), ssi
            elif subj and not best[2]:
                best = (spos, entry, subj)
        best_m: _Mention | None = None
        oblique: _Mention | None = None
        for m in self._recent_mentions(pos, window):
            if m.oblique:
                if want_person and oblique is None and best is None and \
                        self.sentence_at(m.start) >= cur_si - 1 and m.kind == "person" and \
                        self._mention_gender(m) == gender:
                    oblique = m  # "Police spoke with Ruth Lane. She told them …"
                continue
            if (want_person and m.kind == "person" and not clash(self._mention_gender(m))) or (
                    not want_person and m.kind in ("organization", "outlet")
                    and any(w in cues.ORG_WORDS or w in cues.OUTLET_WORDS
                            for w in m.text.split())):
                best_m = m
                break
        if best_m is not None and want_person and self._mention_gender(best_m) is None:
            best_m = self._sentence_subject(best_m, clash) or best_m
        if best_m is None and best is None:
            best_m = oblique  # nobody else fits: the person named as an object
        found: Entry | None
        if best_m is not None and (best is None or self.sentence_at(best_m.start) > best_si):
            found = self._register_mention(best_m)
        else:
            found = best[1] if best else None
        if word == "they" and (found is None or found.kind != "group"):
            # "The team collected samples with permission from the Ministry. … they
            # reasoned": a plural subject opening a recent sentence beats a body named
            # in passing.
            since = best_si if found is not None and best_m is None else (
                self.sentence_at(best_m.start) if best_m is not None else cur_si - window)
            group = self._subject_group(cur_si, max(since, cur_si - window, 0), pos)
            if group is not None:
                found = group
        if found is not None and gender is not None and found.gender is None:
            found.gender = gender  # later "he"/"she" will not cross over
        return found

    def _mention_gender(self, m: _Mention) -> str | None:
        """m/f from the words around a name (Mr., his daughter, spokeswoman), if any."""
        e = self.reg.find(m.text)
        if e is not None and e.gender is not None:
            return e.gender
        for r in m.roles:
            r = r.strip(",.")
            if r in cues.FEMALE_WORDS:
                return "f"
            if r in cues.MALE_WORDS:
                return "m"
        # The first gendered pronoun after the name in its sentence, with no other person
        # named in between: "Warren ended her campaign" -> f.
        si = self.sentence_at(m.start)
        end = self.sentences[si].end
        for other in self.mentions_in(si):
            if other.start > m.end and other.kind == "person":
                end = min(end, other.start)
                break
        qm = find_quote_mark(self.text, m.end, end)
        if qm >= 0:
            end = qm  # pronouns inside a quotation may be about someone else
        pm = _GENDER_PRON_RE.search(self.text, m.end, end)
        if pm:
            return "f" if pm.group().lower() in ("she", "her", "hers", "herself") else "m"
        return self._gender_taken_up(m, si)

    def _gender_taken_up(self, m: _Mention, si: int) -> str | None:
        """m/f from "He"/"She" opening one of the next two sentences of the paragraph when m
        is the only person of its sentence and nobody else is named before the pronoun:
        "Carl Moss was hit by a van. He died in hospital." -> m."""
        if any(o.start != m.start and o.kind == "person" for o in self.mentions_in(si)):
            return None
        para = self.sentences[si].paragraph
        for nsi in range(si + 1, min(si + 3, len(self.sentences))):
            sent = self.sentences[nsi]
            if sent.paragraph != para:
                break
            first = self.text[sent.start : sent.start + 4]
            if first.startswith(("He ", "She ")):
                return "m" if first.startswith("He ") else "f"
            if any(o.kind == "person" for o in self.mentions_in(nsi)):
                break
        return None

    def resolve_np(self, np_: NP, pos: int) -> Entry | None:
        """The entry a phrase refers to (registering it when it is new)."""
        span = (np_.start, np_.end)
        if np_.kind == "pronoun":
            e = self.resolve_pronoun(np_.head, pos)
            if e is not None:
                self.reg.alias(e, np_.text, span)
            return e
        if np_.kind == "name":
            name = np_.text
            if name in cues.DEMONYMS:
                return None  # "Finnish": an adjective, not a source
            if country_only(name):
                return self.reg.add(name, span, kind="organization", named=True)
            roles = tuple(r for r in np_.roles if r in cues.PERSON_NOUNS or r in cues.ORG_NOUNS)
            # "Lena Park of the Coastal Research Institute (CRI)": the CRI is the employer's.
            abbreviation = np_.abbreviation if split_of(name)[1] is None else None
            e = self.reg.add(name, span, kind=np_.hint, roles=roles,
                             abbreviation=abbreviation, named=True)
            if e.gender is None:
                words = [*np_.roles, *(w.lower() for w in name.split())]
                if any(w in cues.FEMALE_WORDS for w in words):
                    e.gender = "f"
                elif any(w in cues.MALE_WORDS for w in words):
                    e.gender = "m"
                elif e.kind == "person":
                    e.gender = self._mention_gender(_Mention(np_.start, np_.end, name, False,
                                                             owner=self))
            return e
        if np_.kind == "doc":
            return self._resolve_document(np_, pos)
        if np_.kind == "group":
            return self._resolve_group(np_, pos)
        if np_.kind == "thing":
            return self.reg.add(np_.text, span, name=self._common_name(np_), kind="unknown")
        return self._resolve_description(np_, pos)

    def _common_name(self, np_: NP) -> str:
        """A description's name: no article, and no capital that only a sentence start gave
        ("Unnamed experts said" -> "unnamed experts"; "Wasef archaeologists" keeps its)."""
        toks = [t for t in np_.toks if not (t.low in cues.ARTICLES and t is np_.toks[0])]
        if not toks:
            return strip_determiner(np_.text)
        name = self.text[toks[0].start : np_.end]
        first = toks[0]
        if first.text[1:].islower() and self._sentence_initial(first) and len(toks) > 1 and \
                toks[1].text[:1].islower() and not country_only(first.text) and \
                first.text not in cues.DEMONYMS:
            name = first.low + name[len(first.text):]
        return name

    def _issuer_in(self, np_: NP) -> str | None:
        """A capitalised issuer inside a document phrase: "an OSCE press release" -> OSCE."""
        run: list[Tok] = []
        best: list[Tok] = []
        for n_i, t in enumerate(np_.toks):
            if t.low == np_.head:
                continue  # "Reports said": the capital is the sentence's, not an issuer's
            if n_i + 1 < len(np_.toks) and t.text[1:].islower() and \
                    np_.toks[n_i + 1].text.islower() and self._sentence_initial(t):
                continue  # "Early reports suggested": a capital from the sentence start
            if (_is_cap(t) and t.text not in _MONTHS and t.text not in cues.NOT_NAME_WORDS) or (
                t.low in _NAME_CONNECT and run
            ):
                run.append(t)
            else:
                if run:
                    best = run
                run = []
        if run:
            best = run
        while best and best[-1].low in _NAME_CONNECT:
            best = best[:-1]
        if not best:
            return None
        name = self.text[best[0].start : best[-1].end]
        if name.endswith(("'s", "’s")):
            name = name[:-2]
        elif name.endswith(("'", "’")):
            name = name[:-1]
        return name

    def _resolve_document(self, np_: NP, pos: int) -> Entry | None:
        span = (np_.start, np_.end)
        issuer = self._issuer_in(np_)
        if issuer:
            if country_only(issuer):
                e = self.reg.add(issuer, span, kind="organization", named=True)
            else:
                e = self.reg.add(issuer, span, named=True)
                if e.kind in ("unknown",):
                    e.kind = "organization"
            self.reg.alias(e, strip_determiner(np_.text), None)
            self._docs[np_.head] = e
            return e
        # "the judge's statement": the owner issued it.
        for k in range(len(np_.toks) - 2, -1, -1):
            t = np_.toks[k]
            if t.text.endswith(("'s", "’s")) and k >= 0:
                owner_toks = [*np_.toks[:k], _new(Tok, (t.start, t.end - 2, t.text[:-2],
                                                        t.low[:-2]))]
                owner = self._make_np(owner_toks)
                if owner is not None and owner.kind in ("desc", "group", "pronoun"):
                    e = self.resolve_np(owner, pos)
                    if e is not None:
                        self.reg.alias(e, np_.text, span)
                        return e
                break
        det0 = np_.toks[0].low
        if det0 in ("its", "their", "his", "her") and len(np_.toks) >= 2:
            pron = {"its": "it", "their": "they", "his": "he", "her": "she"}[det0]
            e = self.resolve_pronoun(pron, pos)
            if e is not None:
                self.reg.alias(e, np_.text, span)
                return e
        prev = self._docs.get(np_.head)
        if prev is not None:
            self.reg.alias(prev, np_.text, span)
            return prev
        for e in self.reg.recent():
            if e.kind == "document" and e.name.lower().split()[-1:] == [np_.head]:
                self.reg.alias(e, np_.text, span)
                return e
        det = np_.toks[0].low
        bare = strip_determiner(np_.text).lower() == np_.head
        if det in ("the", "this", "that", "its", "their", "his", "her", "these", "those"):
            # "the response", "the statement": issued by whoever last spoke, preferring a
            # body or person named by a proper name.
            cur = self.sentence_at(pos)
            fallback = None
            for spos, entry, _subj in self._sources_before(pos):
                if self.sentence_at(spos) < cur - 6:
                    break
                ok_kinds = ("organization", "outlet", "person", "group", "unknown") if \
                    np_.head in cues.SPEECH_DOCUMENTS else ("organization", "outlet", "group",
                                                             "unknown")
                if entry.kind in ok_kinds:
                    if entry.named:
                        fallback = entry
                        break
                    fallback = fallback or entry
            if fallback is not None:
                self.reg.alias(fallback, np_.text, span)
                self._docs[np_.head] = fallback
                return fallback
        elif bare or (np_.head in ("reports", "rumours", "rumors", "accounts") and
                      det not in cues.DETERMINERS):
            return None  # "according to reports", "early reports": nobody recoverable
        return self.reg.add(np_.text, span, name=self._common_name(np_), kind="document")

    def _resolve_group(self, np_: NP, pos: int) -> Entry | None:
        span = (np_.start, np_.end)
        core = strip_determiner(np_.text)
        if core.lower() == np_.head:
            # Bare "authorities", "the officials": the latest group with that head.
            for e in self.reg.recent():
                if e.kind == "group" and np_.head in e.name.lower().split():
                    self.reg.alias(e, np_.text, span)
                    return e
        return self.reg.add(np_.text, span, name=self._common_name(np_), kind="group")

    def _resolve_description(self, np_: NP, pos: int) -> Entry | None:
        span = (np_.start, np_.end)
        head = np_.head
        det = np_.toks[0].low
        definite = det in ("the", "his", "her", "their", "its", "this", "that")
        if head in cues.PERSON_NOUNS and not any(_is_cap(t) and not _is_det(t)
                                                 and t.low != head for t in np_.toks):
            if definite:
                e = self.reg.by_role(head)
                if e is None:
                    for m in self._recent_mentions(pos, 40):
                        if head in m.roles and m.kind in ("person", "unknown"):
                            e = self._register_mention(m)
                            if e.kind == "unknown":
                                e.kind = "person"
                            break
                if e is None:
                    e = self._office_holder(np_, pos)
                if e is not None:
                    e.roles.add(head)
                    self.reg.alias(e, np_.text, span)
                    return e
            return self.reg.add(np_.text, span, kind="person")
        if head in cues.PERSON_NOUNS:
            # A role with an organisation: keep the whole phrase as the name.
            e = self.reg.add(np_.text, span, kind="person", merge=True)
            if e.kind in ("outlet", "organization", "unknown") and len(e.mentions) == 1:
                e.kind = "person"  # "an Al Jazeera reporter" is a person, not the outlet
            return e
        if definite and head in cues.OUTLET_NOUNS and len(np_.toks) <= 3:
            # "the agency", "the broadcaster": the news outlet cited just before
            cur = self.sentence_at(pos)
            for spos, entry, _subj in self._sources_before(pos):
                if self.sentence_at(spos) < cur - 4:
                    break
                if entry.kind == "outlet":
                    entry.roles.add(head)
                    self.reg.alias(entry, np_.text, span)
                    return entry
        # Organisation description: "the company", "the Embassy", "the ministry".
        if definite or det not in ("a", "an"):
            for e in self.reg.recent():
                if e.kind in ("organization", "outlet") and (
                        head in e.name.lower().split() or head in e.roles):
                    self.reg.alias(e, np_.text, span)
                    return e
            company = head in cues.COMPANY_NOUNS
            for m in self._recent_mentions(pos, 12):
                if m.kind in ("organization", "outlet") and (
                        head in m.text.lower().split() or head in m.roles or (
                            company and any(w in cues.COMPANY_WORDS for w in m.text.split()))):
                    e = self._register_mention(m)
                    self.reg.alias(e, np_.text, span)
                    return e
        name = strip_determiner(np_.text)
        if name.lower() == head and name[:1].islower():
            name = name
        return self.reg.add(np_.text, span, name=name, kind="organization")
