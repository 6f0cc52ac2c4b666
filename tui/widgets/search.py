"""The incremental search box, shown by `/`: every keystroke narrows the claims."""

from __future__ import annotations

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

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="search claims (enter keeps, esc clears)", id=id)

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())
