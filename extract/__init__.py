"""Text in, `Extraction` out: claims, sources, countries and quotes of a news article.

Pure functions and bundled data tables only; never imports `store`, `tui` or Textual.
The pipeline is imported on first use, so `from extract.errors import ...` (which the
command line does for every command) stays cheap.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing's: every command imports this package, keep it light
if TYPE_CHECKING:
    from typing import Any

    from extract.errors import ClaimdeskError, InputError
    from extract.model import Extraction
    from extract.pipeline import extract

__all__ = ["ClaimdeskError", "Extraction", "InputError", "extract"]

_HOMES = {
    "ClaimdeskError": "extract.errors",
    "InputError": "extract.errors",
    "Extraction": "extract.model",
    "extract": "extract.pipeline",
}


def __getattr__(name: str) -> Any:
    """Load the public names lazily (PEP 562)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'extract' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(home), name)
