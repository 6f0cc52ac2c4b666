"""The core never pulls in Textual: importing it in a fresh interpreter proves it."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import extract, extract.model, extract.text, extract.errors
import store, store.library, store.session, store.query, store.migrate, store.lock
import tui.cli
import tui.commands.add_cmd, tui.commands.list_cmd, tui.commands.claims_cmd
import tui.commands.mark_cmd, tui.commands.undo_cmd
print(sorted(m for m in sys.modules if m == "textual" or m.startswith("textual.")))
"""


def test_store_extract_and_review_commands_do_not_import_textual() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"
