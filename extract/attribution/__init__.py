"""Attribution: who each sentence attributes its content to, and who speaks each quote.

Rule-based and general. Speech/report cues ("said", "told", "according to", "declined
to comment", "the response reads", "the paper's claims", "confirmed by") are found over
the whole text with precompiled patterns; for each, the source phrase is read off the
tokens before or after the cue, then resolved: pronouns to the nearest fitting
antecedent, descriptions ("the commissioner", "the Embassy") to the entity they were
introduced with, documents to their issuer. Quotes take the speaker of their speech tag,
or of the last speaker when a quotation paragraph stands alone; every sentence inside a
quotation gets its speaker. Conventions: /work/shared/gold/README.md "Sources", "Quotes".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from extract.attribution.attributor import Attributor
from extract.attribution.records import Attributed
from extract.model import Paragraph, Sentence

__all__ = ["Attributed", "attribute"]


def attribute(text: str, paragraphs: Sequence[Paragraph], sentences: Sequence[Sentence],
              quotes: Sequence[Any]) -> Attributed:
    """Sources per sentence and speakers per quote candidate (see module docstring)."""
    return Attributor(text, paragraphs, sentences, quotes).run()
