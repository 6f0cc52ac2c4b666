"""Terminal-safe output shared by the headless commands.

Article text can carry control and bidirectional characters; none of it may reach the
terminal raw, in tables or in JSON. Light on purpose: `claimdesk extract` imports it
and must start fast.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

# Bidirectional controls (U+202A-E, U+2066-9, marks) would reorder the line on screen.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_CONTROL_RE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{_BIDI}]")
# JSON escapes C0 controls itself; these it would print raw (C1 includes CSI, U+009B).
_JSON_UNSAFE = re.compile(f"[\\x7f-\\x9f{_BIDI}]")


def clean(text: str) -> str:
    """One line of plain text: no newlines or control characters."""
    return " ".join(_CONTROL_RE.sub(" ", text).split())


def shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)].rstrip() + "…"


def write_json(document: Any) -> None:
    """UTF-8 JSON on stdout whatever the locale, so scripts can parse it."""
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    # Same JSON, but a terminal showing it never gets a raw C1 or direction control.
    write_text(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


def write_text(text: str) -> None:
    """UTF-8 on stdout whatever the terminal's locale, so article text never fails to print."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()
