"""The incremental search box, shown by `/`: every keystroke narrows the claims."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import Input


class SearchBar(Input):
    """Claim text search. Enter keeps the search, escape drops it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Clear search", id="claimdesk.search.cancel"),
    ]

    # The box is one line of fixed width: the text's length only decides how far it
    # scrolls sideways, never where anything else goes. Input declares a layout on it,
    # which laid out the whole screen again on every keystroke.
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    def __init__(
        self,
        *,
        id: str | None = None,
        done: Callable[[str | None], None],
        follow: Callable[[str], None] | None = None,
    ) -> None:
        """`done` is told at once when enter keeps the search (its text) or escape drops
        it (None): a message would reach the screen after the next key, which must
        already go where the focus went. `follow` is told every new value at once, in
        the frame of the keystroke (the `Changed` message that follows reaches the
        screen a frame later)."""
        super().__init__(placeholder="search claims (enter keeps, esc clears)", id=id)
        self._follow = follow
        self._done = done

    def watch_value(self, value: str) -> None:
        if self._follow is not None:
            self._follow(value)

    async def action_submit(self) -> None:
        self._done(self.value)

    def action_cancel(self) -> None:
        self._done(None)
