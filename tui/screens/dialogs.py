"""Small modal dialogs: the note, evidence and export forms.

They collect input and hand it back with `dismiss`; the main screen does the
writing. The export dialog takes the export function from the screen so it can
show a failure (a file already there) in place and let the reviewer fix it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, RadioButton, RadioSet, Static, TextArea

from extract.errors import ClaimdeskError
from tui.widgets.render import one_line

FORMATS: tuple[str, ...] = ("json", "jsonl", "claimreview")
EXTENSIONS: dict[str, str] = {"json": ".json", "jsonl": ".jsonl", "claimreview": ".jsonld"}


def _heading(title: str, claim_text: str = "") -> Static:
    parts = [Content(title).stylize("bold $primary")]
    if claim_text:
        parts.append(Content("\n" + one_line(claim_text)).stylize("$text-muted"))
    return Static(Content.assemble(*parts), classes="dialog-heading", markup=False)


class NoteDialog(ModalScreen[str | None]):
    """Edit a claim's note. ctrl+s saves, escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="claimdesk.dialog.save"),
        Binding("escape", "cancel", "Cancel", id="claimdesk.dialog.cancel"),
    ]

    def __init__(self, claim_id: str, claim_text: str, note: str) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.claim_text = claim_text
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="note-dialog"):
            yield _heading(f"Note on {self.claim_id}", self.claim_text)
            yield TextArea(self.note, id="note-text", soft_wrap=True, tab_behavior="focus")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save (ctrl+s)", id="save", variant="primary")
                yield Button("Cancel (esc)", id="cancel")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#save")
    def _save(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.action_cancel()


class EvidenceDialog(ModalScreen[str | None]):
    """Add one piece of evidence: a URL or a citation. Enter adds, escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="claimdesk.dialog.cancel"),
    ]

    def __init__(self, claim_id: str, claim_text: str) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.claim_text = claim_text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="evidence-dialog"):
            yield _heading(f"Evidence for {self.claim_id}", self.claim_text)
            yield Input(placeholder="https://… or a citation", id="evidence-text")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Add (enter)", id="add", variant="primary")
                yield Button("Cancel (esc)", id="cancel")

    def _submit(self) -> None:
        text = self.query_one(Input).value.strip()
        if not text:
            self.notify("Type a URL or a citation first.", severity="warning")
            return
        self.dismiss(text)

    @on(Input.Submitted)
    def _entered(self, event: Input.Submitted) -> None:
        event.stop()
        self._submit()

    @on(Button.Pressed, "#add")
    def _add(self) -> None:
        self._submit()

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


@dataclass(frozen=True, slots=True)
class ExportRequest:
    fmt: str
    path: str
    force: bool


ExportFunction = Callable[[ExportRequest], Path]


def default_export_path(directory: Path, article_id: str, fmt: str) -> Path:
    return directory / f"claimdesk-{article_id}{EXTENSIONS[fmt]}"


class ExportDialog(ModalScreen[Path | None]):
    """Choose a format and a path; exports the current view and returns where it wrote."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="claimdesk.dialog.cancel"),
    ]

    def __init__(self, description: str, count: int, path: Path, export: ExportFunction) -> None:
        super().__init__()
        self.description = description
        self.count = count
        self.path = path
        self.export = export

    def compose(self) -> ComposeResult:
        what = f"{self.count} claim{'s' if self.count != 1 else ''}: {self.description}"
        with Vertical(classes="dialog", id="export-dialog"):
            yield _heading("Export the current view", what)
            with RadioSet(id="export-format"):
                for fmt in FORMATS:
                    yield RadioButton(fmt, value=fmt == "json", name=fmt)
            yield Label("Path")
            yield Input(str(self.path), id="export-path")
            yield Checkbox("Overwrite an existing file", id="export-force")
            yield Static(Content(""), id="export-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export (enter)", id="export", variant="primary")
                yield Button("Cancel (esc)", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    @property
    def fmt(self) -> str:
        pressed = self.query_one(RadioSet).pressed_button
        return pressed.name if pressed is not None and pressed.name else "json"

    @on(RadioSet.Changed)
    def _format_changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        path_input = self.query_one("#export-path", Input)
        path = Path(path_input.value)
        if path.suffix in EXTENSIONS.values():
            path_input.value = str(path.with_suffix(EXTENSIONS[self.fmt]))

    def _submit(self) -> None:
        path = self.query_one("#export-path", Input).value.strip()
        error = self.query_one("#export-error", Static)
        if not path:
            error.update(Content("Give a path to write to.").stylize("bold $error"))
            return
        request = ExportRequest(self.fmt, path, self.query_one(Checkbox).value)
        try:
            written = self.export(request)
        except (ClaimdeskError, OSError) as problem:
            error.update(Content(one_line(str(problem))).stylize("bold $error"))
            return
        self.dismiss(written)

    @on(Input.Submitted)
    def _entered(self, event: Input.Submitted) -> None:
        event.stop()
        self._submit()

    @on(Button.Pressed, "#export")
    def _export(self) -> None:
        self._submit()

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
