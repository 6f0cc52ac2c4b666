"""The claims list: one line a claim, with its status mark, text and source.

It holds the review key bindings (so they never fire while the reviewer types in a
search box or a note) but writes nothing: the bindings name the screen's actions
(`screen.mark(...)`), and the screen calls the store.

A line-API `ScrollView` rather than an `OptionList`: every claim is exactly one line,
so nothing is measured per claim, only visible lines are rendered, and a mark
repaints one line. A key costs the same on an article of 40 claims as of 2,000.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual

from tui.keymap import bindings
from tui.widgets.render import claim_prompt
from tui.widgets.scrolling import set_scroll_extent

if TYPE_CHECKING:
    from store.query import ClaimView
    from store.records import ClaimRecord

OPTION = "claim-list--option"
CURSOR = "claim-list--cursor"
EMPTY = "claim-list--empty"
LOADING = "Loading the article…"


class ClaimList(ScrollView, can_focus=True):
    """The filtered claims of the article, in article order."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", "Up", show=False),
        Binding("down", "cursor_down", "Down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        *bindings("claims"),
        *bindings("panes"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {OPTION, CURSOR, EMPTY}
    DEFAULT_CSS = """
    ClaimList {
        background: $surface;
        overflow-x: hidden;
        /* Always a (thin) scrollbar: one that came and went with the number of claims
           shown cost two layouts of the whole screen on every filter key. */
        overflow-y: scroll;
        scrollbar-size-vertical: 1;
        & > .claim-list--cursor {
            color: $block-cursor-blurred-foreground;
            background: $block-cursor-blurred-background;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus > .claim-list--cursor {
            color: $block-cursor-foreground;
            background: $block-cursor-background;
            text-style: $block-cursor-text-style;
        }
        & > .claim-list--empty { color: $text-muted; text-style: italic; }
    }
    """

    # No links in what we show: skip styling every segment for them on each render.
    auto_links: reactive[bool] = reactive(False)
    view: reactive[ClaimView | None] = reactive(None, init=False, repaint=False)
    claim_id: reactive[str | None] = reactive(None, init=False, repaint=False)
    highlighted: reactive[int | None] = reactive(None, init=False, repaint=False)

    class Highlighted(Message):
        """The reviewer moved to another claim (fires on every arrow key)."""

        def __init__(self, claim_id: str | None) -> None:
            super().__init__()
            self.claim_id = claim_id

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ClaimList.Highlighted)

    def __init__(
        self, *, id: str | None = None, follow: Callable[[str | None], None] | None = None
    ) -> None:
        """`follow` is told the highlighted claim at once, in the same frame as the key;
        without it the list posts `Highlighted` (a message costs a frame of its own)."""
        super().__init__(id=id)
        self._follow = follow
        self._shown: tuple[ClaimRecord, ...] = ()
        self._index: dict[str, int] = {}
        self._empty = ""
        # Rendered lines by (claim, cursor, focus), kept across filters and searches:
        # a line is reused while its claim and the article's sources are the same
        # objects (a mark or a renamed source makes new ones).
        self._strips: dict[tuple[str, bool, bool], tuple[ClaimRecord, object, Strip]] = {}
        self._had_none = True
        self._loading_note = False
        self.border_title = "Claims"

    # -- what is shown -----------------------------------------------------------

    @property
    def claim_ids(self) -> list[str]:
        """The ids of the claims shown, top to bottom."""
        return [c.id for c in self._shown]

    @property
    def empty_text(self) -> str:
        """What the list says when it shows no claim ("" when it shows some)."""
        return self._empty

    def prompt(self, claim_id: str) -> Content:
        """The line shown for a claim, at the current width."""
        assert self.view is not None
        claim = self._shown[self._index[claim_id]]
        return claim_prompt(self.view.state, claim, self._prompt_width)

    @property
    def highlighted_claim(self) -> str | None:
        index = self.highlighted
        if index is None or not 0 <= index < len(self._shown):
            return None
        return self._shown[index].id

    @property
    def _width(self) -> int:
        return max(0, self.scrollable_content_region.width)

    @property
    def _prompt_width(self) -> int:
        """One cell short of the width: a margin before the border."""
        return max(0, self._width - 1)

    # -- reacting to the screen's state -------------------------------------

    def watch_view(self, old: ClaimView | None, new: ClaimView | None) -> None:
        claims = new.claims if new is not None else ()
        same_rows = (
            old is not None
            and new is not None
            and old.state.id == new.state.id
            and old.state.sources is new.state.sources  # a renamed source: every line
            and len(claims) == len(self._shown)
            and all(a.id == b.id for a, b in zip(claims, self._shown, strict=True))
        )
        if same_rows:
            # A mark or a note: repaint only the lines whose claim changed.
            for row, (was, now) in enumerate(zip(self._shown, claims, strict=True)):
                if was is not now:
                    self.refresh_line(row)
            self._shown = claims
            return
        self._rebuild(new, old)

    def _rebuild(self, view: ClaimView | None, old: ClaimView | None = None) -> None:
        keep = self.claim_id
        if view is None or old is None or view.state.id != old.state.id:
            self._strips.clear()  # another article: its lines are not needed again
        self._shown = view.claims if view is not None else ()
        self._index = {c.id: i for i, c in enumerate(self._shown)}
        if view is None or self._shown:
            self._empty = ""
        else:
            self._empty = (
                "No claims match: esc clears the filters." if view.filtered else "No claims."
            )
        set_scroll_extent(self, Size(self._width, max(1, len(self._shown))))
        self.border_subtitle = f"{len(self._shown)} shown" if view is not None else ""
        self._highlight(keep)
        self.refresh()

    def _highlight(self, claim_id: str | None) -> None:
        """Move the cursor to a claim if it is shown, else to the top (or nowhere)."""
        if claim_id is not None and claim_id in self._index:
            index: int | None = self._index[claim_id]
        else:
            index = 0 if self._shown else None
        if index != self.highlighted:
            self.highlighted = index
        else:  # same row, maybe another claim in it: say so all the same
            if index is not None:
                self._scroll_to_row(index)
            self._announce()

    def _announce(self) -> None:
        claim_id = self.highlighted_claim
        if self._follow is not None:
            self._follow(claim_id)
        else:
            self.post_message(self.Highlighted(claim_id))

    def watch_claim_id(self, claim_id: str | None) -> None:
        if claim_id is not None and claim_id != self.highlighted_claim:
            self._highlight(claim_id)

    def validate_highlighted(self, index: int | None) -> int | None:
        if index is None or not self._shown:
            return None
        return max(0, min(index, len(self._shown) - 1))

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        for row in (old, new):
            if row is not None:
                self.refresh_line(row)
        if new is not None:
            self._scroll_to_row(new)
        self._announce()
        if (new is None) != self._had_none:
            # Review keys switch between enabled and disabled: only then, because the
            # footer rebuilds itself on every refresh_bindings.
            self._had_none = new is None
            self.refresh_bindings()

    def _scroll_to_row(self, row: int) -> None:
        height = self.scrollable_content_region.height
        top = round(self.scroll_y)
        if height <= 0:
            return
        if row < top:
            self.scroll_to(y=row, animate=False, immediate=True)
        elif row >= top + height:
            self.scroll_to(y=row - height + 1, animate=False, immediate=True)

    def set_loading(self, loading: bool) -> None:
        """Say "Loading the article…" in the list's first line.

        Textual's default mounts an animated indicator over the list: a layout of the
        screen to add it and to remove it, and a repaint every few frames that competes
        with the loading worker for the interpreter."""
        self._loading_note = loading
        self.refresh()

    def on_resize(self) -> None:
        self._strips.clear()
        set_scroll_extent(self, Size(self._width, max(1, len(self._shown))))
        if self.highlighted is not None:
            self._scroll_to_row(self.highlighted)

    def notify_style_update(self) -> None:
        self._strips.clear()
        super().notify_style_update()

    def _on_focus(self, event: events.Focus) -> None:
        self._strips.clear()
        self.refresh()

    def _on_blur(self, event: events.Blur) -> None:
        self._strips.clear()
        self.refresh()

    # -- rendering --------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        row = round(self.scroll_y) + y
        if self._loading_note or not 0 <= row < len(self._shown) or self.view is None:
            width = self._width
            note = LOADING if self._loading_note else self._empty
            if row == 0 and note:
                style = self.get_visual_style(OPTION, EMPTY)
                strips = Visual.to_strips(self, Content(note), width, 1, style)
                return strips[0].crop_extend(0, width, style.rich_style)
            return Strip.blank(width, self.get_visual_style(OPTION).rich_style)
        claim = self._shown[row]
        cursor = row == self.highlighted
        key = (claim.id, cursor, self.has_focus)
        sources = self.view.state.sources
        cached = self._strips.get(key)
        if cached is not None and cached[0] is claim and cached[1] is sources:
            return cached[2]  # (the width is not asked for: a resize empties the cache)
        width = self._width
        style = self.get_visual_style(OPTION, CURSOR) if cursor else self.get_visual_style(OPTION)
        prompt = claim_prompt(self.view.state, claim, self._prompt_width)
        strip = Visual.to_strips(self, prompt, width, 1, style)[0]
        strip = strip.crop_extend(0, width, style.rich_style)
        self._strips[key] = (claim, sources, strip)
        return strip

    # -- keys and mouse ----------------------------------------------------------

    def action_cursor_up(self) -> None:
        if self._shown:
            self.highlighted = max(0, (self.highlighted or 0) - 1)

    def action_cursor_down(self) -> None:
        if self._shown:
            current = self.highlighted
            self.highlighted = 0 if current is None else current + 1

    def action_first(self) -> None:
        if self._shown:
            self.highlighted = 0

    def action_last(self) -> None:
        if self._shown:
            self.highlighted = len(self._shown) - 1

    def action_page_up(self) -> None:
        if self._shown:
            page = max(1, self.scrollable_content_region.height - 1)
            self.highlighted = (self.highlighted or 0) - page

    def action_page_down(self) -> None:
        if self._shown:
            page = max(1, self.scrollable_content_region.height - 1)
            self.highlighted = (self.highlighted or 0) + page

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is not None and self._shown:
            self.highlighted = round(self.scroll_y) + offset.y
