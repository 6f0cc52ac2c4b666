"""The review screen: filter panes, the claims list and the detail pane.

The screen holds the state (the article, the filtered view, the highlighted
claim) as reactives and binds them into the panes with `data_bind`. Panes only
post messages; every write goes through here, to the `ArticleSession`, and the
screen shows a change only after the store has returned it (durable on disk).
The article loads in a thread worker so the screen paints first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen

from extract.errors import ClaimdeskError
from tui.keymap import bindings
from tui.screens.correcting import CORRECTION_ACTIONS, CorrectionActions
from tui.settings import Settings
from tui.widgets.claims import ClaimList
from tui.widgets.detail import ClaimDetail
from tui.widgets.facets import FacetList
from tui.widgets.footer import KeyFooter
from tui.widgets.render import CONFIRMED, DENIED, UNCONFIRMED, UNREVIEWED
from tui.widgets.search import SearchBar
from tui.widgets.status import FilterBar, ReviewHeader

if TYPE_CHECKING:
    from store import ArticleSession, ClaimView, Library
    from store.records import ArticleState

#: Runs in the worker thread: opens the library and says which article to show.
Opener = Callable[[], "tuple[Library, str | None]"]

REVIEW_ACTIONS = frozenset({"mark", "note", "evidence"}) | CORRECTION_ACTIONS
STATUSES: tuple[str, ...] = (UNREVIEWED, CONFIRMED, UNCONFIRMED, DENIED)
STATUS_CYCLE: tuple[str | None, ...] = (None, *STATUSES)


class MainScreen(CorrectionActions, Screen[None]):
    """Sources/Countries/Quotes -> Claims -> Detail, with progress on top."""

    BINDINGS: ClassVar[list[BindingType]] = bindings("screen")
    # Focus starts on the list: the footer composes its keys once, for the list (a
    # focus moved in on_mount made it compose them all again after the first paint).
    AUTO_FOCUS = "#claims"

    state: reactive[ArticleState | None] = reactive(None, init=False, repaint=False)
    view: reactive[ClaimView | None] = reactive(None, init=False, repaint=False)
    claim_id: reactive[str | None] = reactive(None, init=False, repaint=False)
    read_only: reactive[bool] = reactive(False, init=False, repaint=False)
    holder: reactive[str | None] = reactive(None, init=False, repaint=False)
    auto_advance: reactive[bool] = reactive(True, init=False, repaint=False)

    def __init__(self, opener: Opener, reviewer: str) -> None:
        super().__init__()
        self.opener = opener
        self.reviewer = reviewer
        self.library: Library | None = None
        self.session: ArticleSession | None = None
        self.settings = Settings()

    # -- typed access to the panes (posting's pattern) --------------------------

    @property
    def claims(self) -> ClaimList:
        return self.query_one("#claims", ClaimList)

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one("#search", SearchBar)

    @property
    def header(self) -> ReviewHeader:
        return self.query_one("#header", ReviewHeader)

    def compose(self) -> ComposeResult:
        cls = MainScreen
        yield ReviewHeader(id="header").data_bind(
            cls.state, cls.read_only, cls.holder, cls.auto_advance
        )
        yield FilterBar(id="filters").data_bind(cls.view)
        with Horizontal(id="body"):
            with Vertical(id="facets"):
                for kind, pane_id in (("source", "sources"), ("country", "countries"),
                                      ("quote", "quotes")):
                    yield FacetList(
                        kind, id=pane_id, choose=self._choose_facet  # type: ignore[arg-type]
                    ).data_bind(cls.state, cls.view)
            yield ClaimList(id="claims", follow=self._follow_cursor).data_bind(
                cls.view, cls.claim_id
            )
            yield ClaimDetail(id="detail").data_bind(cls.state, cls.claim_id)
        yield SearchBar(id="search", done=self._search_done, follow=self._follow_search)
        yield KeyFooter(held=True)

    def on_mount(self) -> None:
        self.claims.loading = True
        # Paint first: the worker (store imports, library, article) starts after the
        # first frame, so it does not compete with it for the interpreter.
        self.call_after_refresh(self.load)

    def on_unmount(self) -> None:
        self._close_session()

    # -- loading -----------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load(self, article_id: str | None = None) -> None:
        """Open the library (first time) and the article's session, off the UI thread."""
        library = self.library
        try:
            if library is None:
                library, article_id = self.opener()
            from tui.settings import load_settings

            settings = load_settings(library.path)
            session = library.session(article_id, self.reviewer) if article_id else None
        except ClaimdeskError as error:
            self.app.call_from_thread(self._failed, str(error), library)
            return
        self.app.call_from_thread(self._loaded, library, session, settings)

    def _loaded(self, library: Library, session: ArticleSession | None, settings: Settings) -> None:
        from store import ClaimView

        self._close_session()
        self.library, self.session, self.settings = library, session, settings
        self.auto_advance = settings.auto_advance
        self.claims.loading = False
        self.claims.focus()
        self._load_ended()
        if session is None:
            self.header.message = "The library has no articles: run `claimdesk open FILE`."
            self.view = None
            return
        self.read_only = session.read_only
        self.holder = session.holder
        self.refresh_bindings()
        self.state = session.state
        self.claim_id = None
        self.view = ClaimView(session.state)
        self.search_bar.value = ""
        self.search_bar.display = False
        if session.cleared:  # a crashed process's lock was taken over: say so once
            self.notify(session.cleared, title="Lock taken over", severity="warning")
        if session.read_only:
            self.notify(
                f"Read-only: {session.holder or 'another process has this article open'}. "
                "Review keys are disabled.",
                title="Read-only",
                severity="warning",
                timeout=8,
            )

    def _failed(self, message: str, library: Library | None) -> None:
        """Say what went wrong; with the library open, `a` still switches article."""
        self._close_session()
        self.library = library
        self.state = None
        self.view = None
        self.claims.loading = False
        self._load_ended()
        self.header.message = message
        self.notify(message, title="Could not open", severity="error", timeout=15)

    def _load_ended(self) -> None:
        """The article (or why there is none) is about to show: the footer's keys now,
        and garbage collection back on once this frame is on the terminal.

        Not in the frame's own callback: a full collection holds the interpreter for
        tens of ms, and the driver's writer thread could not send the frame until it
        ended (the article showed that much later)."""
        self.query_one(KeyFooter).release()
        start = getattr(self.app, "start_collecting", None)
        if start is not None:
            self.set_timer(0.5, start)

    def _close_session(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None

    # -- applying changes ----------------------------------------------------------

    def _set_state(self, state: ArticleState, view: ClaimView | None = None) -> None:
        self.state = state
        if self.view is not None:
            self.view = view if view is not None else self.view.with_state(state)

    def _write(
        self,
        change: Callable[[ArticleSession], ArticleState],
        what: str,
        *,
        then: Callable[[ClaimView], str | None] | None = None,
    ) -> bool:
        """Run one store write; on failure say so and keep what is shown.

        `then` picks the claim to highlight in the new view; it is highlighted before
        the new state is shown, so the panes are built once, for that claim.
        """
        if self.session is None:
            return False
        try:
            state = change(self.session)
        except (ClaimdeskError, OSError) as error:
            self.notify(str(error), title=f"{what} not saved", severity="error", timeout=10)
            return False
        view = self.view.with_state(state) if self.view is not None else None
        following = then(view) if then is not None and view is not None else None
        if following is not None:
            self.claim_id = following
        self._set_state(state, view)
        return True

    def _claim_text(self, claim_id: str) -> str:
        return self.state.claim(claim_id).text if self.state is not None else ""

    def _follow_cursor(self, claim_id: str | None) -> None:
        """The list's cursor moved: show that claim in this same frame."""
        self.claim_id = claim_id

    # -- review actions (bound on the claims list, see tui.keymap) -----------------

    @property
    def _target(self) -> str | None:
        """The claim the review keys act on: the list's cursor as of this key."""
        return self.claims.highlighted_claim if self.session is not None else None

    def action_mark(self, status: str) -> None:
        claim_id = self._target
        if claim_id is None or status not in STATUSES:
            return
        advance: Callable[[ClaimView], str | None] | None = None
        if self.auto_advance and status != UNREVIEWED:
            from store.query import next_unreviewed

            advance = lambda view: next_unreviewed(view, claim_id)  # noqa: E731

        self._write(lambda s: s.mark(claim_id, status), "Mark", then=advance)

    def action_note(self) -> None:
        claim_id = self._target
        if claim_id is None or self.state is None:
            return
        from tui.screens.dialogs import NoteDialog

        note = self.state.claim(claim_id).note

        def save(text: str | None) -> None:
            if text is not None and text != note:
                self._write(lambda s: s.set_note(claim_id, text), "Note")

        self.app.push_screen(NoteDialog(claim_id, self._claim_text(claim_id), note), save)

    def action_evidence(self) -> None:
        claim_id = self._target
        if claim_id is None:
            return
        from tui.screens.dialogs import EvidenceDialog

        def add(text: str | None) -> None:
            if text:
                self._write(lambda s: s.add_evidence(claim_id, text), "Evidence")

        self.app.push_screen(EvidenceDialog(claim_id, self._claim_text(claim_id)), add)

    # -- messages from the panes -----------------------------------------------------

    @on(FacetList.Selected)
    def _facet(self, event: FacetList.Selected) -> None:
        event.stop()
        self._choose_facet(event.kind, event.value)

    def _choose_facet(self, kind: str, value: str | None) -> None:
        """A pane's item was chosen (None: its filter dropped); called in the key's frame."""
        if self.view is None:
            return
        narrow = {
            "source": self.view.by_source,
            "country": self.view.by_country,
            "quote": self.view.by_quote,
        }[kind]
        self.view = narrow(value)

    @on(SearchBar.Changed)
    def _search_changed(self, event: SearchBar.Changed) -> None:
        event.stop()
        self._follow_search(event.value)

    def _follow_search(self, text: str) -> None:
        """The search text changed: narrow in the keystroke's frame (once per text)."""
        if self.view is not None and self.view.query != text:
            self.view = self.view.matching(text)

    def _search_done(self, kept: str | None) -> None:
        """Enter (the text, kept) or escape (None, dropped) in the search box: back to
        the list at once, so the key after it is a review key again."""
        if kept is None:
            self.search_bar.value = ""
        self.search_bar.display = bool(kept)
        self.set_focus(self.claims)

    # -- screen commands -------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Disabled (shown greyed) rather than silently ignored."""
        if action in REVIEW_ACTIONS and (self.read_only or self._target is None):
            return None
        if action == "undo" and (self.session is None or self.read_only):
            return None
        if action in {"search", "cycle_status", "clear_filters", "export"} and self.view is None:
            return None
        if action == "switch_article" and self.library is None:
            return None
        return True

    def action_undo(self) -> None:
        if self.session is None:
            return
        try:
            state, event = self.session.undo()
        except (ClaimdeskError, OSError) as error:
            self.notify(str(error), title="Undo not saved", severity="error", timeout=10)
            return
        if event is None:
            self.notify("Nothing of yours left to undo on this article.")
            return
        self._set_state(state)
        if event.claim in {c.id for c in state.claims}:  # not a source correction's id
            self.claim_id = event.claim
        self.notify(f"Undid the {event.field} change on {event.claim}.")

    def action_search(self) -> None:
        bar = self.search_bar
        bar.display = True
        # Focus at once, not deferred as `bar.focus()` does: keys that arrived with the
        # "/" (a burst over a slow SSH link) must be typed into the box, not run as
        # review keys on the list ("/court" would otherwise confirm a claim).
        self.set_focus(bar)

    def action_cycle_status(self) -> None:
        if self.view is None:
            return
        current = getattr(self.view, "status", None)
        following = STATUS_CYCLE[(STATUS_CYCLE.index(current) + 1) % len(STATUS_CYCLE)]
        self.view = self.view.with_status(following)

    def action_clear_filters(self) -> None:
        if self.view is None:
            return
        self.view = self.view.cleared()
        with self.search_bar.prevent(SearchBar.Changed):
            self.search_bar.value = ""
        self.search_bar.display = False

    def action_toggle_auto_advance(self) -> None:
        self.settings = self.settings.toggled_auto_advance()
        self.auto_advance = self.settings.auto_advance
        state = "on" if self.auto_advance else "off"
        if self.library is not None:
            from tui.settings import save_settings

            try:
                save_settings(self.library.path, self.settings)
            except (ClaimdeskError, OSError) as error:
                self.notify(f"Auto-advance {state} for now; not saved: {error}", severity="error")
                return
        self.notify(f"Auto-advance {state}: after a mark the cursor "
                    + ("moves to the next unreviewed claim." if self.auto_advance else "stays."))

    def action_help(self) -> None:
        from tui.screens.pickers import HelpScreen

        self.app.push_screen(HelpScreen(self.active_bindings))

    def action_switch_article(self) -> None:
        if self.library is None:
            return
        from tui.screens.pickers import ArticlePicker

        library = self.library
        try:
            articles = library.articles()  # the index: progress is read by the picker's worker
        except (ClaimdeskError, OSError) as error:
            self.notify(str(error), title="Cannot list the articles", severity="error")
            return
        current = self.state.id if self.state is not None else None
        known = {current: self.state.progress()} if self.state is not None else {}

        def chosen(article_id: str | None) -> None:
            if article_id is not None and article_id != current:
                self.claims.loading = True
                self.load(article_id)

        self.app.push_screen(ArticlePicker(articles, current, library.progress, known), chosen)

    def action_export(self) -> None:
        if self.view is None or self.library is None:
            return
        from pathlib import Path

        from tui.screens.dialogs import ExportDialog, default_export_path

        view = self.view
        # Relative: written to the directory claimdesk was started in.
        path = default_export_path(Path(), view.state.id, "json")
        description = view.describe() if view.filtered else "the whole article"

        def done(written: Any) -> None:
            if written is not None:
                self.notify(f"Exported {len(view.claims)} claims to {written}", title="Exported")

        self.app.push_screen(
            ExportDialog(description, len(view.claims), path, self._export), done
        )

    def _export(self, request: Any) -> Any:
        """Render the current view in the chosen format and write it (the dialog's job)."""
        from store.exchange import ExportFilter, render_export, write_export

        assert self.view is not None and self.library is not None
        flt = ExportFilter.from_view(self.view)
        text = render_export(self.library, flt, request.fmt, self.reviewer)
        return write_export(request.path, text, force=request.force)
