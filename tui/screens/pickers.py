"""The article switcher and the help screen.

Help is built from the live bindings of the screen underneath (what is bound
where the focus is, with disabled keys shown as such), and the help sentence of
each command comes from the one declaration in `tui.keymap`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from store.records import ArticleSummary, Progress
from tui.keymap import help_for
from tui.widgets.render import one_line
from tui.widgets.status import STATUS_MARKS


def article_prompt(summary: ArticleSummary, progress: Progress, current: bool) -> Content:
    """"▶ Title   12/22 ✓5 ?4 ✗3" for one article."""
    parts = [
        Content("▶ " if current else "  ").stylize("bold"),
        Content(one_line(summary.label)).stylize("bold" if current else ""),
        Content(f"  {progress.reviewed}/{progress.total}").stylize("$text-muted"),
    ]
    for status in ("confirmed", "unconfirmed", "denied"):
        mark, style = STATUS_MARKS[status]
        parts.append(Content(f" {mark}{progress.by_status.get(status, 0)}").stylize(style))
    return Content.assemble(*parts)


class ArticlePicker(ModalScreen[str | None]):
    """Choose the article to review; returns its id."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="claimdesk.dialog.cancel"),
    ]

    def __init__(
        self, articles: Sequence[tuple[ArticleSummary, Progress]], current: str | None
    ) -> None:
        super().__init__()
        self.articles = articles
        self.current = current

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
                    Option(article_prompt(s, p, s.id == self.current), id=s.id)
                    for s, p in self.articles
                ),
                id="article-list",
                markup=False,
            )

    def on_mount(self) -> None:
        articles = self.query_one(OptionList)
        ids = [s.id for s, _ in self.articles]
        if self.current in ids:
            articles.highlighted = ids.index(self.current)
        articles.focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


def _key_label(binding: Binding) -> str:
    if binding.key_display:
        return binding.key_display
    names = {"question_mark": "?", "slash": "/", "escape": "esc"}
    return ", ".join(names.get(k, k) for k in binding.key.split(","))


def help_content(active: dict[str, ActiveBinding]) -> Content:
    """One line a key: key, label, what it does; grouped by where it is bound."""
    groups: dict[str, list[tuple[str, ActiveBinding]]] = {}
    for key, active_binding in active.items():
        if active_binding.binding.system:
            continue
        node = active_binding.node
        where = "Everywhere" if node is node.app else type(node).__name__
        groups.setdefault(where, []).append((key, active_binding))
    lines: list[Content] = []
    for where, entries in sorted(groups.items(), key=lambda g: g[0] == "Everywhere"):
        lines.append(Content(where).stylize("bold $primary underline"))
        seen: set[str] = set()
        for _key, active_binding in entries:
            binding = active_binding.binding
            if binding.action in seen:
                continue
            seen.add(binding.action)
            keys = ", ".join(
                _key_label(b.binding)
                for b in (e for _, e in entries)
                if b.binding.action == binding.action
            )
            text = help_for(binding.action) or binding.tooltip or binding.description
            line = Content.assemble(
                Content(f"  {keys:<10}").stylize("bold $accent"),
                Content(f"{binding.description or binding.action:<14}").stylize("bold"),
                Content(f" {text}"),
            )
            if not active_binding.enabled:
                line = Content.assemble(line, Content(" (not now)").stylize("italic $text-muted"))
            lines.append(line)
        lines.append(Content(""))
    lines.append(Content("ctrl+p opens the command palette: every command by name.")
                 .stylize("$text-muted"))
    return Content("\n").join(lines)


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
                yield Static(help_content(self.active), markup=False)

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()

    def action_close(self) -> None:
        self.dismiss(None)
