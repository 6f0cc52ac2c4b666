"""Changing how far a pane scrolls without a layout of the whole screen.

A `ScrollView`'s `virtual_size` is a layout reactive: setting it reflows every widget
on the screen, which costs more than the key that caused it. The panes that use this
have their size fixed by the stylesheet, so a new extent moves nothing else: only
their scrollbar (its thumb) has to follow. A layout is still done when the scrollbar
has to appear or disappear, because that changes the width the lines wrap to.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.widget import Widget


def set_scroll_extent(view: ScrollView, size: Size) -> None:
    """Set `view.virtual_size` to `size`, with a layout only when the scrollbar flips."""
    if size == view.virtual_size:
        return
    region = view.scrollable_content_region
    overflow = view.styles.overflow_y
    if not view.is_mounted or not region:
        view.virtual_size = size
        return
    needs_bar = size.height > region.height if overflow == "auto" else overflow == "scroll"
    if needs_bar != view.show_vertical_scrollbar:
        view.virtual_size = size  # the scrollbar comes or goes: the one case for a layout
        return
    view.set_reactive(Widget.virtual_size, size)
    if needs_bar:
        bar = view.vertical_scrollbar
        bar.window_virtual_size = size.height
        bar.window_size = region.height
    view.scroll_y = view.validate_scroll_y(view.scroll_y)
    view.refresh()
