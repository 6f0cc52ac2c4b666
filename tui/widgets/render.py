"""Article text turned into styled `Content`, never into markup.

Article text is data: `[bold]` or `[@click=app.quit]` in it must show literally.
So nothing here builds a markup string; every piece is a `Content` with styles
attached by span. Control characters are replaced one for one by visible symbols
(ESC shows as "␛", a bidi override as "⁞"), which keeps every character offset of the article valid.
Styles name theme variables only, and each highlight also has a non-colour cue
(bold, underline, italic) so NO_COLOR and every theme still tell them apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.content import Content

if TYPE_CHECKING:  # `store` is imported by the loading worker, not before the first paint
    from store.records import ArticleState, ClaimRecord, Event

UNREVIEWED, CONFIRMED, UNCONFIRMED, DENIED = "unreviewed", "confirmed", "unconfirmed", "denied"

# status -> (mark, style): distinct by symbol as well as by colour.
STATUS_MARKS: dict[str, tuple[str, str]] = {
    UNREVIEWED: ("·", "$text-muted"),
    CONFIRMED: ("✓", "bold $success"),
    UNCONFIRMED: ("?", "bold $warning"),
    DENIED: ("✗", "bold $error"),
}

CLAIM_STYLE = "bold"
CONTEXT_STYLE = "$text-muted"
# The $text-* variants are the theme's colours made readable as text on its background.
SOURCE_STYLE = "underline $text-accent"
CUE_STYLE = "italic underline $text-secondary"
COUNTRY_STYLE = "bold $text-success"
QUOTE_STYLE = "italic $text-warning"
LABEL_STYLE = "bold $text-primary"


def _visible(ch: str) -> str:
    code = ord(ch)
    if ch == "\t":
        return " "
    if code < 0x20:
        return chr(0x2400 + code)  # Control Pictures: ␛ for ESC, ␀ for NUL…
    if code == 0x7F:
        return "␡"
    if code in _BIDI:
        return "⁞"  # a direction control: shown, never obeyed (it could reorder the screen)
    return "�"  # C1 controls


#: Bidi controls (embeddings, overrides, isolates, marks): a terminal that obeys them
#: shows article text, or our own columns after it, in an order the article never had.
_BIDI = frozenset((*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C))
_CONTROLS = {
    code: _visible(chr(code)) for code in (*range(0x20), 0x7F, *range(0x80, 0xA0), *_BIDI)
}


def clean(text: str) -> str:
    """Text safe to put on a terminal, with the same length (offsets stay valid)."""
    return text.translate(_CONTROLS)


def one_line(text: str) -> str:
    """Clean text folded onto one line, for lists and titles."""
    return clean(text.replace("\r\n", " ").replace("\n", " ").replace("\r", " "))


def status_mark(status: str) -> Content:
    mark, style = STATUS_MARKS.get(status, ("·", ""))
    return Content(mark).stylize(style)


def status_word(status: str) -> Content:
    mark, style = STATUS_MARKS.get(status, ("·", ""))
    return Content(f"{mark} {status}").stylize(style)


SOURCE_COLUMN = 18
HIDDEN_MARK = "⊘"  # a sentence marked "not a claim"


def claim_prompt(state: ArticleState, claim: ClaimRecord, width: int = 0) -> Content:
    """One line of the claims list: mark, text, and the source in a column at the end.

    With a width the text is cut with "…" so the source column always shows.
    """
    names = one_line(", ".join(state.source_names(claim)))
    text = one_line(claim.text)
    # "Not a claim": a mark of its own and struck-through, muted text (no colour needed).
    mark = Content(HIDDEN_MARK).stylize("$text-muted") if claim.hidden else status_mark(
        claim.status)
    text_style = "strike $text-muted" if claim.hidden else ""
    if width <= 0:
        tail = f"  {names}" if names else ""
        return Content.assemble(mark, " ", (text, text_style), (tail, "$text-accent"))
    column = min(SOURCE_COLUMN, max(0, (width - 2) // 4))
    room = max(1, width - 2 - (column + 1 if column else 0))
    parts: list[Content | str] = [
        mark,
        " ",
        Content(text).truncate(room, ellipsis=True, pad=True).stylize(text_style),
    ]
    if column:
        source = Content(names).truncate(column, ellipsis=True, pad=True).stylize("$text-accent")
        parts.extend((" ", source))
    return Content.assemble(*parts)


def _spans(state: ArticleState, claim: ClaimRecord) -> Iterable[tuple[int, int, str]]:
    """(start, end, style) in article offsets for everything the detail highlights."""
    yield claim.start, claim.end, CLAIM_STYLE
    for quote_id in claim.quotes:
        try:
            quote = state.quote(quote_id)
        except KeyError:
            continue
        yield quote.start, quote.end, QUOTE_STYLE
    for code in claim.countries:
        country = state.country(code)
        for start, end in country.mentions if country else ():
            yield start, end, COUNTRY_STYLE
    for attribution in claim.attributions:
        yield (*attribution.source_span, SOURCE_STYLE)
        if attribution.cue_span is not None:
            yield (*attribution.cue_span, CUE_STYLE)


CONTEXT_CHARS = 600  # of the claim's paragraph shown before and after it, at most (a pane of text)


def claim_in_paragraph(state: ArticleState, claim: ClaimRecord) -> Content:
    """The claim's paragraph, the claim in bold and its source, cue, countries and
    quote highlighted; the rest of the paragraph muted."""
    try:
        paragraph = state.paragraph_of(claim)
        first, last = paragraph.start, paragraph.end
    except IndexError:
        first, last = claim.start, claim.end
    first, last = min(first, claim.start), max(last, claim.end)
    # A paragraph can be a whole article (one line of 50,000 sentences): show the
    # claim with at most CONTEXT_CHARS of it on each side, so a key costs the same.
    start = max(first, claim.start - CONTEXT_CHARS)
    end = min(last, claim.end + CONTEXT_CHARS)
    content = Content(clean(state.text[start:end]), strip_control_codes=False)
    length = end - start
    content = content.stylize(CONTEXT_STYLE, 0, claim.start - start)
    content = content.stylize(CONTEXT_STYLE, claim.end - start, length)
    for s, e, style in _spans(state, claim):
        lo, hi = max(s, start) - start, min(e, end) - start
        if lo < hi:
            content = content.stylize(style, lo, hi)
    cut = Content("…").stylize(CONTEXT_STYLE)
    return Content.assemble(
        cut if start > first else "", content, cut if end < last else ""
    )


def _label(text: str) -> Content:
    return Content(f"{text}: ").stylize(LABEL_STYLE)


def _when(at: str) -> str:
    """"2026-11-28T03:35:42.123456Z" -> "2026-11-28 03:35"."""
    return at[:16].replace("T", " ")


def _value(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, dict) and isinstance(value.get("sources"), dict):  # a source merge
        return one_line(", ".join(str(d.get("name")) for d in value["sources"].values() if d))
    if isinstance(value, dict):
        return one_line(str(value.get("text", value)))
    if isinstance(value, list):  # a correction: sources by name, claims by id, codes
        items = [v.get("name", v.get("id", "?")) if isinstance(v, dict) else v for v in value]
        return one_line(", ".join(str(i) for i in items)) or "—"
    return one_line(str(value))


def event_line(event: Event) -> Content:
    """One entry of a claim's history."""
    what = f"{event.field}: {_value(event.old)} → {_value(event.new)}"
    if event.undoes is not None:
        what = f"undo of #{event.undoes} ({what})"
    return Content.assemble(
        Content(f"{_when(event.at)} ").stylize(CONTEXT_STYLE),
        Content(one_line(event.reviewer)).stylize("italic"),
        Content(f"  {what}"),
    )


def detail_fields(state: ArticleState, claim: ClaimRecord) -> Content:
    """Status, sources, countries, quotes, note, evidence and history of a claim."""
    lines: list[Content] = [
        Content.assemble(_label(f"Claim {claim.id}"), status_word(claim.status)),
    ]
    if claim.hidden:
        lines.append(Content(f"{HIDDEN_MARK} not a claim: out of progress (h brings it back)")
                     .stylize("italic $text-muted"))
    names = state.source_names(claim)
    lines.append(Content.assemble(
        _label("Sources"),
        Content(one_line(", ".join(names)) if names else "— (narrator)").stylize(SOURCE_STYLE),
    ))
    countries = []
    for code in claim.countries:
        country = state.country(code)
        countries.append(f"{country.name} ({code})" if country else code)
    lines.append(Content.assemble(
        _label("Countries"),
        Content(one_line(", ".join(countries)) or "—").stylize(COUNTRY_STYLE if countries else ""),
    ))
    for quote_id in claim.quotes:
        try:
            quote = state.quote(quote_id)
        except KeyError:
            continue
        speaker = "unattributed"
        if quote.speaker:
            try:
                speaker = state.source(quote.speaker).name
            except KeyError:
                speaker = quote.speaker
        lines.append(Content.assemble(
            _label(f"Quote {quote.id}"),
            Content(one_line(speaker)).stylize(SOURCE_STYLE),
        ))
    lines.append(Content.assemble(_label("Note"), Content(clean(claim.note) or "—")))
    lines.append(_label("Evidence").rstrip())
    if claim.evidence:
        for item in claim.evidence:
            lines.append(Content.assemble(
                Content(f"  • [{item.kind}] "), Content(one_line(item.text)).stylize("underline")
            ))
    else:
        lines.append(Content("  —"))
    lines.append(_label("History").rstrip())
    history = state.history(claim.id)
    # A source's corrections (rename, kind, merge) are in the history of each of its claims.
    own = set(claim.sources)
    by_source = tuple(e for e in state.events if e.claim in own and e.field.startswith("source_"))
    if by_source:
        history = tuple(sorted(history + by_source, key=lambda e: e.id))
    if history:
        lines.extend(Content.assemble(Content("  "), event_line(e)) for e in reversed(history))
    else:
        lines.append(Content("  no changes yet"))
    return Content("\n").join(lines)


def legend_markup() -> str:
    """What the highlight styles mean, as markup for a border subtitle (our own words
    only, never article text)."""
    return (
        f"[{SOURCE_STYLE}]source[/] [{CUE_STYLE}]cue[/] "
        f"[{COUNTRY_STYLE}]country[/] [{QUOTE_STYLE}]quote[/]"
    )
