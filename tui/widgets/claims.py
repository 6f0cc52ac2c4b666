"""The claims list: one line a claim, with its status mark, text and source.

It owns the review key bindings (so they never fire while the reviewer types in a
search box or a note) but writes nothing: the bindings name the screen's actions
(`screen.mark(...)`), and the screen calls the store. Marks repaint only the lines
whose claim changed, so a review key costs the same on an article of 40 claims as
on one of 2,000.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.keymap import bindings
from tui.widgets.render import claim_prompt

if TYPE_CHECKING:
    from store.query import ClaimView
    from store.records import ClaimRecord

EMPTY_ID = "-empty-"


class ClaimList(OptionList):
    """The filtered claims of the article, in article order."""

    BINDINGS: ClassVar[list[BindingType]] = [*bindings("claims"), *bindings("panes")]

    view: reactive[ClaimView | None] = reactive(None, init=False)
    claim_id: reactive[str | None] = reactive(None, init=False)

    class Highlighted(Message):
        """The reviewer moved to another claim (fires on every arrow key)."""

        def __init__(self, claim_id: str | None) -> None:
            super().__init__()
            self.claim_id = claim_id

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ClaimList.Highlighted)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self._shown: tuple[ClaimRecord, ...] = ()
        self._index: dict[str, int] = {}
        self._built_width = 0
        self._had_none = True
        self.border_title = "Claims"

    # -- what is highlighted -------------------------------------------------

    @property
    def highlighted_claim(self) -> str | None:
        option = self.highlighted_option
        if option is None or option.id == EMPTY_ID:
            return None
        return option.id

    def _highlight(self, claim_id: str | None) -> None:
        """Move the cursor to a claim if it is shown, else keep a valid cursor."""
        if claim_id is not None and claim_id in self._index:
            index = self._index[claim_id]
        elif self._shown:
            index = 0 if self.highlighted is None else min(self.highlighted, len(self._shown) - 1)
        else:
            index = None
        if index is not None and index != self.highlighted:
            self.highlighted = index
        self.post_message(self.Highlighted(self.highlighted_claim))

    # -- reacting to the screen's state -------------------------------------

    def watch_view(self, old: ClaimView | None, new: ClaimView | None) -> None:
        claims = new.claims if new is not None else ()
        same_rows = (
            old is not None
            and new is not None
            and old.state.id == new.state.id
            and len(claims) == len(self._shown)
            and all(a.id == b.id for a, b in zip(claims, self._shown, strict=True))
        )
        if same_rows and new is not None:
            for index, (was, now) in enumerate(zip(self._shown, claims, strict=True)):
                if was is not now and was != now:
                    prompt = claim_prompt(new.state, now, self._width)
                    self.replace_option_prompt_at_index(index, prompt)
            self._shown = claims
            return
        self._rebuild(new)

    def _rebuild(self, view: ClaimView | None) -> None:
        keep = self.claim_id
        self._shown = view.claims if view is not None else ()
        self._built_width = self._width
        self._index = {c.id: i for i, c in enumerate(self._shown)}
        if view is None:
            self.clear_options()
        elif not self._shown:
            text = "No claims match: esc clears the filters." if view.filtered else "No claims."
            self.set_options([Option(Content(text).stylize("italic"), id=EMPTY_ID, disabled=True)])
        else:
            state = view.state
            width = self._width
            self.set_options(Option(claim_prompt(state, c, width), id=c.id) for c in self._shown)
        self.border_subtitle = f"{len(self._shown)} shown" if view is not None else ""
        self._highlight(keep)

    @property
    def _width(self) -> int:
        """Cells a prompt may use (0 before the first layout: no cutting)."""
        return max(0, self.scrollable_content_region.width - 1)

    def on_resize(self) -> None:
        if self.view is not None and self._shown and self._width != self._built_width:
            self._rebuild(self.view)

    def watch_claim_id(self, claim_id: str | None) -> None:
        if claim_id is not None and claim_id != self.highlighted_claim:
            self._highlight(claim_id)

    @on(OptionList.OptionHighlighted)
    def _moved(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        claim_id = self.highlighted_claim
        self.post_message(self.Highlighted(claim_id))
        if (claim_id is None) != self._had_none:
            # Only when review keys change between enabled and disabled: the
            # footer rebuilds itself on every refresh_bindings, too slow per key.
            self._had_none = claim_id is None
            self.refresh_bindings()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
