"""The detail pane: the highlighted claim in its paragraph, and its review.

Everything shown is built as `Content` by `tui.widgets.render`, so article text is
never read as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from tui.widgets.render import claim_in_paragraph, detail_fields, legend_markup

if TYPE_CHECKING:
    from store.records import ArticleState


class ClaimDetail(VerticalScroll):
    """Paragraph with highlights, then status, note, evidence and history."""

    DEFAULT_CSS = """
    ClaimDetail > Static { width: 1fr; height: auto; }
    """

    state: reactive[ArticleState | None] = reactive(None, init=False, repaint=False)
    claim_id: reactive[str | None] = reactive(None, init=False, repaint=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.border_title = "Detail"
        self.border_subtitle = legend_markup()
        self.can_focus = True

    def compose(self) -> ComposeResult:
        # One widget for paragraph and fields: one layout per change, not two.
        yield Static(Content("No claim highlighted."), id="detail-body", markup=False)

    @property
    def body(self) -> Static:
        return self.query_one("#detail-body", Static)

    def _refresh_detail(self) -> None:
        state, claim_id = self.state, self.claim_id
        if state is None or claim_id is None:
            self.body.update(Content("No claim highlighted."))
            self.border_title = "Detail"
            return
        try:
            claim = state.claim(claim_id)
        except KeyError:
            self.body.update(Content(f"Claim {claim_id} is not in this article."))
            return
        self.body.update(Content("\n\n").join(
            [claim_in_paragraph(state, claim), detail_fields(state, claim)]
        ))
        self.border_title = f"Detail {claim.id}"

    def watch_state(self) -> None:
        self._refresh_detail()

    def watch_claim_id(self, old: str | None, new: str | None) -> None:
        self._refresh_detail()
        if old != new and self.scroll_y:
            self.scroll_home(animate=False)
