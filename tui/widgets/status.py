"""Always-visible lines: the article and its progress, and the active filters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from tui.widgets.render import CONFIRMED, DENIED, STATUS_MARKS, UNCONFIRMED, UNREVIEWED, one_line

if TYPE_CHECKING:
    from store.query import ClaimView
    from store.records import ArticleState


def progress_content(state: ArticleState) -> Content:
    """"12/22 reviewed  ✓ 5  ? 4  ✗ 3  · 10" — counts carry their mark, not only colour."""
    progress = state.progress()
    done = f"{progress.reviewed}/{progress.total} reviewed"
    parts: list[Content] = [Content(done).stylize("bold")]
    for status in (CONFIRMED, UNCONFIRMED, DENIED, UNREVIEWED):
        mark, style = STATUS_MARKS[status]
        parts.append(Content("  "))
        parts.append(Content(f"{mark} {progress.by_status.get(status, 0)}").stylize(style))
    return Content.assemble(*parts)


class ReviewHeader(Static):
    """Article title, progress per status, read-only and auto-advance state."""

    state: reactive[ArticleState | None] = reactive(None, init=False, repaint=False)
    read_only: reactive[bool] = reactive(False, init=False, repaint=False)
    holder: reactive[str | None] = reactive(None, init=False, repaint=False)
    auto_advance: reactive[bool] = reactive(True, init=False, repaint=False)
    message: reactive[str] = reactive("Loading…", init=False, repaint=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Content("Loading…"), id=id, markup=False)

    def on_mount(self) -> None:
        self._paint()

    def _paint(self) -> None:
        state = self.state
        if state is None:
            self.update(Content(self.message).stylize("italic"), layout=False)
            return
        parts: list[Content] = []
        if self.read_only:
            who = f" by {one_line(self.holder)}" if self.holder else " elsewhere"
            parts.append(Content(f" READ-ONLY: open{who} ").stylize("bold reverse $error"))
            parts.append(Content(" "))
        parts.append(Content(one_line(state.label)).stylize("bold $primary"))
        parts.append(Content("  "))
        parts.append(progress_content(state))
        if not self.auto_advance:
            parts.append(Content("  auto-advance off").stylize("$text-muted"))
        self.update(Content.assemble(*parts), layout=False)  # always one line
        self.set_class(self.read_only, "-read-only")

    def watch_state(self) -> None:
        self._paint()

    def watch_read_only(self) -> None:
        self._paint()

    def watch_holder(self) -> None:
        self._paint()

    def watch_auto_advance(self) -> None:
        self._paint()

    def watch_message(self) -> None:
        self._paint()


class FilterBar(Static):
    """What the claims list is filtered by, and the key that clears it."""

    view: reactive[ClaimView | None] = reactive(None, init=False, repaint=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Content(""), id=id, markup=False)
        self._said: tuple[object, ...] | None = None

    def watch_view(self, view: ClaimView | None) -> None:
        # Always one line, shown or not filtered: a filter never moves the panes (a
        # layout of the whole screen per filter key), and the hints stay in sight. The
        # filtered look is in the text's style, not a CSS class: a class restyles.
        filtered = view is not None and view.filtered
        said = (
            None
            if view is None
            else (filtered, view.describe(), len(view.claims), len(view.state.claims))
        )
        if said == self._said and self._said is not None:
            return  # a mark with the same filter: the line would not change
        self._said = said
        if view is None:
            self.update(Content(""), layout=False)
            return
        if not filtered:
            self.update(Content.assemble(
                Content(f"All {len(view.claims)} claims").stylize("bold"),
                Content("  / search · f status · enter in a pane filters")
                .stylize("$text-muted"),
            ), layout=False)
            return
        self.update(Content.assemble(
            Content(" Filter ").stylize("bold reverse $accent"),
            Content(" "),
            Content(one_line(view.describe())),
            Content(f"  ({len(view.claims)} of {len(view.state.claims)})  ").stylize("$text-muted"),
            Content("esc").stylize("bold $accent"),
            Content(" clears").stylize("$text-muted"),
        ), layout=False)
