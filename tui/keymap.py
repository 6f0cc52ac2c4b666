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

Scope = Literal["app", "screen", "claims", "panes", "sources"]


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
    # Corrections to the extraction (tui.screens.correcting): claim ones on the claims
    # list like the review keys, source ones on the screen (the Sources pane or a picker).
    Command("correct", "r", "screen.correct", "Correct",
            "Correct the extraction of the highlighted claim: a menu of every correction.",
            "claims", footer=False),
    Command("set_source", "s", "screen.set_source", "Reassign source",
            "Attribute the highlighted claim to one source only (pick one or type a new name).",
            "claims", footer=False),
    Command("add_source", "o", "screen.add_source", "Add source",
            "Attribute the highlighted claim also to a source (pick one or type a new name).",
            "claims", footer=False),
    Command("remove_source", "O", "screen.remove_source", "Remove source",
            "Take a source off the highlighted claim.", "claims", footer=False),
    Command("add_country", "g", "screen.add_country", "Add country",
            "Add a country to the highlighted claim (type-ahead over country names).",
            "claims", footer=False),
    Command("remove_country", "G", "screen.remove_country", "Remove country",
            "Take a country off the highlighted claim.", "claims", footer=False),
    Command("toggle_hidden", "h", "screen.toggle_hidden", "Not a claim",
            "Mark the highlighted sentence 'not a claim' (out of progress), or bring it back.",
            "claims", footer=False),
    Command("split_claim", "t", "screen.split_claim", "Split claim",
            "Split the highlighted claim in two where the second part starts.", "claims",
            footer=False),
    Command("merge_next", "m", "screen.merge_next", "Merge with next",
            "Merge the highlighted claim with the next claim of its paragraph.", "claims",
            footer=False),
    Command("rename_source", "R", "rename_source", "Rename source",
            "Rename a source (the one highlighted in the Sources pane, or the claim's).",
            "screen", footer=False),
    Command("merge_source", "M", "merge_source", "Merge source",
            "Merge a source into another of this article: all its claims move.", "screen",
            footer=False),
    Command("source_kind", "K", "source_kind", "Source kind",
            "Set a source's kind: person, organization, outlet…", "screen", footer=False),
    Command("library_sources", "S", "library_sources", "Library sources",
            "Every source across the library with its claims and how they checked out.",
            "screen", footer=False),
    Command("library_search", "L", "library_search", "Search library",
            "Search every claim of the library (text, status, source, country).", "screen",
            footer=False),
    # The library Sources view (tui.screens.library_sources): its own screen, so its keys
    # are in its footer and help, not in the palette of the review screen.
    Command("lib_sort", "o", "lib_sort", "Sort",
            "Sort the sources by claims, or by share of claims denied.", "sources", palette=False),
    Command("lib_search", "slash", "lib_search", "Search",
            "Search the claims shown (all claims of the library with no source chosen).",
            "sources", key_display="/", palette=False),
    Command("lib_status", "f", "lib_status", "Status",
            "Cycle the status filter over the claims shown.", "sources", palette=False),
    Command("lib_country", "g", "lib_country", "Country",
            "Filter the claims shown by a country (type-ahead; empty clears it).", "sources",
            palette=False),
    Command("lib_merge", "M", "lib_merge", "Merge",
            "Merge the highlighted source with another library source.", "sources",
            palette=False),
    Command("lib_split", "P", "lib_split", "Split",
            "Split one article's source off the highlighted library source.", "sources",
            palette=False),
    Command("lib_all", "a", "lib_all", "All claims",
            "Drop the chosen source: search every claim of the library.", "sources",
            footer=False, palette=False),
    Command("lib_help", "question_mark", "lib_help", "Help",
            "Show every key of this view, from its live bindings.", "sources",
            key_display="?", palette=False),
    Command("lib_close", "escape", "lib_back", "Back", "Back to the article.", "sources",
            key_display="esc", palette=False),
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
