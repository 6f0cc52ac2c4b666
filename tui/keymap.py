"""Every command of the review app, declared once.

A `Command` carries the key, the footer label, the help text and the action. The
widgets' `BINDINGS`, the footer, the command palette and the help screen are all
generated from `COMMANDS`, so they cannot drift apart. Each binding gets a stable
id ("claimdesk.confirm"…) so keys can be remapped through `App.set_keymap`.

`tui/commands/` is the package of CLI subcommands, so the declarations live here.
Plain data: importing this module does not import Textual.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from textual.binding import Binding

Scope = Literal["app", "screen", "claims", "panes"]


@dataclass(frozen=True, slots=True)
class Command:
    """One user-facing command: where it lives, its key, and what to call it."""

    id: str
    key: str
    action: str
    label: str
    help: str
    scope: Scope
    footer: bool = True
    palette: bool = True
    key_display: str | None = None

    @property
    def binding_id(self) -> str:
        return f"claimdesk.{self.id}"


COMMANDS: tuple[Command, ...] = (
    # Review keys are bound on the claims list (so they never fire while typing) but
    # act in the screen's namespace: the screen owns the writes, and a binding action
    # runs before the next key is handled, so keys typed ahead land on the right claim.
    Command("confirm", "c", "screen.mark('confirmed')", "Confirm",
            "Mark the highlighted claim confirmed (supported by evidence).", "claims"),
    Command("unconfirm", "u", "screen.mark('unconfirmed')", "Unconfirmed",
            "Mark the highlighted claim unconfirmed (could not be established).", "claims"),
    Command("deny", "d", "screen.mark('denied')", "Deny",
            "Mark the highlighted claim denied (contradicted, or denied by the party).",
            "claims"),
    Command("unreview", "x", "screen.mark('unreviewed')", "Unreviewed",
            "Set the highlighted claim back to unreviewed.", "claims", footer=False),
    Command("note", "n", "screen.note", "Note",
            "Edit the note of the highlighted claim.", "claims"),
    Command("evidence", "v", "screen.evidence", "Evidence",
            "Add evidence (a URL or a citation) to the highlighted claim.", "claims"),
    Command("down", "j", "cursor_down", "Down", "Move down.", "panes", footer=False,
            palette=False),
    Command("up", "k", "cursor_up", "Up", "Move up.", "panes", footer=False, palette=False),
    # Screen commands: they apply whichever pane has the focus.
    Command("undo", "z", "undo", "Undo",
            "Undo your latest change on this article (press again to go further back).",
            "screen"),
    Command("search", "slash", "search", "Search",
            "Search claim text as you type (Enter keeps it, Escape clears it).", "screen",
            key_display="/"),
    Command("status_filter", "f", "cycle_status", "Status",
            "Cycle the status filter: all, unreviewed, confirmed, unconfirmed, denied.",
            "screen"),
    Command("clear", "escape", "clear_filters", "Clear",
            "Clear every filter: source, country, quote, status and search.", "screen",
            key_display="esc"),
    Command("export", "e", "export", "Export",
            "Export the claims in the current view (its filters) to a file.", "screen"),
    Command("switch", "a", "switch_article", "Articles",
            "Switch to another article in the library.", "screen"),
    Command("auto_advance", "A", "toggle_auto_advance", "Auto-advance",
            "Toggle moving to the next unreviewed claim after a mark.", "screen",
            footer=False),
    Command("help", "question_mark", "help", "Help", "Show every key, from the live bindings.",
            "screen", key_display="?"),
    Command("quit", "q", "quit", "Quit", "Quit claimdesk (every mark is already saved).",
            "app"),
)

BY_ID: dict[str, Command] = {c.id: c for c in COMMANDS}
BY_ACTION: dict[str, Command] = {c.action: c for c in COMMANDS}


def bindings(scope: Scope) -> list[Binding]:
    """The Textual bindings of one scope, generated from the declarations."""
    from textual.binding import Binding

    return [
        Binding(
            c.key,
            c.action,
            c.label,
            show=c.footer,
            key_display=c.key_display,
            tooltip=c.help,
            id=c.binding_id,
        )
        for c in COMMANDS
        if c.scope == scope
    ]


def help_for(action: str) -> str:
    """The help sentence of an action, or "" for Textual's own bindings."""
    command = BY_ACTION.get(action)
    return command.help if command else ""
