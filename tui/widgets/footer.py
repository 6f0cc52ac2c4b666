"""The key footer, rebuilt only when the keys it shows change.

Textual's `Footer` composes all its keys again (a dozen widgets mounted, styled and
laid out: 20-60 ms here) every time the screen says its bindings may have changed:
on each focus change and each `refresh_bindings()`, several times in a row at
start-up and after every article load, even when nothing it shows is different. This
footer compares what it would show with what it shows, and recomposes once, only
for a real difference (a key enabled or disabled, another pane's keys).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Footer

if TYPE_CHECKING:
    from textual.screen import Screen

Shown = tuple[tuple[str, str, str, bool, str], ...]


class KeyFooter(Footer):
    """A compact `Footer` that skips recomposing when its keys are unchanged."""

    def __init__(self, *, id: str | None = None, held: bool = False) -> None:
        """`held`: show no keys until `release()` (the review screen holds its footer
        while the article loads, so its keys are composed once, for the article)."""
        super().__init__(id=id, compact=True)
        self._shown: Shown | None = None
        self._pending = False
        self._held = held

    def release(self) -> None:
        """Show the keys from now on."""
        if self._held:
            self._held = False
            self.bindings_changed(self.screen)

    def _wanted(self) -> Shown:
        """What `compose` would show now: each shown binding, enabled or not."""
        return tuple(
            (binding.key, binding.action, binding.description, enabled, tooltip or "")
            for (_, binding, enabled, tooltip) in self.screen.active_bindings.values()
            if binding.show or binding.key == self.app.COMMAND_PALETTE_BINDING
        )

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus or self._pending:
            return
        if self.is_attached and screen is self.screen:
            self._pending = True  # one check after the refresh, however many signals
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        self._pending = False
        if self._held or not self.is_attached:
            return
        wanted = self._wanted()
        if wanted == self._shown:
            return
        self._shown = wanted
        # In this footer's own context whoever asked (the screen's load callback runs
        # in the app's): the keys' data_bind looks for the Footer in it.
        with self._context():
            await self.recompose()
