"""Text in, `Extraction` out: claims, sources, countries and quotes of a news article.

Pure functions and bundled data tables only; never imports `store`, `tui` or Textual.
"""

from __future__ import annotations

from extract.errors import ClaimdeskError, InputError
from extract.model import Extraction
from extract.pipeline import extract

__all__ = ["ClaimdeskError", "Extraction", "InputError", "extract"]
