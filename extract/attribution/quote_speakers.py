"""Quotes: which candidates are real quotations, and who speaks each one.

A quote takes the speaker of its speech tag, the subject of the clause that introduces
it, or the last speaker when it stands alone; nested quotes take their outer speaker.
"""

from __future__ import annotations

from extract.attribution.patterns import (
    _EDGE,
    _FIRST_PERSON_RE,
    _PASSIVE_CALLED_RE,
    _SHORT_QUOTED_RE,
    _STRONG_NAMING_RE,
    gloss_before,
    naming_just_before,
    naming_noun_before,
)
from extract.attribution.records import _Att
from extract.model import Span

# Conjunctions between a quotation and a later cue that start a new clause, so that the cue
# is not the quotation's tag: 'called it "rash", while X said …'.
_CLAUSE_OPENERS_AFTER = frozenset({"while", "whereas", "although", "though", "but", "and"})


class QuoteSpeakers:
    """Keeping quotes and choosing their speakers (a mixin of the attributor)."""

    # --- quotes -----------------------------------------------------------------------------

    def _keep_quotes(self, cue_spans: list[list[Span]]) -> list[bool]:
        """Which quote candidates are quotations; `cue_spans` holds, per sentence, the
        spans of the cues that named a source."""
        text = self.text
        keep: list[bool] = []
        for q in self.quotes:
            inner = text[q.start : q.end]
            core = inner.strip(_EDGE)
            nwords = len(core.split())
            if not core or not any(ch.isalpha() for ch in core):
                keep.append(False)
                continue
            name_like = getattr(q, "name_like", False)
            si = self.sentence_at(q.open_start)
            sent = self.sentences[si] if self.sentences else None
            lo = sent.start if sent else 0
            clause_start = max(text.rfind(",", lo, q.open_start), text.rfind(";", lo,
                                                                              q.open_start),
                               lo)
            before = text[clause_start : q.open_start]
            naming = (bool(_STRONG_NAMING_RE.search(before)) and nwords < 8) or bool(
                _PASSIVE_CALLED_RE.search(before))
            just = text[max(lo, q.open_start - 30) : q.open_start]
            naming_just = naming_just_before(just)
            if q.nested:
                keep.append(nwords >= 3 and not name_like and not naming)
                continue
            if name_like:
                keep.append(False)
                continue
            if not q.nested and nwords < 10 and gloss_before(just):
                keep.append(False)  # 'X, or "the long river"', 'meaning "safe harbour"'
                continue
            if naming or (nwords <= 5 and naming_noun_before(just)):
                keep.append(False)  # "the term "natural born citizen"": a name
                continue
            if nwords <= 2:
                attributed = False
                if sent is not None:
                    for cue in cue_spans[si]:
                        if cue[1] <= q.open_start:
                            # Earlier short fragments of the same cue do not break the
                            # link: 'called it "rash" and "unfair"'.
                            between = _SHORT_QUOTED_RE.sub("", text[cue[1] : q.open_start])
                            if not any(c in between for c in "\"“”„«»"):
                                attributed = True
                        elif cue[0] >= q.close_end:
                            between = text[q.close_end : cue[0]]
                            if len(between) < 40 and not any(c in between for c in "\"“”„«»"):
                                attributed = True
                if (naming_just and not attributed) or naming_noun_before(just):
                    keep.append(False)  # "his nickname "Spike"", "the terms "X"": names
                    continue
                keep.append(attributed)
                continue
            keep.append(True)
        return keep

    def _speakers(self, keep: list[bool], atts: list[list[_Att]],
                  inner_atts: list[list[_Att]]) -> tuple[list[str | None], list[_Att | None]]:
        text = self.text
        out: list[_Att | None] = []
        last: _Att | None = None
        last_para = -10
        outer_for: list[int | None] = []
        for qi, q in enumerate(self.quotes):
            parent = None
            if q.nested:
                for pj in range(qi - 1, -1, -1):
                    p = self.quotes[pj]
                    if p.nested:
                        continue
                    if p.start <= q.open_start and q.close_end <= p.end + 1:
                        parent = pj
                    break  # outer quotations do not overlap: only the nearest can hold it
            outer_for.append(parent)
            if not keep[qi]:
                out.append(None)
                continue
            if q.nested:
                out.append(None)  # filled below, once the outer speaker is known
                continue
            so = self.sentence_at(q.open_start)
            sc = self.sentence_at(max(q.open_start, q.close_end - 1))
            chosen: _Att | None = None
            after_tag = [a for a in atts[sc] if a.cue and a.cue[0] >= q.close_end]
            before_tag = [a for a in atts[so] if a.cue and a.cue[1] <= q.open_start]
            gap_after = None
            if after_tag:
                a0 = min(after_tag, key=lambda a: a.cue[0])  # type: ignore[index]
                seg = text[q.close_end : min(a0.cue[0], a0.span[0])]  # type: ignore[index]
                if not any(c in seg for c in "\"“”„«»") and len(seg) < 60 and \
                        not _CLAUSE_OPENERS_AFTER.intersection(seg.lower().split()):
                    gap_after = a0  # (not '"…", while X called it …': a new clause)
            if before_tag:
                b0 = max(before_tag, key=lambda a: a.cue[1])  # type: ignore[index]
                seg = text[b0.cue[1] : q.open_start]  # type: ignore[index]
                closes_before = any(c in seg for c in "\"”»")
                chosen = gap_after if closes_before and gap_after is not None else b0
            if chosen is None and gap_after is not None:
                chosen = gap_after
            if chosen is None:
                # Any attribution in the sentence that opens the quote, outside it.
                for a in atts[so]:
                    if a.cue and not (q.start <= a.cue[0] < q.end):
                        chosen = a
                        break
            sent_lead = self.text[self.sentences[so].start : q.open_start] if \
                self.sentences else ""
            free = not sent_lead.strip(" \"“‘'([")
            if chosen is None and not free:
                # No speech tag: the subject of the clause that introduces the quote
                # ("Pompeo cited the government's "…"").
                toks = self.toks(so, q.open_start)
                k = self.tok_index(toks, q.open_start)
                while k > 0 and toks[k - 1].text in (":", ",", "—", "–"):
                    k -= 1
                subj = self.clause_subject(toks, k) if k > 0 else None
                if subj is not None and subj.kind in ("name", "pronoun"):
                    entry = self.resolve_np(subj, subj.start)
                    if entry is not None and entry.kind in ("person", "organization",
                                                            "outlet", "group"):
                        chosen = _Att(entry, (subj.start, subj.end), None, subj.start,
                                      subj.text)
            if chosen is None and free and sc + 1 < len(self.sentences) and \
                    self.paragraph_of(sc + 1) == self.paragraph_of(sc) and atts[sc + 1]:
                # '"We are done." Smith said.': a bare tag sentence right after the quote
                nxt_sent = self.sentences[sc + 1]
                a0 = atts[sc + 1][0]
                rest = self.text[nxt_sent.start : nxt_sent.end]
                if a0.cue is not None and len(rest.split()) <= len(a0.surface.split()) + 3:
                    chosen = a0
            first_person = bool(_FIRST_PERSON_RE.search(text, q.start, q.end))
            if chosen is None and not free and first_person and last is not None and \
                    self.paragraph_of(so) - last_para <= 1:
                chosen = last  # 'The costume "is very warm, so I have to…"': the last speaker
            if chosen is None and free:
                # A free-standing quotation takes the last speaker.
                pi = self.paragraph_of(so)
                if last is not None and pi - last_para <= 2:
                    chosen = self._newer_speaker(last, q.open_start) or last
                else:
                    for spos, entry, _subj in self._sources_before(q.open_start):
                        span = entry.mentions[-1] if entry.mentions else (spos, spos)
                        chosen = _Att(entry, span, None, spos, entry.name)
                        break
                    if chosen is not None and \
                            self.paragraph_of(self.sentence_at(chosen.pos)) < pi - 3:
                        chosen = None
            if chosen is not None and chosen.cue is not None and \
                    self.is_aside(chosen.span[0], chosen.cue[1]):
                chosen = self._speaker_beside_aside(chosen, atts[so] + atts[sc], last,
                                                    last_para, q.open_start)
            if chosen is not None and chosen.entry.key < 0:
                chosen = None
            if chosen is not None:
                last = chosen
                last_para = self.paragraph_of(sc)
                self.state.last_speaker = chosen.entry
            out.append(chosen)
        # Nested quotes: speaker named inside the outer quote, else the outer speaker.
        for qi, q in enumerate(self.quotes):
            if not keep[qi] or not q.nested:
                continue
            parent = outer_for[qi]
            outer = out[parent] if parent is not None else None
            si = self.sentence_at(q.open_start)
            chosen = None
            for a in inner_atts[si]:
                if a.cue and a.cue[1] <= q.open_start and a.entry.key >= 0:
                    seg = text[a.cue[1] : q.open_start]
                    if not any(c in seg for c in "'‘’"):
                        chosen = a
            out[qi] = chosen or outer
        return [None] * len(out), out

    def _speaker_beside_aside(self, aside: _Att, sentence_atts: list[_Att],
                              last: _Att | None, last_para: int, pos: int) -> _Att:
        """'"…," as the BBC noted': the quote belongs to whoever else introduces it: another
        tag in the sentence, the last quote's speaker, or the paragraph's latest speaker."""
        for a in sentence_atts:
            if a.entry is not aside.entry and a.entry.key >= 0 and \
                    not (a.cue is not None and self.is_aside(a.span[0], a.cue[1])):
                return a
        pi = self.paragraph_of(self.sentence_at(pos))
        if last is not None and last.entry is not aside.entry and pi - last_para <= 1:
            return last
        for spos, entry, subject in self._sources_before(aside.pos):
            if self.paragraph_of(self.sentence_at(spos)) != pi:
                break
            if subject and entry is not aside.entry and entry.key >= 0:
                span = entry.mentions[-1] if entry.mentions else (spos, spos)
                return _Att(entry, span, None, spos, entry.name)
        return aside

    def _newer_speaker(self, last: _Att, pos: int) -> _Att | None:
        """A source that spoke (as a clause subject) after the last quote's speaker and
        before `pos`: 'The judge, John Roe, said …' then a free quote is Roe's."""
        for spos, entry, subject in self._sources_before(pos):
            if spos <= last.pos:
                return None
            if subject and entry is not last.entry and entry.key >= 0 and \
                    entry.kind in ("person", "organization", "outlet", "group", "unknown"):
                span = entry.mentions[-1] if entry.mentions else (spos, spos)
                return _Att(entry, span, None, spos, entry.name)
        return None
