"""The one exception family a user can cause; the command line turns it into one line."""

from __future__ import annotations


class ClaimdeskError(Exception):
    """A problem the user can act on. `str()` is one clear sentence; never a traceback."""

    exit_code: int = 2


class InputError(ClaimdeskError):
    """The article given cannot be read as text (missing, empty, binary, a directory)."""
