"""The library-wide Sources view: who recurs across articles, and how they checked out.

Left, every library source with its article and claim counts and its claims by
status, sorted by claims or by share denied (`o` toggles). Enter on a source lists
its claims from every article on the right; Enter on a claim closes the view and
the review screen opens that article with the claim highlighted. With no source
chosen the right pane searches every claim of the library, with the article view's
filters: text (`/`), status (`f`), country (`g`). Sources can be merged or split
here (`M`, `P`); those overrides are library-wide (store.sources).

All reading of the library runs in a thread worker: a thousand articles do not
block a key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from extract.errors import ClaimdeskError
from tui.keymap import bindings
from tui.widgets.footer import KeyFooter
from tui.widgets.render import one_line, status_mark
from tui.widgets.status import STATUS_MARKS

if TYPE_CHECKING:
    from textual.timer import Timer

    from store import Library
    from store.sources import LibrarySource, LibrarySources
    from tui.screens.corrections import Picked

STATUSES = ("confirmed", "unconfirmed", "denied", "unreviewed")
STATUS_CYCLE: tuple[str | None, ...] = (None, "unreviewed", "confirmed", "unconfirmed", "denied")
SORT_NAMES = {"claims": "most claims", "denied": "share denied"}
#: Claims listed at most (the count says how many matched).
LIMIT = 500
#: Seconds of no typing before the library is searched.
SEARCH_DELAY = 0.15
SEP = "\x1f"  # between article id and claim id in an option id

ClaimRow = tuple[str, str, str, str, str]  # article id, article label, claim id, text, status
#: Kinds short enough for the table ("organization" would push the counts off it).
KIND_SHORT = {"organization": "org", "document": "doc", "unknown": "?"}


def source_row(source: LibrarySource) -> tuple[object, ...]:
    """The table cells of a source: plain Text, so a name is never read as markup."""
    counts = [source.by_status.get(s, 0) for s in STATUSES]
    return (
        Text(one_line(source.name), overflow="ellipsis", no_wrap=True),
        Text(KIND_SHORT.get(source.kind, source.kind)),
        source.articles,
        source.claims,
        *counts,
        Text(f"{source.share_denied:.0%}"),
    )


def claim_prompt(row: ClaimRow) -> Content:
    """Two lines for the claims pane: "✗ claim text", then "  article label · c5"."""
    _, label, claim_id, text, status = row
    return Content.assemble(
        status_mark(status), " ", Content(one_line(text)), "\n  ",
        Content(f"{one_line(label)} · {claim_id}").stylize("italic $text-muted"),
    )


class LibrarySourcesScreen(Screen[tuple[str, str] | None]):
    """Sources across the library; returns (article id, claim id) to open, or None."""

    BINDINGS: ClassVar[list[BindingType]] = bindings("sources")
    CSS_PATH = "../library_sources.tcss"

    def __init__(self, library: Library, reviewer: str, *, search: bool = False) -> None:
        super().__init__()
        self.library = library
        self.reviewer = reviewer
        self.start_in_search = search
        self.sort = "claims"
        self.rows: list[LibrarySource] = []
        self.chosen: LibrarySource | None = None
        self.status: str | None = None
        self.country: str | None = None
        self.text = ""
        self.claim_rows: list[ClaimRow] = []
        self.matched = 0
        self._focus_claims = False
        self._typing: Timer | None = None

    # -- layout ---------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(Content("Sources across the library"), id="lib-header", markup=False)
        with Horizontal(id="lib-body"):
            yield DataTable(id="lib-sources", cursor_type="row", zebra_stripes=False)
            yield OptionList(id="lib-claims", markup=False)
        yield Input(placeholder="Search every claim shown (enter keeps, esc clears)",
                    id="lib-search")
        yield KeyFooter()

    @property
    def table(self) -> DataTable[object]:
        return self.query_one("#lib-sources", DataTable)

    @property
    def claims(self) -> OptionList:
        return self.query_one("#lib-claims", OptionList)

    @property
    def search_input(self) -> Input:
        return self.query_one("#lib-search", Input)

    def on_mount(self) -> None:
        table = self.table
        table.border_title = "Sources"
        table.add_column(Text("Source"), key="name", width=23)
        table.add_column(Text("Kind"), key="kind")
        for key, label in (("articles", "Arts"), ("claims", "Claims")):
            table.add_column(Text(label, justify="right"), key=key)
        for status in STATUSES:
            table.add_column(Text(STATUS_MARKS[status][0], justify="right"), key=status)
        table.add_column(Text("Denied", justify="right"), key="share")
        self.claims.border_title = "Claims"
        table.loading = True
        self.search_input.display = self.start_in_search
        if self.start_in_search:
            self.search_input.focus()
        else:
            table.focus()
        self._describe()
        self.call_after_refresh(self.load_sources)  # paint first, then read the library

    @property
    def sources(self) -> LibrarySources:
        from store.sources import library_sources

        return library_sources(self.library)

    # -- loading (thread workers) ----------------------------------------------------

    @work(thread=True, exclusive=True, group="lib-sources", exit_on_error=False)
    def load_sources(self, keep: str | None = None) -> None:
        worker = get_current_worker()
        try:
            rows = self.sources.sources(self.sort)
            problems = self.sources.problems
        except (ClaimdeskError, OSError) as error:
            self.app.call_from_thread(self._failed, str(error))
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show_sources, list(rows), problems, keep)
        self.refresh_claims_in_worker()

    def _failed(self, message: str) -> None:
        self.table.loading = False
        self.claims.loading = False
        self.notify(message, title="Cannot read the library", severity="error", timeout=10)

    def _show_sources(self, rows: list[LibrarySource], problems: tuple[str, ...],
                      keep: str | None) -> None:
        table = self.table
        if keep is None and rows and table.row_count and 0 <= table.cursor_row < len(self.rows):
            keep = self.rows[table.cursor_row].key
        self.rows = rows
        table.clear()
        for source in rows:
            table.add_row(*source_row(source), key=source.key)
        keys = [s.key for s in rows]
        if keep in keys:
            table.move_cursor(row=keys.index(keep), animate=False)
        table.loading = False
        if self.chosen is not None:
            self.chosen = next((s for s in rows if set(s.members) & set(self.chosen.members)),
                               None)
        table.border_title = f"Sources {len(rows)} · by {SORT_NAMES[self.sort]} (o sorts)"
        self._describe()
        for problem in problems:
            self.notify(problem, title="Left out", severity="warning", timeout=10)

    def refresh_claims_in_worker(self) -> None:
        """Compute the claims pane (called from a worker thread)."""
        chosen, status, country, text = self.chosen, self.status, self.country, self.text
        try:
            rows: list[ClaimRow]
            if chosen is not None and status is None and country is None and not text.strip():
                found = self.sources.claims_of(chosen)
                rows = [(c.article, c.article_label, c.claim, c.text, c.status) for c in found]
            elif chosen is None and status is None and country is None and not text.strip():
                rows = []
            else:
                states = self.sources.states()
                hits = self.sources.search(status=status, source=chosen, country=country,
                                           text=text)
                rows = [(a, states[a].label, c.id, c.text, c.status)
                        for a, c in hits if not c.hidden]
        except (ClaimdeskError, OSError) as error:
            self.app.call_from_thread(self._failed, str(error))
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_claims, rows)

    @work(thread=True, exclusive=True, group="lib-claims", exit_on_error=False)
    def load_claims(self) -> None:
        self.refresh_claims_in_worker()

    def _show_claims(self, rows: list[ClaimRow]) -> None:
        self.matched = len(rows)
        self.claim_rows = rows[:LIMIT]
        self.claims.set_options(
            Option(claim_prompt(r), id=f"{r[0]}{SEP}{r[2]}")
            for r in self.claim_rows
        )
        if self.claim_rows:
            self.claims.highlighted = 0
        self.claims.loading = False
        if self._focus_claims and self.claim_rows:
            self.claims.focus()
        self._focus_claims = False
        self._describe()

    def _reload_claims(self) -> None:
        self.claims.loading = True
        self._describe()
        self.load_claims()

    # -- what the panes say -----------------------------------------------------------

    def describe(self) -> str:
        """The claims pane's filters in words ("source: WHO · status: denied")."""
        parts = []
        if self.chosen is not None:
            parts.append(f"source: {self.chosen.name}")
        if self.status is not None:
            parts.append(f"status: {self.status}")
        if self.country is not None:
            parts.append(f"country: {self.country}")
        if self.text.strip():
            parts.append(f"“{self.text.strip()}”")
        return " · ".join(parts)

    def _describe(self) -> None:
        filters = self.describe()
        shown = f"{len(self.claim_rows)} of {self.matched}" if self.matched > LIMIT else (
            str(self.matched))
        pane = self.claims
        if filters:
            pane.border_title = f"Claims {shown} · {one_line(filters)}"
        else:
            pane.border_title = "Claims: enter on a source, or / to search all"
        header = Content.assemble(
            Content("Sources across the library").stylize("bold $text-primary"),
            Content(f"  {len(self.rows)} sources · enter lists a source's claims, "
                    "enter on a claim opens it").stylize("$text-muted"),
        )
        self.query_one("#lib-header", Static).update(header)

    # -- choosing ---------------------------------------------------------------------

    @property
    def highlighted_source(self) -> LibrarySource | None:
        table = self.table
        if not self.rows or not 0 <= table.cursor_row < len(self.rows):
            return None
        return self.rows[table.cursor_row]

    @on(DataTable.RowSelected, "#lib-sources")
    def _source_chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        source = self.highlighted_source
        if source is None:
            return
        self.chosen = source
        self._focus_claims = True  # once they are there (an empty list takes no focus)
        self._reload_claims()

    @on(OptionList.OptionSelected, "#lib-claims")
    def _claim_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        article_id, _, claim_id = option_id.partition(SEP)
        if article_id and claim_id:
            self.dismiss((article_id, claim_id))

    # -- keys -------------------------------------------------------------------------

    def action_lib_sort(self) -> None:
        self.sort = "denied" if self.sort == "claims" else "claims"
        self.table.loading = True
        self.load_sources()

    def action_lib_search(self) -> None:
        self.search_input.display = True
        self.set_focus(self.search_input)  # at once: keys typed with the "/" go into it

    @on(Input.Changed, "#lib-search")
    def _typed(self, event: Input.Changed) -> None:
        """Search once typing pauses (a search over 1,000 articles per key would lag)."""
        event.stop()
        self.text = event.value
        self.claims.loading = True
        if self._typing is not None:
            self._typing.stop()
        self._typing = self.set_timer(SEARCH_DELAY, self._reload_claims)

    @on(Input.Submitted, "#lib-search")
    def _kept(self, event: Input.Submitted) -> None:
        event.stop()
        self.search_input.display = bool(event.value)
        self.set_focus(self.claims)

    def action_lib_status(self) -> None:
        following = STATUS_CYCLE[(STATUS_CYCLE.index(self.status) + 1) % len(STATUS_CYCLE)]
        self.status = following
        self._reload_claims()

    def action_lib_country(self) -> None:
        from store.corrections import country_choices
        from tui.screens.corrections import ChoicePicker

        def lookup(typed: str) -> list[tuple[str, str]]:
            found = [(code, f"{name} ({code})") for code, name in country_choices(typed)]
            return found if typed.strip() else [("*", "Any country (clears the filter)")]

        def chosen(picked: Picked | None) -> None:
            if picked is not None:
                self.country = None if picked.value in (None, "*") else picked.value
                self._reload_claims()

        self.app.push_screen(
            ChoicePicker("Filter by country", "", lookup, placeholder="Type a country"), chosen
        )

    def action_lib_all(self) -> None:
        self.chosen = None
        self._reload_claims()

    def action_lib_help(self) -> None:
        from tui.screens.pickers import HelpScreen

        self.app.push_screen(HelpScreen(self.active_bindings))

    def action_lib_back(self) -> None:
        if self.search_input.has_focus:
            self.search_input.value = ""
            self.search_input.display = False
            self.set_focus(self.table)
            return
        self.dismiss(None)

    # -- merge and split ----------------------------------------------------------------

    def action_lib_merge(self) -> None:
        source = self.highlighted_source
        if source is None:
            return
        from tui.screens.corrections import ChoicePicker

        others = [
            (s.key, f"{s.name}  ({s.claims} claims, {s.articles} articles)")
            for s in self.rows
            if s.key != source.key
        ]

        def chosen(picked: Picked | None) -> None:
            if picked is None or picked.value is None:
                return
            keep = next(s for s in self.rows if s.key == picked.value)
            try:
                joined = self.sources.merge(keep, source, self.reviewer)
            except (ClaimdeskError, OSError) as error:
                self.notify(str(error), title="Not merged", severity="error")
                return
            self.notify(f"{source.name} merged into {keep.name}.")
            self.table.loading = True
            self.load_sources(keep=joined.key)

        self.app.push_screen(
            ChoicePicker(f"Merge “{source.name}” with", "The two become one library source.",
                         others, placeholder="Type a source's name"),
            chosen,
        )

    def action_lib_split(self) -> None:
        source = self.highlighted_source
        if source is None:
            return
        if len(source.members) < 2:
            self.notify(f"{source.name} is one article's source: nothing to split.",
                        severity="warning")
            return
        from tui.screens.corrections import ChoicePicker

        states = self.sources.states()
        choices = []
        for article_id, source_id in source.members:
            state = states.get(article_id)
            if state is None:
                continue
            name = state.source(source_id).name
            choices.append((f"{article_id}{SEP}{source_id}",
                            f"{name} in {one_line(state.label)} ({source_id})"))

        def chosen(picked: Picked | None) -> None:
            if picked is None or picked.value is None:
                return
            article_id, _, source_id = picked.value.partition(SEP)
            try:
                split = self.sources.split(source, [(article_id, source_id)], self.reviewer)
            except (ClaimdeskError, OSError) as error:
                self.notify(str(error), title="Not split", severity="error")
                return
            self.notify(f"Split off: {split.name} ({split.claims} claims).")
            self.table.loading = True
            self.load_sources(keep=source.key)

        self.app.push_screen(
            ChoicePicker(f"Split off from “{source.name}”",
                         "The article's source chosen becomes a library source of its own.",
                         choices, placeholder="Type an article or a name"),
            chosen,
        )
