"""Pilot tests of the library Sources view (named apart from tests/store/test_library_sources.py,
which pytest could not collect beside a module of the same name): counts, sorting, a source's
claims opened in place, library-wide search, and merging and splitting library sources.

The library is the seed plus the first ten corpus articles that name the World Health
Organization, annotated by hand like the other app fixtures (`app_sample.build_state`),
so the view's numbers do not move when the extraction improves. Expected numbers are
counted straight from the article states, not through `store.sources`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from app_helpers import loaded, make_app
from app_sample import Annotations, build_state, seed_state
from textual.pilot import Pilot

from store import Library
from store.records import STATUSES, ArticleState, fold
from tui.app import ClaimdeskApp
from tui.screens.corrections import ChoicePicker
from tui.screens.library_sources import LibrarySourcesScreen
from tui.screens.main import MainScreen

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("CLAIMDESK_CORPUS", ROOT.parent / "shared" / "corpus" / "wikinews"))
WHO = "World Health Organization"
SIZE = (120, 36)

CORPUS_NOTES = Annotations(
    sources={
        WHO: ("organization", (WHO, "WHO")),
        "Centers for Disease Control and Prevention": (
            "organization", ("Centers for Disease Control and Prevention", "CDC"),
        ),
        "Reuters": ("outlet", ("Reuters",)),
    },
    cues=("said", "reported", "announced", "stated", "confirmed", "declared"),
    countries={
        "CN": ("China", ("China", "Chinese", "Wuhan")),
        "US": ("United States", ("United States", "US", "U.S.")),
        "IT": ("Italy", ("Italy",)),
        "IN": ("India", ("India",)),
    },
)


def corpus_files() -> list[Path]:
    files = sorted(p for p in CORPUS.glob("*.txt") if WHO in p.read_text("utf-8"))
    assert len(files) >= 10, f"{CORPUS} should hold ten articles naming the WHO"
    return files[:10]


def fill_library(library: Library) -> list[ArticleState]:
    """The seed plus ten WHO articles, with a few verdicts (and one hidden claim)."""
    states = [seed_state()]
    for path in corpus_files():
        title = path.stem[11:].replace("-", " ").capitalize()
        states.append(build_state(path.read_text("utf-8"), CORPUS_NOTES, title=title))
    for state in states:
        library.add_state(state)
    verdicts = ["confirmed", "denied", "denied", "unconfirmed"]
    for n, state in enumerate(states[1:5]):
        who = {s.id for s in state.sources if s.name == WHO}
        claims = [c for c in state.claims if who & set(c.sources)]
        with library.session(state.id, "ana") as session:
            session.mark(claims[0].id, verdicts[n])
            if n == 0 and len(claims) > 1:
                session.set_hidden(claims[1].id, True)
    return [library.load(s.id) for s in states]


def expected(states: list[ArticleState], name: str) -> tuple[int, int, dict[str, int]]:
    """Articles, (not hidden) claims and claims by status of the sources called `name`."""
    articles, claims = 0, 0
    by_status = dict.fromkeys(STATUSES, 0)
    for state in states:
        ids = {s.id for s in state.sources if s.name == name}
        if not ids:
            continue
        articles += 1
        for claim in state.claims:
            if ids & set(claim.sources) and not claim.hidden:
                claims += 1
                by_status[claim.status] += 1
    return articles, claims, by_status


@pytest.fixture
def states(library: Library) -> list[ArticleState]:
    return fill_library(library)


@pytest.fixture
def lib_app(library: Library, states: list[ArticleState]) -> ClaimdeskApp:
    return make_app(library, states[0].id)


async def open_view(pilot: Pilot, key: str = "S") -> LibrarySourcesScreen:
    await loaded(pilot)
    await pilot.press(key)
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, LibrarySourcesScreen)
    for _ in range(200):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if not screen.table.loading and not screen.claims.loading:
            break
    return screen


async def settle(pilot: Pilot, screen: LibrarySourcesScreen) -> None:
    for _ in range(200):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if not screen.table.loading and not screen.claims.loading:
            return


def row_values(screen: LibrarySourcesScreen, key: str) -> list[str]:
    return [str(cell) for cell in screen.table.get_row(key)]


async def test_the_view_lists_a_recurring_source_with_its_counts(
    lib_app: ClaimdeskApp, states: list[ArticleState]
) -> None:
    articles, claims, by_status = expected(states, WHO)
    assert articles == 10 and claims > 10 and by_status["denied"] == 2  # the fixture holds
    async with lib_app.run_test(size=SIZE) as pilot:
        screen = await open_view(pilot)
        who = next(s for s in screen.rows if s.name == WHO)
        values = row_values(screen, who.key)
        assert values[:4] == [WHO, "org", "10", str(claims)]
        shown = dict(zip(("confirmed", "unconfirmed", "denied", "unreviewed"), values[4:8],
                         strict=True))
        assert shown == {s: str(n) for s, n in by_status.items()}
        assert values[8] == f"{by_status['denied'] / claims:.0%}"
        # Sorted by claims: nothing above WHO has fewer claims.
        assert [s.claims for s in screen.rows] == sorted((s.claims for s in screen.rows),
                                                          reverse=True)
        # The seed's sources are there too, one article each.
        state_dept = next(s for s in screen.rows if s.name == "US State Department")
        assert state_dept.articles == 1


async def test_o_sorts_by_share_denied_and_back(lib_app: ClaimdeskApp) -> None:
    async with lib_app.run_test(size=SIZE) as pilot:
        screen = await open_view(pilot)
        await pilot.press("o")
        await settle(pilot, screen)
        shares = [s.share_denied for s in screen.rows]
        assert shares == sorted(shares, reverse=True) and shares[0] > 0
        assert "share denied" in str(screen.table.border_title)
        await pilot.press("o")
        await settle(pilot, screen)
        assert [s.claims for s in screen.rows] == sorted((s.claims for s in screen.rows),
                                                          reverse=True)


async def test_a_sources_claims_from_every_article_open_in_place(
    lib_app: ClaimdeskApp, states: list[ArticleState]
) -> None:
    _, claims, _ = expected(states, WHO)
    async with lib_app.run_test(size=SIZE) as pilot:
        screen = await open_view(pilot)
        index = next(i for i, s in enumerate(screen.rows) if s.name == WHO)
        screen.table.move_cursor(row=index)
        await pilot.press("enter")
        await settle(pilot, screen)
        assert len(screen.claim_rows) == claims
        assert len({row[0] for row in screen.claim_rows}) == 10
        assert screen.claims.has_focus
        # Pick a claim of an article other than the one under review.
        target = next(i for i, row in enumerate(screen.claim_rows) if row[0] != states[0].id
                      and row[0] != screen.claim_rows[0][0])
        article_id, _, claim_id, text, _ = screen.claim_rows[target]
        screen.claims.highlighted = target
        await pilot.press("enter")
        await pilot.pause()
        await loaded(pilot)
        main = pilot.app.screen
        assert isinstance(main, MainScreen)
        assert main.state.id == article_id
        assert main.claims.highlighted_claim == claim_id
        assert main.claim_id == claim_id
        assert main.state.claim(claim_id).text == text


async def test_library_search_filters_by_text_and_status(
    lib_app: ClaimdeskApp, states: list[ArticleState]
) -> None:
    word = "outbreak"
    matching = [(s.id, c) for s in states for c in s.claims
                if word in fold(c.text) and not c.hidden]
    assert len({a for a, _ in matching}) > 1  # the word is in several articles
    async with lib_app.run_test(size=SIZE) as pilot:
        screen = await open_view(pilot, "L")
        assert screen.search_input.has_focus
        await pilot.press(*word)
        await settle(pilot, screen)
        assert [(r[0], r[2]) for r in screen.claim_rows] == [(a, c.id) for a, c in matching]
        assert f"Claims {len(matching)}" in str(screen.claims.border_title)
        await pilot.press("enter", "f")  # keep the text; status: unreviewed
        await settle(pilot, screen)
        unreviewed = [(a, c.id) for a, c in matching if c.status == "unreviewed"]
        assert [(r[0], r[2]) for r in screen.claim_rows] == unreviewed
        assert "status: unreviewed" in str(screen.claims.border_title)
        await pilot.press("g")  # and a country, by type-ahead
        await pilot.pause()
        await pilot.press(*"china", "enter")
        await settle(pilot, screen)
        in_china = [(a, c.id) for a, c in matching if c.status == "unreviewed"
                    and "CN" in c.countries]
        assert in_china and len(in_china) < len(unreviewed)
        assert [(r[0], r[2]) for r in screen.claim_rows] == in_china
        assert "country: CN" in str(screen.claims.border_title)


async def test_merge_and_split_library_sources(
    lib_app: ClaimdeskApp, library: Library, states: list[ArticleState]
) -> None:
    _, who_claims, _ = expected(states, WHO)
    _, cdc_claims, _ = expected(states, "Centers for Disease Control and Prevention")
    async with lib_app.run_test(size=SIZE) as pilot:
        screen = await open_view(pilot)
        count = len(screen.rows)
        screen.table.move_cursor(row=next(i for i, s in enumerate(screen.rows)
                                          if s.name.startswith("Centers")))
        await pilot.press("M")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ChoicePicker)
        await pilot.press(*"world")
        await pilot.press("enter")
        await settle(pilot, screen)
        assert len(screen.rows) == count - 1
        who = next(s for s in screen.rows if s.name == WHO)
        assert who.claims <= who_claims + cdc_claims and who.claims > who_claims
        assert screen.highlighted_source is not None
        assert screen.highlighted_source.key == who.key  # the cursor stays on the merged one
        await pilot.press("P")  # split one article's CDC back off
        await pilot.pause()
        picker = pilot.app.screen
        assert isinstance(picker, ChoicePicker)
        await pilot.press(*"centers")
        assert picker.shown and all("Centers" in label for _, label in picker.shown)
        await pilot.press("enter")
        await settle(pilot, screen)
        assert len(screen.rows) == count
    assert (library.path / "sources.json").exists()  # the overrides are kept


async def test_the_views_keys_are_in_its_help_and_not_in_the_review_palette(
    lib_app: ClaimdeskApp,
) -> None:
    from tui.keymap import COMMANDS
    from tui.screens.pickers import HelpScreen, help_rows

    async with lib_app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        titles = [c.title for c in lib_app.get_system_commands(lib_app.screen)]
        review = {c.label for c in COMMANDS if c.scope != "sources"}
        only_view = {c.label for c in COMMANDS if c.scope == "sources"} - review
        assert only_view >= {"Sort", "Merge", "Split", "Back"}
        assert not [t for t in titles if t.split(" (")[0] in only_view]
        screen = await open_view(pilot)
        labels = {row[1] for _, rows in help_rows(screen.active_bindings) for row in rows}
        assert {"Sort", "Merge", "Split", "Country", "Status", "Back"} <= labels
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(pilot.app.screen, HelpScreen)


async def test_a_claim_of_the_article_under_review_opens_through_its_filters(
    lib_app: ClaimdeskApp, states: list[ArticleState]
) -> None:
    async with lib_app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        main = pilot.app.screen
        assert isinstance(main, MainScreen)
        await pilot.press("f", "f")  # status: confirmed, which no seed claim is
        await pilot.pause()
        assert main.claims.claim_ids == []
        screen = await open_view(pilot)
        index = next(i for i, s in enumerate(screen.rows) if s.name == "US State Department")
        screen.table.move_cursor(row=index)
        await pilot.press("enter")
        await settle(pilot, screen)
        assert {row[0] for row in screen.claim_rows} == {states[0].id}
        screen.claims.highlighted = 2
        claim_id = screen.claim_rows[2][2]
        await pilot.press("enter")
        await pilot.pause()
        assert pilot.app.screen is main
        assert main.view is not None and not main.view.filtered
        assert main.claims.highlighted_claim == claim_id
