"""The article switcher and the help screen.

Help is built from the live bindings of the screen underneath (what is bound
where the focus is, with disabled keys shown as such), and the help sentence of
each command comes from the one declaration in `tui.keymap`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from typing import ClassVar, Literal

from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from store.records import ArticleSummary, Progress
from tui.keymap import COMMANDS, help_for
from tui.widgets.render import one_line
from tui.widgets.status import STATUS_MARKS

#: Progress not read yet: the list shows at once and a worker fills it in.
PENDING = "pending"


def article_prompt(
    summary: ArticleSummary, progress: Progress | Literal["pending"] | None, current: bool
) -> Content:
    """"▶ Title   12/22 ✓5 ?4 ✗3" for one article ("damaged" when it cannot be read)."""
    parts = [
        Content("▶ " if current else "  ").stylize("bold"),
        Content(one_line(summary.label)).stylize("bold" if current else ""),
    ]
    if progress == PENDING:
        parts.append(Content("  …").stylize("$text-muted"))
        return Content.assemble(*parts)
    if progress is None:
        parts.append(Content("  damaged: cannot be read").stylize("italic $text-error"))
        return Content.assemble(*parts)
    parts.append(Content(f"  {progress.reviewed}/{progress.total}").stylize("$text-muted"))
    for status in ("confirmed", "unconfirmed", "denied"):
        mark, style = STATUS_MARKS[status]
        parts.append(Content(f" {mark}{progress.by_status.get(status, 0)}").stylize(style))
    return Content.assemble(*parts)


class ArticlePicker(ModalScreen[str | None]):
    """Choose the article to review; returns its id.

    The list shows at once from the library index; the progress of each article
    (a file read per article: most of a second cold at 1,000 articles) is filled in
    by a thread worker, a batch at a time.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="claimdesk.dialog.cancel"),
    ]

    BATCH_SECONDS = 0.1  # how often read progress is shown while the worker runs

    def __init__(
        self,
        articles: Sequence[ArticleSummary],
        current: str | None,
        progress_of: Callable[[str], Progress] | None = None,
        known: Mapping[str, Progress] | None = None,
    ) -> None:
        """`progress_of` reads one article's progress (raising `LibraryError` for a
        damaged one); `known` is progress already at hand (the article open now)."""
        super().__init__()
        self.articles = articles
        self.current = current
        self.progress_of = progress_of
        self.progress: dict[str, Progress | Literal["pending"] | None] = {
            s.id: PENDING for s in articles
        }
        self.progress.update(known or {})
        self._index = {s.id: i for i, s in enumerate(articles)}

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="article-picker"):
            yield Static(
                Content(f"Articles ({len(self.articles)}): enter opens, esc cancels")
                .stylize("bold $primary"),
                classes="dialog-heading",
                markup=False,
            )
            yield OptionList(
                *(
                    Option(article_prompt(s, self.progress[s.id], s.id == self.current), id=s.id)
                    for s in self.articles
                ),
                id="article-list",
                markup=False,
            ).set_styles(f"height: {min(len(self.articles) + 2, 20)};")

    def on_mount(self) -> None:
        articles = self.query_one(OptionList)
        if self.current in self._index:
            articles.highlighted = self._index[self.current]
        articles.focus()
        if self.progress_of is not None and PENDING in self.progress.values():
            # After the first paint: the list shows before the worker competes for the GIL.
            self.call_after_refresh(self._read_progress, self.progress_of)

    @work(thread=True, exclusive=True, group="progress", exit_on_error=False)
    def _read_progress(self, progress_of: Callable[[str], Progress]) -> None:
        """Read every pending article's progress off the UI thread, in batches."""
        from store import LibraryError

        worker = get_current_worker()
        batch: dict[str, Progress | None] = {}
        sent = time.monotonic()
        for summary in self.articles:
            if worker.is_cancelled:
                return
            if self.progress.get(summary.id) != PENDING:
                continue
            try:
                batch[summary.id] = progress_of(summary.id)
            except (LibraryError, OSError):
                batch[summary.id] = None  # listed, shown as damaged
            if time.monotonic() - sent >= self.BATCH_SECONDS:
                self.app.call_from_thread(self._show_progress, batch)
                batch, sent = {}, time.monotonic()
        if batch and not worker.is_cancelled:
            self.app.call_from_thread(self._show_progress, batch)

    def _show_progress(self, batch: Mapping[str, Progress | None]) -> None:
        if not self.is_mounted:
            return
        articles = self.query_one(OptionList)
        for article_id, progress in batch.items():
            self.progress[article_id] = progress
            index = self._index[article_id]
            summary = self.articles[index]
            articles.replace_option_prompt_at_index(
                index, article_prompt(summary, progress, article_id == self.current)
            )

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


KEY_NAMES = {"question_mark": "?", "slash": "/", "escape": "esc", "shift+tab": "shift+tab"}
WHERE = {"ClaimList": "Claims list", "FacetList": "Filter panes", "MainScreen": "Review screen"}
ORDER = {c.binding_id: i for i, c in enumerate(COMMANDS)}


def _key_label(binding: Binding) -> str:
    if binding.key_display:
        return binding.key_display
    return ", ".join(KEY_NAMES.get(k, k) for k in binding.key.split(","))


HelpRow = tuple[str, str, str, bool]


def help_rows(active: dict[str, ActiveBinding]) -> list[tuple[str, list[HelpRow]]]:
    """(where, [(keys, command, what it does, enabled)]) from the live bindings.

    claimdesk's own commands come first, in their declared order; keys bound to the
    same action are listed together, so a remapped key shows as it is now.
    """
    grouped: dict[str, dict[str, list[ActiveBinding]]] = {}
    for active_binding in active.values():
        binding = active_binding.binding
        if binding.system:
            continue
        node = active_binding.node
        where = "Everywhere" if node is node.app else WHERE.get(type(node).__name__, "Here")
        grouped.setdefault(where, {}).setdefault(binding.action, []).append(active_binding)
    sections = []
    for where in ("Claims list", "Filter panes", "Here", "Review screen", "Everywhere"):
        actions = grouped.get(where)
        if not actions:
            continue
        rows = []
        for action, entries in sorted(
            actions.items(), key=lambda item: ORDER.get(item[1][0].binding.id or "", 999)
        ):
            binding = entries[0].binding
            keys = ", ".join(_key_label(e.binding) for e in entries)
            what = help_for(action) or binding.tooltip or binding.description or action
            label = binding.description or action
            rows.append((keys, label, what, all(e.enabled for e in entries)))
        sections.append((where, rows))
    return sections


def help_table(active: dict[str, ActiveBinding]) -> Table:
    """The help as a table of plain `Text` cells (no markup, no literal colours)."""
    table = Table(box=None, show_header=False, expand=True, padding=(0, 1))
    table.add_column("key", no_wrap=True, style="bold", width=14)
    table.add_column("command", no_wrap=True, width=13)
    table.add_column("what", ratio=1)
    for where, rows in help_rows(active):
        table.add_row(Text(where, style="bold underline"), Text(""), Text(""))
        for keys, label, what, enabled in rows:
            note = "" if enabled else " (not available now)"
            style = "" if enabled else "dim"
            table.add_row(Text(keys), Text(label), Text(what + note, style=style))
        table.add_row(Text(""), Text(""), Text(""))
    table.add_row(Text("ctrl+p"), Text("Palette"), Text("Every command by name."))
    return table


class HelpScreen(ModalScreen[None]):
    """Every key bound where the focus was, generated from the live bindings."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "close", "Close", id="claimdesk.dialog.close"),
    ]

    def __init__(self, active: dict[str, ActiveBinding]) -> None:
        super().__init__()
        self.active = active

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="help"):
            yield Static(Content("Keys (esc closes)").stylize("bold $primary"),
                         classes="dialog-heading", markup=False)
            with VerticalScroll(id="help-body"):
                yield Static(help_table(self.active), markup=False)

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()

    def action_close(self) -> None:
        self.dismiss(None)
