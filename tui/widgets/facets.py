"""Sources, Countries and Quotes: the panes that filter the claims.

Each pane lists its items with how many claims they cover. Enter (or a click)
on an item asks the screen to filter by it; on the item already chosen it asks to
drop that filter. The chosen item carries a "▶" so the filter shows without colour.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar, Literal

from textual import on
from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.visual import VisualType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.keymap import bindings
from tui.widgets.render import COUNTRY_STYLE, QUOTE_STYLE, SOURCE_STYLE, one_line

if TYPE_CHECKING:
    from store.query import ClaimView
    from store.records import ArticleState

Kind = Literal["source", "country", "quote"]
TITLES: dict[Kind, str] = {"source": "Sources", "country": "Countries", "quote": "Quotes"}
STYLES: dict[Kind, str] = {"source": SOURCE_STYLE, "country": COUNTRY_STYLE, "quote": QUOTE_STYLE}
SELECTED_MARK = "▶"


def selected_in(view: ClaimView | None, kind: Kind) -> str | None:
    """The item of this kind the view filters by, if any."""
    if view is None:
        return None
    return getattr(view, kind, None)


def facet_items(state: ArticleState, kind: Kind) -> list[tuple[str, str, int]]:
    """(id, label, claim count) for each item of a pane, in article order."""
    from store.query import country_counts, quote_counts, source_counts

    if kind == "source":
        counts = source_counts(state)
        return [(s.id, s.name, counts.get(s.id, 0)) for s in state.sources]
    if kind == "country":
        counts = country_counts(state)
        return [(c.code, f"{c.name} ({c.code})", counts.get(c.code, 0)) for c in state.countries]
    counts = quote_counts(state)
    items = []
    for quote in state.quotes:
        speaker = ""
        if quote.speaker:
            try:
                speaker = state.source(quote.speaker).name
            except KeyError:
                speaker = quote.speaker
        label = f"“{quote.text}”" + (f" ({speaker})" if speaker else "")
        items.append((quote.id, label, counts.get(quote.id, 0)))
    return items


def same_facets(old: ArticleState, new: ArticleState) -> bool:
    """Whether two states of an article have the same sources, countries and quotes per
    claim (identity checks only: cheap enough for every mark on 2,000 claims)."""
    global _last_compared
    last = _last_compared
    if last is not None and last[0] is old and last[1] is new:
        return last[2]  # the three panes ask the same question about the same change
    same = _same_facets(old, new)
    _last_compared = (old, new, same)
    return same


_last_compared: tuple[ArticleState, ArticleState, bool] | None = None


def _same_facets(old: ArticleState, new: ArticleState) -> bool:
    if old.id != new.id or len(old.claims) != len(new.claims):
        return False
    if (old.sources, old.countries, old.quotes) != (new.sources, new.countries, new.quotes):
        return False
    return all(
        a is b or (a.sources is b.sources and a.countries is b.countries and a.quotes is b.quotes)
        for a, b in zip(old.claims, new.claims, strict=True)
    )


class FacetList(OptionList):
    """One filter pane: items with counts, the chosen one marked."""

    BINDINGS: ClassVar[list[BindingType]] = bindings("panes")

    state: reactive[ArticleState | None] = reactive(None, init=False, repaint=False)
    view: reactive[ClaimView | None] = reactive(None, init=False, repaint=False)

    class Selected(Message):
        """Filter the claims by this item (None: drop this pane's filter)."""

        def __init__(self, kind: Kind, value: str | None) -> None:
            super().__init__()
            self.kind = kind
            self.value = value

    def __init__(
        self,
        kind: Kind,
        *,
        id: str | None = None,
        choose: Callable[[Kind, str | None], None] | None = None,
    ) -> None:
        """`choose` is told the filter at once, in the frame of the key or click; without
        it the pane posts `Selected` (two messages and a frame later)."""
        super().__init__(id=id, markup=False)
        self._choose = choose
        self.kind: Kind = kind
        self._items: list[tuple[str, str, int]] = []
        self._selected: str | None = None
        self.border_title = TITLES[kind]

    def _prompt(self, item: tuple[str, str, int]) -> Content:
        item_id, label, count = item
        chosen = item_id == self._selected
        digits = len(str(max((n for _, _, n in self._items), default=0)))
        return Content.assemble(
            Content(SELECTED_MARK if chosen else " ").stylize("bold"),
            Content(f"{count:>{digits}} ").stylize("$text-muted"),
            Content(one_line(label)).stylize(STYLES[self.kind] + (" bold" if chosen else "")),
        )

    def watch_state(self, old: ArticleState | None, new: ArticleState | None) -> None:
        if old is not None and new is not None and same_facets(old, new):
            return  # a mark, a note, evidence: the counts cannot have changed
        items = facet_items(new, self.kind) if new is not None else []
        keep = self.highlighted
        self._items = items
        self._selected = selected_in(self.view, self.kind)
        self.set_options(Option(self._prompt(item), id=item[0]) for item in items)
        if items:
            self.highlighted = min(keep or 0, len(items) - 1)
        self._title()

    def _title(self) -> None:
        """"Sources 4", accented while this pane filters the claims.

        In the title's own style rather than a CSS class: toggling a class restyles the
        pane and its scrollbars, a few ms on every filter key."""
        title = Content(f"{TITLES[self.kind]} {len(self._items)}")
        if self._selected is not None:
            title = Content.assemble(title, " ", Content(SELECTED_MARK)).stylize(
                "$accent bold underline"
            )
        self.border_title = title

    def watch_view(self, view: ClaimView | None) -> None:
        chosen = selected_in(view, self.kind)
        if chosen == self._selected:
            return
        before, self._selected = self._selected, chosen
        for index, item in enumerate(self._items):
            if item[0] in (before, chosen):
                self.replace_option_prompt_at_index(index, self._prompt(item))
        self._title()

    def _replace_option_prompt(self, index: int, prompt: VisualType) -> None:
        """Only the option's own line is rendered again: every item is one line (the
        panes never wrap), so no height can change. OptionList measures every option
        again instead, ~10 ms a filter key for the hundreds of sources of a long article."""
        option = self.get_option_at_index(index)
        option._set_prompt(prompt)
        cache = self._option_render_cache  # an LRUCache: .keys() is its own view
        stale = [key for key in tuple(cache.keys()) if key[0] is option]
        for key in stale:
            cache.discard(key)
        self.refresh()

    def action_select(self) -> None:
        """Enter (or a click): filter by the highlighted item, or drop the filter."""
        index = self.highlighted
        if self._choose is None or index is None:
            super().action_select()
            return
        value = self.get_option_at_index(index).id
        self._choose(self.kind, None if value == self._selected else value)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        value = event.option.id
        self.post_message(self.Selected(self.kind, None if value == self._selected else value))

    @on(OptionList.OptionHighlighted)
    def _moved(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
