"""General attribution rules from a blind evaluation's error kinds.

Every case is a sentence invented for the test: recipients and asides are never speakers,
colon-introduced quotes belong to the main-clause subject, a broad list of reporting verbs
(with the clause they need), collective subjects, descriptions resolved to people, names
freed from the titles and places around them, and quotes continuing a speaker.
"""

from __future__ import annotations

import pytest

from extract import extract


def sources(text: str) -> list[list[str]]:
    """Source names per claim, as the Claims pane shows them."""
    ex = extract(text)
    names = {s.id: s.name for s in ex.sources}
    return [[names[s] for s in c.sources] for c in ex.claims]


def quotes(text: str) -> list[tuple[str, str | None]]:
    """(quoted text, speaker name) of every quote kept."""
    ex = extract(text)
    names = {s.id: s.name for s in ex.sources}
    return [(q.text, names.get(q.speaker) if q.speaker else None) for q in ex.quotes]


@pytest.mark.parametrize("verb", [
    "indicated", "signalled", "signaled", "hinted", "implied", "conceded", "objected",
    "proposed", "highlighted", "speculated", "agreed", "acknowledged", "admitted", "alleged",
    "argued", "asserted", "believed", "commented", "contended", "declared", "emphasised",
    "emphasized", "estimated", "explained", "maintained", "mentioned", "observed",
    "pointed out", "predicted", "promised", "remarked", "replied", "responded", "stressed",
    "suggested", "testified", "vowed",
])
def test_reporting_verbs_before_a_clause_attribute(verb: str) -> None:
    assert sources(f"Ben Ross {verb} that the bridge would reopen.") == [["Ben Ross"]]


@pytest.mark.parametrize("text", [
    "Ben Ross asked whether the bridge would reopen.",
    "Ben Ross vowed to reopen the bridge.",
    "Ben Ross urged the council to reopen the bridge.",
    "Ben Ross seconded the proposal to reopen the bridge.",
    "Ben Ross blamed the council for the closure of the bridge.",
])
def test_requests_pledges_and_blame_attribute(text: str) -> None:
    assert sources(text) == [["Ben Ross"]]


@pytest.mark.parametrize("text", [
    "The light indicated a fault in the engine.",
    "The players agreed a new contract with the club.",
    "The lawyer asked the court for more time.",
    "It was his second attempt to cross the river.",
    "The budget broke his campaign promises and his pledge to cut taxes.",
])
def test_the_same_words_as_acts_or_nouns_do_not_attribute(text: str) -> None:
    assert sources(text) == [[]]


def test_according_to_an_agreed_text_keeps_the_text() -> None:
    text = "According to agreed facts read in court, the fire was set at night."
    assert sources(text) == [["agreed facts"]]
