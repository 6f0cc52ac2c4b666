"""Finding quotation candidates: the passages between quote marks.

Returns every candidate with flags; the attribution stage decides which short or
name-like candidates are real quotes (a scare quote or a title has no speaker).
Handles straight and curly double quotes, „Hungarian”, «guillemets», single quotes
(nested inside double ones, or on their own), quotes broken by a speech tag, and a
quote whose paragraph ends open and whose next paragraph re-opens it (one candidate
across the paragraphs). Apostrophes (don't, Jones', '90s) never open a quote.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.lazy_re import lazy
from extract.model import Paragraph
from extract.record import Record

_MARK_RE = lazy("[\"“”„«»‘’']")
_DOUBLE = frozenset('"“”„«»')
_DOUBLE_OPENERS = '"“„«'
# Which closing mark ends a quote opened by each double mark.
_CLOSES: dict[str, frozenset[str]] = {
    '"': frozenset('"”“'),
    "“": frozenset('"”“'),
    "„": frozenset('"”“'),
    "«": frozenset("»"),
    "»": frozenset("«"),  # »Danish, German or Hungarian inner quotes«
    "”": frozenset('"”'),
}
# Characters after which a mark can open a quote (besides whitespace and line start).
_OPEN_AFTER = frozenset("([{/—–-\"“„«‘':*_")
_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "on", "in", "and", "or", "to", "for", "at", "by", "with", "from"}
    | {"as", "vs", "de", "del", "la", "le", "von", "van", "der", "du", "da"}
)
_EDGE_PUNCT = " \t.,;:!?…'\"‘’“”()[]"


class QuoteSpan(Record, frozen=True):
    """A quotation candidate.

    `start`/`end` bound the text between the marks (untrimmed); `open_start` and
    `close_end` include the marks. `nested`: inside another quote. `short`: one or
    two words (a scare quote unless attributed). `name_like`: looks like a title,
    name or term mentioned ("Band on the Run", "COVID-19") rather than speech.
    """

    __slots__ = ("close_end", "end", "name_like", "nested", "open_start", "short", "start")

    start: int
    end: int
    open_start: int
    close_end: int
    nested: bool
    short: bool
    name_like: bool

    def __init__(
        self,
        start: int,
        end: int,
        open_start: int,
        close_end: int,
        nested: bool = False,
        short: bool = False,
        name_like: bool = False,
    ) -> None:
        set_ = object.__setattr__
        set_(self, "start", start)
        set_(self, "end", end)
        set_(self, "open_start", open_start)
        set_(self, "close_end", close_end)
        set_(self, "nested", nested)
        set_(self, "short", short)
        set_(self, "name_like", name_like)


def _can_open(text: str, i: int, lo: int, hi: int) -> bool:
    """Left-flanking: line start/space/opening punctuation before, non-space after."""
    if i + 1 >= hi or text[i + 1].isspace():
        return False
    return i == lo or text[i - 1].isspace() or text[i - 1] in _OPEN_AFTER


def _can_close(text: str, i: int, lo: int, hi: int) -> bool:
    """Right-flanking: something before, and the end/space/punctuation after."""
    if i == lo:
        return False
    return i + 1 >= hi or not text[i + 1].isalnum()


def _is_apostrophe(text: str, i: int, lo: int, hi: int) -> bool:
    """don't, rock'n'roll, Jones's: a single mark with a letter or digit on each side."""
    return lo < i < hi - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


_TITLE_WORD_RE = lazy(r"[\w'’-]+")


def _name_like(inner: str) -> bool:
    """Titles, names and terms: no lower-case letters, or Title Case throughout."""
    core = inner.strip(_EDGE_PUNCT)
    if not core:
        return True
    words = core.split()
    if not any(ch.islower() for ch in core):
        # "COVID-19", "NATO", "19"; but not shouted speech, nor a caseless script.
        cased = any(ch.isupper() for ch in core)
        letters = any(ch.isalpha() for ch in core)
        return len(words) <= 4 and (cased or not letters)
    if len(words) == 1:
        # One token with a digit or inner capital: "2019-nCoV", "iPhone".
        return any(ch.isdigit() for ch in core) or any(ch.isupper() for ch in core[1:])
    if len(words) > 8 or (len(words) > 3 and any(p in core for p in (". ", "? ", "! ", ", "))):
        return False
    first = True
    for word in words:
        m = _TITLE_WORD_RE.search(word)
        if m is None:
            continue
        w = m.group(0)
        if not first and w.lower() in _SMALL_WORDS:
            continue
        if not (w[0].isupper() or w[0].isdigit()):
            return False
        first = False
    return True


def _make(text: str, o: int, c: int, close_end: int, nested: bool) -> QuoteSpan:
    inner = text[o + 1 : c]
    return QuoteSpan(
        start=o + 1,
        end=c,
        open_start=o,
        close_end=close_end,
        nested=nested,
        short=len(inner.split()) <= 2,
        name_like=_name_like(inner),
    )


def find_quotes(text: str, paragraphs: Sequence[Paragraph]) -> list[QuoteSpan]:
    """All quotation candidates in text order (by opening mark)."""
    out: list[QuoteSpan] = []
    # Open quotes: (kind "d"/"s", opening mark, open offset, nested).
    stack: list[tuple[str, str, int, bool]] = []
    carried = False  # a double quote left open by the previous paragraph
    n = len(paragraphs)
    for pi, p in enumerate(paragraphs):
        lo, hi = p.start, p.end
        first_mark = carried
        carried = False
        for m in _MARK_RE.finditer(text, lo, hi):
            i = m.start()
            ch = text[i]
            if first_mark:
                first_mark = False
                if i == lo and ch in _DOUBLE_OPENERS:
                    continue  # re-opening mark of a quote carried over from the last paragraph
            if ch in _DOUBLE:
                d = _last_double(stack)
                if d is not None and ch in _CLOSES.get(stack[d][1], frozenset()):
                    opener = stack[d]
                    if ch == opener[1] and ch != '"' and not _can_close(text, i, lo, hi):
                        stack.append(("d", ch, i, True))  # “nested “double”” quotes
                        continue
                    del stack[d:]
                    out.append(_make(text, opener[2], i, i + 1, opener[3]))
                elif (
                    ch in "“„«"
                    or (ch == "»" and _can_open(text, i, lo, hi))
                    or (
                        # Straight marks (and a ” used as an opener) must look like openers.
                        ch in '"”'
                        and _can_open(text, i, lo, hi)
                        and (ch == '"' or not _can_close(text, i, lo, hi))
                    )
                ):
                    stack.append(("d", ch, i, bool(stack)))
                continue
            # Single marks: ‘ ’ '
            if _is_apostrophe(text, i, lo, hi):
                continue
            s = _last_single(stack)
            if s is not None and ch in "’'" and _can_close(text, i, lo, hi):
                opener = stack[s]
                del stack[s:]
                out.append(_make(text, opener[2], i, i + 1, opener[3]))
            elif ch in "‘'" and _can_open(text, i, lo, hi) and not text[i + 1].isdigit():
                stack.append(("s", ch, i, bool(stack)))
        # Paragraph end: single quotes never run on; the outermost double quote may.
        d = _first_double(stack)
        if d is None:
            stack.clear()
            continue
        # Below it there can only be unclosed single quotes, which are dropped: so
        # the carried or closed quote is never nested.
        kind, mark, pos, _ = stack[d]
        stack.clear()
        nxt = paragraphs[pi + 1] if pi + 1 < n else None
        if nxt is not None and text[nxt.start] in _DOUBLE_OPENERS:
            stack.append((kind, mark, pos, False))
            carried = True
            continue
        # Never closed: the quote runs to the end of its paragraph.
        out.append(_make(text, pos, hi, hi, False))
    out.sort(key=lambda q: (q.open_start, -q.close_end))
    return _promote_orphans(out)


def _promote_orphans(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """A nested quote whose container never closed is a quote of its own."""
    outer: QuoteSpan | None = None
    for k, q in enumerate(spans):
        inside = (
            outer is not None and outer.open_start < q.open_start and q.close_end <= outer.close_end
        )
        if q.nested and not inside:
            q = spans[k] = QuoteSpan(
                q.start, q.end, q.open_start, q.close_end, False, q.short, q.name_like
            )
        if not q.nested:
            outer = q
    return spans


def _last_double(stack: list[tuple[str, str, int, bool]]) -> int | None:
    for k in range(len(stack) - 1, -1, -1):
        if stack[k][0] == "d":
            return k
    return None


def _first_double(stack: list[tuple[str, str, int, bool]]) -> int | None:
    for k, entry in enumerate(stack):
        if entry[0] == "d":
            return k
    return None


def _last_single(stack: list[tuple[str, str, int, bool]]) -> int | None:
    for k in range(len(stack) - 1, -1, -1):
        if stack[k][0] == "s":
            return k
    return None
