"""One key at a time: each key goes where the focus is once the key before it is done.

Textual picks the widget a key goes to when the app reads the key, hands it over
through that widget's message queue, and looks its bindings up later, when the key
has bubbled back to the app. Keys that arrive together (a fast typist, or a burst
over a slow SSH link) were therefore all handed to the widget focused at the time, and
the first of them could not redirect the rest: "/court" opened the search box and
then confirmed a claim with its "c".

Here the app holds each key read from the terminal until the one before it is done:
handed over, bubbled back and its bindings run (a marker message sent right behind it
on the same path says so), and the screen refreshed after that (so a dialog it opened
has mounted and focused its field). A burst of ten keys takes about ten frames; keys
typed at human speed never wait.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING, Any

from textual import events
from textual.message import Message

if TYPE_CHECKING:
    from textual.app import App
    from textual.timer import Timer

    _Base = App[Any]
else:  # a plain mixin, listed before App
    _Base = object

#: A key whose marker never comes back (its widget went away, say) lets the next key
#: through after this long.
STUCK_AFTER = 0.15


class KeyHandled(Message):
    """Sent right behind a key to the widget the key went to; reaches the app after it."""

    def __init__(self, key: events.Key) -> None:
        super().__init__()
        self.key = key


class KeysInOrder(_Base):
    """Mixed into the App: keys from the terminal are handled strictly one after another."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._keys_waiting: deque[events.Key] = deque()
        self._key_busy: events.Key | None = None  # handed on, not yet done
        self._key_watchdog: Timer | None = None

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded and not hasattr(
            event, "_in_order"
        ):
            self._keys_waiting.append(event)
            if self._key_busy is None:
                await self._next_key()
            return
        await super().on_event(event)

    async def _on_key_handled(self, message: KeyHandled) -> None:
        message.stop()
        if message.key is self._key_busy:
            # Its bindings have run; what they posted is handled by the next refresh.
            self.call_after_refresh(self._key_done, message.key)

    async def _next_key(self) -> None:
        """Hand on the oldest waiting key, with its marker right behind it."""
        if self._key_watchdog is not None:
            self._key_watchdog.stop()
            self._key_watchdog = None
        if not self._keys_waiting:
            self._key_busy = None
            return
        event = self._keys_waiting.popleft()
        event._in_order = True  # type: ignore[attr-defined]
        self._key_busy = event
        target = self.focused or self.screen
        self._key_watchdog = self.set_timer(STUCK_AFTER, lambda: self._key_done(event))
        await super().on_event(event)
        target.post_message(KeyHandled(event))

    async def _key_done(self, event: events.Key) -> None:
        """The key is done (or took too long): the next one may go."""
        if event is self._key_busy:
            await self._next_key()
