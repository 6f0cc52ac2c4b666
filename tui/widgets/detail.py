"""The detail pane: the highlighted claim in its paragraph, and its review.

Everything shown is built as `Content` by `tui.widgets.render`, so article text is
never read as markup.

A line-API `ScrollView` whose size comes from the stylesheet: a new claim changes
what the pane shows and how far it scrolls, never its size, so moving the cursor
repaints this pane without a layout of the whole screen (an auto-height `Static`
cost one on every key).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual

from tui.widgets.render import claim_in_paragraph, detail_fields, legend_markup
from tui.widgets.scrolling import set_scroll_extent

if TYPE_CHECKING:
    from store.records import ArticleState, ClaimRecord

NOTHING = Content("No claim highlighted.")


class ClaimDetail(ScrollView, can_focus=True):
    """Paragraph with highlights, then status, note, evidence and history."""

    DEFAULT_CSS = """
    ClaimDetail { overflow-x: hidden; overflow-y: auto; }
    """

    # No links in what we show: skip styling every segment for them on each render.
    auto_links: reactive[bool] = reactive(False)
    state: reactive[ArticleState | None] = reactive(None, init=False, repaint=False)
    claim_id: reactive[str | None] = reactive(None, init=False, repaint=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.border_title = "Detail"
        self.border_subtitle = legend_markup()
        self._content: Content = NOTHING
        self._shown: tuple[object, ...] = ()
        self._strips: list[Strip] | None = None  # _content wrapped at _wrapped_width
        self._wrapped_width = -1

    @property
    def content(self) -> Content:
        """What the pane shows (all of it, not only the lines in view)."""
        return self._content

    @property
    def _width(self) -> int:
        return max(0, self.scrollable_content_region.width)

    # -- reacting to the screen's state -------------------------------------------

    def _refresh_detail(self, scroll_home: bool = False) -> None:
        state, claim_id = self.state, self.claim_id
        claim: ClaimRecord | None = None
        if state is not None and claim_id is not None:
            try:
                claim = state.claim(claim_id)
            except KeyError:
                claim = None
        # What the detail is made of, compared by identity: a mark on another claim
        # leaves all of it alone, a source renamed or a claim changed does not.
        shown = (
            claim_id, claim,
            *((state.sources, state.countries, state.quotes) if state is not None else ()),
        )
        if (
            claim is not None
            and len(shown) == len(self._shown)
            and shown[0] == self._shown[0]
            and all(a is b for a, b in zip(shown[1:], self._shown[1:], strict=True))
        ):
            return
        self._shown = shown
        if state is None or claim_id is None:
            content, title = NOTHING, "Detail"
        elif claim is None:
            content, title = Content(f"Claim {claim_id} is not in this article."), "Detail"
        else:
            content = Content("\n\n").join(
                [claim_in_paragraph(state, claim), detail_fields(state, claim)]
            )
            title = f"Detail {claim.id}"
        if title != self.border_title:
            self.border_title = title
        self._show(content, scroll_home)

    def watch_state(self) -> None:
        self._refresh_detail()

    def watch_claim_id(self, old: str | None, new: str | None) -> None:
        self._refresh_detail(scroll_home=old != new)

    # -- lines ------------------------------------------------------------------------

    def _show(self, content: Content, scroll_home: bool) -> None:
        self._content = content
        self._strips = None
        if scroll_home and self.scroll_y:
            self.scroll_to(y=0, animate=False, immediate=True)
        self._resize_virtual()
        self.refresh()

    def _wrapped(self) -> list[Strip]:
        if self._strips is not None:
            # Kept until the content, the size or the style changes (each clears it):
            # not re-measuring the width on each of a repaint's ~30 lines.
            return self._strips
        width = self._width
        style = self.visual_style
        strips = Visual.to_strips(self, self._content, width, None, style)
        self._strips = [strip.crop_extend(0, width, style.rich_style) for strip in strips]
        self._wrapped_width = width
        return self._strips

    def _resize_virtual(self) -> None:
        """Set how far the pane scrolls; a layout only when the scrollbar comes or goes."""
        if self.is_mounted and self.size:
            set_scroll_extent(self, Size(self._width, max(1, len(self._wrapped()))))

    def on_resize(self) -> None:
        self._strips = None
        self._resize_virtual()

    def notify_style_update(self) -> None:
        self._strips = None
        super().notify_style_update()

    def render_line(self, y: int) -> Strip:
        strips = self._wrapped()
        row = round(self.scroll_y) + y
        if 0 <= row < len(strips):
            return strips[row]
        return Strip.blank(self._width, self.visual_style.rich_style)
