"""The attributor: reads the sentences in order and collects every attribution.

Finds all cues over the whole text at once, reads each in its sentence, then adds
quote speakers, interview labels and hedges.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import Any

from extract import cues
from extract.attribution.clause_checks import ClauseChecks
from extract.attribution.clauses import ClauseReading
from extract.attribution.names import NameMentions, _FullNames
from extract.attribution.patterns import (
    _AMBIGUOUS_BASE,
    _BASE_FORMS,
    _DOC_ONLY,
    _EDGE,
    _INDEX_FROM,
    _LABEL_RE,
    _MODALS,
    _NOUN_BEFORE,
    _PERSONAL_RE,
    _WORD_RUN_RE,
    doc_word_in,
    name_pattern,
    possessive_cues,
)
from extract.attribution.phrases import NounPhrases
from extract.attribution.phrases_after import PhrasesAfter
from extract.attribution.quote_speakers import QuoteSpeakers
from extract.attribution.records import Attributed, _Att, _Mention, _State
from extract.attribution.resolution import Resolution
from extract.attribution.roles import RoleReferences
from extract.attribution.subjects import SentenceSubjects
from extract.attribution.tokens import Tok, _tokens
from extract.lazy_re import lazy
from extract.model import Attribution, Paragraph, Sentence, Span
from extract.sources import (
    Entry,
    SourceRegistry,
)

# An opening quotation mark (a straight one after a space or bracket).
_OPEN_QUOTE_RE = lazy(r"[“„«]|(?<=[\s(])[\"']")


class Attributor(NameMentions, NounPhrases, PhrasesAfter, Resolution, RoleReferences,
                 SentenceSubjects, ClauseReading, ClauseChecks, QuoteSpeakers):
    """One article's attribution run: discourse state plus the steps mixed in."""

    def __init__(self, text: str, paragraphs: Sequence[Paragraph],
                 sentences: Sequence[Sentence], quotes: Sequence[Any]) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.quotes = quotes
        self.sent_starts = [s.start for s in sentences]
        self._tok_cache: dict[int, tuple[int, list[Tok]]] = {}
        low = text.lower()
        self.low_text: str | None = low if len(low) == len(text) else None
        self._cap_cache: dict[str, bool] = {}
        self.state = _State()
        self._cur_atts: list[_Att] = []
        self._mention_cache: dict[int, list[_Mention]] = {}
        self._word_index: dict[str, list[int]] | None = None
        self.name_re = name_pattern(text)  # for name mentions: see names.py
        self.full_names = _FullNames(self)
        self.abbreviations = self._scan_abbreviations()
        self.reg = SourceRegistry(self.full_names, self.abbreviations)  # type: ignore[arg-type]

    # --- helpers ----------------------------------------------------------------------------

    def occurrences(self, word: str) -> Iterator[int]:
        """Where `word` occurs, in text order. A long text is indexed once by word starts,
        so looking up many rare names does not rescan it each time."""
        text = self.text
        if len(text) < _INDEX_FROM or not _WORD_RUN_RE.match(word):
            i = text.find(word)
            while i >= 0:
                yield i
                i = text.find(word, i + len(word))
            return
        if self._word_index is None:
            index: dict[str, list[int]] = {}
            for m in _WORD_RUN_RE.finditer(text):
                index.setdefault(m.group(), []).append(m.start())
            self._word_index = index
        head = _WORD_RUN_RE.match(word)
        assert head is not None
        for i in self._word_index.get(head.group(), ()):
            if text.startswith(word, i):
                yield i

    def _opens_quote(self, pos: int) -> bool:
        """Is `pos` the first word of a quotation (its subject is quoted, not a tag)?"""
        lead = self.text[max(0, pos - 3) : pos].rstrip(" ")
        return bool(lead) and lead[-1] in "\"“„«‘'"

    def _fragment_follows(self, pos: int) -> bool:
        """A quotation opens soon after `pos`, in the same sentence and clause."""
        if not self.sentences:
            return False
        end = min(self.sentences[self.sentence_at(pos)].end, pos + 80)
        m = _OPEN_QUOTE_RE.search(self.text, pos, end)
        return m is not None and not any(c in self.text[pos : m.start()] for c in ";:")

    def _sources_before(self, pos: int) -> Iterator[tuple[int, Entry, bool]]:
        """Sources cited before `pos`, latest first, without walking the later ones."""
        end = self.sentences[self.sentence_at(pos)].end if self.sentences else pos + 1
        return self.state.before(pos, max(end, pos + 1))

    def sentence_at(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def toks(self, si: int, upto: int) -> list[Tok]:
        """Tokens of sentence si from its start to at least `upto` (cached, extended)."""
        sent = self.sentences[si]
        hi = min(sent.end, upto + 120)
        got = self._tok_cache.get(si)
        if got is not None and (got[0] >= min(sent.end, upto + 60)):
            return got[1]
        if hi < sent.end:
            # Stop at a space so no word is cut in half.
            sp = self.text.rfind(" ", upto, hi)
            hi = sp if sp > upto else sent.end
        t = _tokens(self.text, sent.start, hi, self.low_text)
        self._tok_cache[si] = (hi, t)
        return t

    @staticmethod
    def tok_index(toks: list[Tok], pos: int) -> int:
        """Index of the first token starting at or after pos."""
        lo, hi = 0, len(toks)
        while lo < hi:
            mid = (lo + hi) // 2
            if toks[mid].start < pos:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def paragraph_of(self, si: int) -> int:
        return self.sentences[si].paragraph

    # --- cues ---------------------------------------------------------------------------------

    def run(self) -> Attributed:
        text = self.text
        sentences = self.sentences
        n = len(sentences)
        self._docs: dict[str, Entry] = {}
        # Quote interiors that mask cues: outer candidates of three words or more.
        masks = sorted(
            (q.start, q.end) for q in self.quotes
            if not q.nested and len(text[q.start : q.end].split()) >= 3
            and not getattr(q, "name_like", False)
        )
        mask_starts = [m[0] for m in masks]

        def masked(pos: int) -> bool:
            k = bisect_right(mask_starts, pos) - 1
            return k >= 0 and masks[k][0] <= pos < masks[k][1]

        buckets: list[list[tuple[int, int, str, str]]] = [[] for _ in range(n)]
        inner: list[list[tuple[int, int, str, str]]] = [[] for _ in range(n)]

        def put(s: int, e: int, kind: str, word: str) -> None:
            if not n:
                return
            si = self.sentence_at(s)
            if not (sentences[si].start <= s < sentences[si].end):
                return
            (inner if masked(s) else buckets)[si].append((s, e, kind, word))

        for m in cues.CUE_RE.finditer(text):
            # Cheap look at the word before: "the state", "was found" are no cues.
            ws = m.start(1)
            pw_start = text.rfind(" ", max(0, ws - 24), ws - 1) + 1
            prev_word = text[pw_start : ws - 1].lower()
            word = m.group(1)
            if word not in cues.CUE_WORDS or prev_word in _NOUN_BEFORE:
                continue
            if prev_word in cues.BE_FORMS and not word.endswith("ing"):
                continue
            if prev_word in _MODALS and word in _AMBIGUOUS_BASE | _BASE_FORMS:
                continue  # "will find", "could say": a plan, not a statement
            if prev_word == "to" and word in _AMBIGUOUS_BASE | _BASE_FORMS:
                before = text[max(0, ws - 20) : ws].lower()
                if not before.rstrip().endswith(("on to", "continued to", "went to")):
                    continue  # "to say", "to find": an infinitive ("went on to say" stays)
            if word in _DOC_ONLY and not doc_word_in(text, max(0, ws - 90), ws):
                continue  # "found", "show": only a document can say so
            if word in cues.FRAGMENT_VERBS and not self._fragment_follows(m.end(1)):
                continue  # "praised the team": an act; 'praised their "tireless work"' quotes
            put(ws, m.end(1), "verb", word)
        for m in cues.NEGATIVE_CUE_RE.finditer(text):
            put(m.start() + 1, m.end(), "neg", m.group()[1:])
        for rx in (cues.ACCORDING_RE, cues.PER_RE):
            for m in rx.finditer(text):
                if m.start() == 0 or (not text[m.start() - 1].isalnum() and \
                        text[m.start() - 1] not in "$€£%-"):
                    put(m.start(), m.end(), "prep", m.group())
        for m in cues.PASSIVE_BY_RE.finditer(text):
            put(m.start() + 1, m.end(), "by", m.group()[1:])
        for ps, pe in possessive_cues(text):
            if text[ps + 1] == "s" or text[ps - 1 : ps] == "s":
                put(ps, pe, "poss", text[ps:pe])
        hedges: list[list[tuple[int, int]]] = [[] for _ in range(n)]
        if n:
            for hs, he in self._hedges():
                if not masked(hs):
                    hedges[self.sentence_at(hs)].append((hs, he))

        atts: list[list[_Att]] = [[] for _ in range(n)]
        # Every cue that named a source, also a second cue of the same source ("X reported
        # "…", and called it "unprecedented""): short fragments after it are its quotes.
        cue_spans: list[list[Span]] = [[] for _ in range(n)]
        inner_atts: list[list[_Att]] = [[] for _ in range(n)]
        for si in range(n):
            self._cur_atts = atts[si]
            if buckets[si]:
                buckets[si].sort()
                neg_spans = [(b[0], b[1]) for b in buckets[si] if b[2] == "neg"]
                for s, e, kind, word in buckets[si]:
                    if kind == "verb" and any(a <= s < b for a, b in neg_spans):
                        continue
                    for att in self._cue(si, s, e, kind, word):
                        if att.cue is not None:
                            cue_spans[si].append(att.cue)
                        if all(a.entry is not att.entry for a in atts[si]):
                            atts[si].append(att)
                            self.state.add(att.pos, att.entry, kind in ("verb", "neg"))
            self._cur_atts = inner_atts[si]
            for s, e, kind, word in sorted(inner[si]):
                # Inside a quotation only plain speech tags name a further source.
                if kind != "prep" and (kind != "verb" or word not in cues.INVERTABLE):
                    continue
                for att in self._cue(si, s, e, kind, word, inside_quote=True):
                    if not self._opens_quote(att.span[0]):
                        inner_atts[si].append(att)  # not '"Nobody told us…"': words quoted
        keep = self._keep_quotes(cue_spans)
        _, quote_atts = self._speakers(keep, atts, inner_atts)
        for qi, q in enumerate(self.quotes):
            # A short phrase in quote marks that nobody is said to have said, inside a
            # sentence, is a term or a scare quote ("a consistent life ethic").
            if keep[qi] and quote_atts[qi] is None and not q.nested:
                inner_text = text[q.start : q.end].strip(_EDGE)
                lead = text[self.sentences[self.sentence_at(q.open_start)].start : q.open_start]
                if len(inner_text.split()) <= 5 and lead.strip(" \"“‘'([") and not any(
                        c in inner_text for c in ".!?") and not _PERSONAL_RE.search(inner_text):
                    keep[qi] = False
        # Sentences: their own attributions, plus the speakers of quotes they overlap.
        final: list[list[_Att]] = [list(a) for a in atts]
        for qi, q in enumerate(self.quotes):
            qa = quote_atts[qi]
            if not keep[qi] or qa is None:
                continue
            lo = self.sentence_at(q.start)
            hi = self.sentence_at(max(q.start, q.end - 1))
            for si in range(lo, hi + 1):
                if all(a.entry is not qa.entry for a in final[si]):
                    final[si].append(qa)
        for si in range(n):
            for a in inner_atts[si]:
                if a.surface.lower() in cues.ALL_PRONOUNS:
                    continue
                if all(x.entry is not a.entry for x in final[si]):
                    final[si].append(a)
        para_speaker = self._interview_labels(final)
        for qi, q in enumerate(self.quotes):
            if keep[qi] and quote_atts[qi] is None:
                pa = self.paragraph_of(self.sentence_at(q.open_start)) if n else -1
                if pa in para_speaker:
                    quote_atts[qi] = para_speaker[pa]  # a quotation inside an answer
        # Hedges: "reportedly" takes the previous sentence's sources when there are some.
        for si in range(1, n):
            if final[si] or not hedges[si]:
                continue
            prev = final[si - 1]
            if prev and self.paragraph_of(si) - self.paragraph_of(si - 1) <= 1:
                hs = hedges[si][0]
                final[si] = [_Att(a.entry, a.span, hs, hs[0], a.surface) for a in prev]
        used = {a.entry.key for fa in final for a in fa}
        used.update(qa.entry.key for qa in quote_atts if qa is not None)
        sources, ids = self.reg.build(used)
        claim_sources = []
        claim_atts = []
        for fa in final:
            fa_sorted = sorted(fa, key=lambda a: a.pos)
            seen: list[str] = []
            at: list[Attribution] = []
            for a in fa_sorted:
                sid = ids[a.entry.key]
                if sid not in seen:
                    seen.append(sid)
                    at.append(Attribution(sid, a.span, a.cue))
            claim_sources.append(tuple(seen))
            claim_atts.append(tuple(at))
        quote_speakers = [
            ids[qa.entry.key] if (qa is not None and keep[qi]) else None
            for qi, qa in enumerate(quote_atts)
        ]
        return Attributed(sources, claim_sources, claim_atts, quote_speakers, keep)

    def _interview_labels(self, final: list[list[_Att]]) -> dict[int, _Att]:
        """Interview transcripts: a paragraph opening with "((Name))" is Name's answer, and
        so are the unlabelled paragraphs after it; "((WN))"-style questions are nobody's."""
        text = self.text
        current: _Att | None = None
        si = 0
        n = len(self.sentences)
        by_para: dict[int, _Att] = {}
        for para in self.paragraphs:
            m = _LABEL_RE.match(text, para.start)
            if m:
                label = m.group(1).strip()
                if not any(ch.islower() for ch in label) or len(label) <= 3:
                    current = None  # the interviewer, or a language template
                else:
                    entry = self.reg.add(label, m.span(1), named=True)
                    if entry.kind == "unknown":
                        entry.kind = "person"
                    current = _Att(entry, m.span(1), None, m.start(1), label)
            while si < n and self.sentences[si].end <= para.end:
                if current is not None and self.sentences[si].start >= para.start:
                    # The interviewee speaks the whole answer; names cited in it come after.
                    final[si] = [current, *(a for a in final[si] if a.entry is not current.entry)]
                    by_para[self.sentences[si].paragraph] = current
                si += 1
        return by_para

    def _hedges(self) -> list[tuple[int, int]]:
        """Spans of "reportedly", "allegedly", "was said to", "are alleged to"."""
        text = self.text
        out: list[tuple[int, int]] = []
        for needle in cues.HEDGE_NEEDLES:
            i = text.find(needle)
            while i >= 0:
                j = i + len(needle)
                if needle[0] == " ":
                    word_start = text.rfind(" ", 0, i) + 1
                    if text[word_start:i] in cues.HEDGE_BE:
                        out.append((word_start, j - 1))
                elif (i == 0 or not text[i - 1].isalnum()) and (
                        j >= len(text) or not text[j].isalnum()):
                    out.append((i, j))
                i = text.find(needle, j)
        out.sort()
        return out
