"""Pickers and dialogs for correcting the extraction, all driven by the keyboard.

`ChoicePicker` is one type-to-filter list for everything that picks: a source, a
country, a kind, the correction menu itself. The reviewer types, the list narrows,
up/down move, Enter chooses; a picker that allows new entries offers the typed text
as a new one. `SplitDialog` shows the claim and takes the cut either from the cursor
in the text or from the words the second part starts with. The dialogs only collect
the choice; the screen writes it (`tui.screens.correcting`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from store.records import fold
from tui.widgets.render import one_line

Choice = tuple[str, str]  # (id, label)
Lookup = Callable[[str], Sequence[Choice]]
NEW = "\x00new"  # the option id of "a new entry named as typed"


@dataclass(frozen=True, slots=True)
class Picked:
    """What a picker returns: a choice's id, or None with the typed text for a new entry."""

    value: str | None
    text: str


def _heading(title: str, subject: str = "") -> Static:
    parts = [Content(title).stylize("bold $primary")]
    if subject:
        parts.append(Content("\n" + one_line(subject)).stylize("$text-muted"))
    return Static(Content.assemble(*parts), classes="dialog-heading", markup=False)


def filter_choices(choices: Sequence[Choice], typed: str) -> list[Choice]:
    """Choices whose label holds what was typed (case- and accent-insensitive)."""
    needle = fold(" ".join(typed.split()))
    if not needle:
        return list(choices)
    return [c for c in choices if needle in fold(c[1])]


class ChoicePicker(ModalScreen[Picked | None]):
    """Type to filter, up/down to move, Enter to choose, Escape to cancel."""

    DEFAULT_CSS = """
    ChoicePicker #picker-list { height: auto; max-height: 14; }
    ChoicePicker #picker-empty { height: auto; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="claimdesk.dialog.cancel"),
        Binding("down", "move(1)", "Next", show=False, priority=True),
        Binding("up", "move(-1)", "Previous", show=False, priority=True),
    ]

    def __init__(
        self,
        title: str,
        subject: str,
        choices: Sequence[Choice] | Lookup,
        *,
        new: str | None = None,
        placeholder: str = "Type to filter",
        empty: str = "Nothing matches.",
    ) -> None:
        super().__init__()
        self.title_text = title
        self.subject = subject
        self.choices = choices
        self.new = new
        self.placeholder = placeholder
        self.empty = empty
        self.shown: list[Choice] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog correction-picker"):
            yield _heading(self.title_text, self.subject)
            yield Input(placeholder=self.placeholder, id="picker-input")
            yield OptionList(id="picker-list", markup=False)
            yield Static(Content(""), id="picker-empty", markup=False)

    def on_mount(self) -> None:
        self._refill("")
        self.query_one(Input).focus()

    @property
    def options(self) -> OptionList:
        return self.query_one("#picker-list", OptionList)

    def _refill(self, typed: str) -> None:
        if callable(self.choices):
            found = list(self.choices(typed))
        else:
            found = filter_choices(self.choices, typed)
        cleaned = " ".join(typed.split())
        # A label may carry details after two spaces ("Bloomberg  (outlet, s2)").
        exact = any(fold(label.split("  ")[0]) == fold(cleaned) for _, label in found)
        self.shown = found
        options = [Option(Content(one_line(label)), id=value) for value, label in found]
        if self.new is not None and cleaned and not exact:
            self.shown = [*found, (NEW, cleaned)]
            options.append(Option(
                Content.assemble(Content("+ ").stylize("bold"),
                                 Content(self.new.format(one_line(cleaned))).stylize("italic")),
                id=NEW,
            ))
        self.options.set_options(options)
        if options:
            self.options.highlighted = 0
        self.query_one("#picker-empty", Static).update(
            Content("" if options else self.empty).stylize("italic $text-muted")
        )

    @on(Input.Changed, "#picker-input")
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self._refill(event.value)

    def action_move(self, step: int) -> None:
        options = self.options
        if options.option_count:
            current = options.highlighted if options.highlighted is not None else -step
            options.highlighted = (current + step) % options.option_count

    def _choose(self, index: int | None) -> None:
        if index is None or not 0 <= index < len(self.shown):
            self.notify("Nothing to choose: type something that matches.", severity="warning")
            return
        value, label = self.shown[index]
        if value == NEW:
            self.dismiss(Picked(None, label))
        else:
            self.dismiss(Picked(value, label))

    @on(Input.Submitted, "#picker-input")
    def _entered(self, event: Input.Submitted) -> None:
        event.stop()
        self._choose(self.options.highlighted)

    @on(OptionList.OptionSelected, "#picker-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option_index)

    def action_cancel(self) -> None:
        self.dismiss(None)


class NameDialog(ModalScreen[str | None]):
    """Edit a name (a source's). Enter saves, Escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="claimdesk.dialog.cancel"),
    ]

    def __init__(self, title: str, name: str) -> None:
        super().__init__()
        self.title_text = title
        self.name_text = name

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="name-dialog"):
            yield _heading(self.title_text)
            yield Input(self.name_text, id="name-text")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save (enter)", id="save", variant="primary")
                yield Button("Cancel (esc)", id="cancel")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def _save(self) -> None:
        text = " ".join(self.query_one(Input).value.split())
        if not text:
            self.notify("A source needs a name.", severity="warning")
            return
        self.dismiss(text)

    @on(Input.Submitted)
    def _entered(self, event: Input.Submitted) -> None:
        event.stop()
        self._save()

    @on(Button.Pressed, "#save")
    def _pressed_save(self) -> None:
        self._save()

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


def split_offset(text: str, words: str, cursor: int) -> int:
    """Where to cut: before the typed words if any (ValueError if absent), else the cursor.

    The words are looked for case-insensitively after the first character, so the
    first part is never empty; both parts must hold some text.
    """
    typed = words.strip()
    if typed:
        offset = text.casefold().find(typed.casefold(), 1)
        if offset < 0:
            raise ValueError(f"“{typed}” is not in the claim after its first word")
    else:
        offset = cursor
    if not text[:offset].strip() or not text[offset:].strip():
        raise ValueError(
            "Both parts need some text: move the cursor inside the claim "
            "or type the words the second part starts with"
        )
    return offset


class SplitDialog(ModalScreen[int | None]):
    """Split a claim: move the cursor to the cut, or type where the second part starts."""

    DEFAULT_CSS = """
    SplitDialog #split-text { height: auto; max-height: 8; }
    SplitDialog #split-preview { height: auto; margin-top: 1; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "split", "Split", id="claimdesk.dialog.split"),
        Binding("escape", "cancel", "Cancel", id="claimdesk.dialog.cancel"),
    ]

    def __init__(self, claim_id: str, text: str) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="split-dialog"):
            yield _heading(f"Split {self.claim_id} in two",
                           "Type the words the second part starts with (or tab to the text "
                           "and move the cursor to the cut), then enter.")
            yield TextArea(self.text, id="split-text", read_only=True, soft_wrap=True,
                           tab_behavior="focus", show_cursor=True)
            yield Label("The second part starts with")
            yield Input(id="split-words", placeholder="words from the claim")
            yield Static(Content(""), id="split-preview", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Split (enter)", id="split", variant="primary")
                yield Button("Cancel (esc)", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#split-words", Input).focus()
        self._preview()

    def _cursor(self) -> int:
        area = self.query_one("#split-text", TextArea)
        return area.document.get_index_from_location(area.cursor_location)

    def _offset(self) -> int:
        return split_offset(self.text, self.query_one("#split-words", Input).value, self._cursor())

    def _preview(self) -> None:
        preview = self.query_one("#split-preview", Static)
        try:
            offset = self._offset()
        except ValueError as problem:
            preview.update(Content(str(problem)).stylize("italic $text-muted"))
            return
        head, tail = one_line(self.text[:offset].strip()), one_line(self.text[offset:].strip())
        preview.update(Content.assemble(
            Content("1 ").stylize("bold $text-primary"), Content(head), "\n",
            Content("2 ").stylize("bold $text-primary"), Content(tail),
        ))

    @on(Input.Changed, "#split-words")
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self._preview()

    @on(TextArea.SelectionChanged, "#split-text")
    def _moved(self, event: TextArea.SelectionChanged) -> None:
        event.stop()
        self._preview()

    def action_split(self) -> None:
        try:
            offset = self._offset()
        except ValueError as problem:
            preview = self.query_one("#split-preview", Static)
            preview.update(Content(str(problem)).stylize("bold $text-error"))
            return
        self.dismiss(offset)

    @on(Input.Submitted, "#split-words")
    def _entered(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_split()

    @on(Button.Pressed, "#split")
    def _pressed_split(self) -> None:
        self.action_split()

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
