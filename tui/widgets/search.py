"""The incremental search box, shown by `/`: every keystroke narrows the claims."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    """Claim text search. Enter keeps the search, escape drops it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Clear search", id="claimdesk.search.cancel"),
    ]

    class Cancelled(Message):
        """The reviewer dropped the search."""

    def __init__(
        self, *, id: str | None = None, follow: Callable[[str], None] | None = None
    ) -> None:
        """`follow` is told every new value at once, in the frame of the keystroke (the
        `Changed` message that follows reaches the screen a frame later)."""
        super().__init__(placeholder="search claims (enter keeps, esc clears)", id=id)
        self._follow = follow

    def watch_value(self, value: str) -> None:
        if self._follow is not None:
            self._follow(value)

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())
