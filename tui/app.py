"""The claimdesk review app.

Small on purpose: the review screen lives in `tui.screens.main`, the panes in
`tui.widgets`. The app adds the global keys and a command palette entry for every
declared command, generated from `tui.keymap` like the bindings are.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterable
from functools import partial
from typing import ClassVar

from textual.app import App, SystemCommand
from textual.binding import BindingType
from textual.screen import Screen

from tui.key_order import KeysInOrder
from tui.keymap import COMMANDS, Command, bindings
from tui.screens.main import MainScreen, Opener

STARTED = time.perf_counter()


class ClaimdeskApp(KeysInOrder, App[None]):
    """Review an article's claims by keyboard."""

    TITLE = "claimdesk"
    CSS_PATH = "claimdesk.tcss"
    BINDINGS: ClassVar[list[BindingType]] = bindings("app")

    def __init__(self, opener: Opener, reviewer: str) -> None:
        super().__init__()
        self.opener = opener
        self.reviewer = reviewer
        self.painted_after: float | None = None

    def get_default_screen(self) -> Screen:
        return MainScreen(self.opener, self.reviewer)

    def on_mount(self) -> None:
        self.painted_after = time.perf_counter() - STARTED
        self.log.info(f"claimdesk mounted {self.painted_after * 1000:.0f} ms after import")

    def start_collecting(self) -> None:
        """Turn the garbage collector back on, if start-up turned it off.

        Called once the first article (or the reason there is none) is on screen. What
        start-up made and still holds is frozen: later full collections skip it, so
        they stay short while the reviewer works."""
        if gc.isenabled():
            return
        gc.collect()
        gc.freeze()
        gc.enable()

    @property
    def main(self) -> MainScreen:
        screen = self.screen_stack[0]
        assert isinstance(screen, MainScreen)
        return screen

    def _target(self, command: Command) -> tuple[object, str] | None:
        """The node a command runs on, or None when it does not apply right now."""
        main = self.main
        name = command.action.split("(", 1)[0].rsplit(".", 1)[-1]
        node: object
        if command.scope in ("claims", "screen"):
            node = main
            allowed = main.check_action(name, ())
        else:
            node = self
            allowed = True
        return (node, command.action) if allowed else None

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's own commands, then every claimdesk command that applies now."""
        yield from super().get_system_commands(screen)
        if not isinstance(self.screen_stack[0], MainScreen):
            return
        for command in COMMANDS:
            if not command.palette or command.scope == "app":
                continue
            target = self._target(command)
            if target is None:
                continue
            node, action = target
            key = command.key_display or command.key
            yield SystemCommand(
                f"{command.label} ({key})",
                command.help,
                partial(node.run_action, action),  # type: ignore[attr-defined]
            )
