"""Hostile and odd article texts, shared by the tests (CI sizes) and the benchmark (full size)."""

from __future__ import annotations

QUOTE_MARKS = "\"'“”‘’«»„‚‹›「」『』〝〞＂"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"

MARKUP = (
    "The minister said [bold]nothing[/bold] was agreed.\n"
    "A spokesman said [@click=app.quit]quit[/] and [link=https://x.example]here[/link].\n"
    "The agency said [red on white]this[/] is $accent and [b]{{bold}}[/b].\n"
)
ESCAPES = (
    "The ministry said \x1b]8;;https://evil.example\x07click\x1b]8;;\x07 was safe.\n"
    "A spokesman said \x1b[31mred\x1b[0m and \x1b[2J\x1b[H cleared \x9b6n the screen.\n"
    "The agency said \x1b]52;c;ZXZpbA==\x07 copied \x07\x08\x7f text.\n"
)
BIDI_TEXT = "The ministry said \u202etxet desrever\u202c and \u2067isolated\u2069 today.\n"


def hostile_texts(scale: int = 1) -> dict[str, str]:
    """Name -> article text. `scale` 1 is the CI size; the issue's sizes need 1."""
    return {
        "Rich/Textual markup": MARKUP,
        "OSC and CSI escapes": ESCAPES,
        "NUL bytes": "The minister said \x00nothing\x00 at all.\nA spokesman said\x00 more.\n",
        "bidi overrides": BIDI_TEXT,
        "10,000-character line": "The ministry said " + "word " * 2000 + "today.\n",
        "50,000 sentences": " ".join(f"Claim {i} was made." for i in range(50_000 * scale)),
        "50,000 sentence lines": "\n".join(f"Claim {i} was made." for i in range(50_000 * scale)),
        "only punctuation": "!?.,;:-—…()[]{}/\\@#%&*" * 500,
        "only quote marks": QUOTE_MARKS * 500,
        "200 nested quotes": "“" * 200 + "The minister said yes." + "”" * 200,
        "200 nested mixed quotes": "“‘" * 100 + "He said so." + "’”" * 100,
        "unbalanced quotes": ("“He said " * 300) + ".\n" + ("” she said. " * 300),
    }
