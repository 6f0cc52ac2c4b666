"""Pilot tests of filtering: panes, combined filters, status filter, search, clearing."""

from __future__ import annotations

from app_helpers import loaded, shown_ids

SIZE = (120, 36)


async def choose(pilot, pane: str, item_id: str) -> None:
    """Focus a filter pane, move to an item and press enter, as a reviewer would."""
    screen = pilot.app.screen
    facet = screen.query_one(f"#{pane}")
    facet.focus()
    await pilot.pause()
    ids = [option.id for option in facet.options]
    facet.highlighted = 0
    await pilot.press(*["down"] * ids.index(item_id), "enter")
    await pilot.pause()


def filter_text(app) -> str:
    return str(app.screen.query_one("#filters").render())


async def test_panes_show_counts(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        sources = app.screen.query_one("#sources")
        assert sources.border_title == "Sources 4"
        first = str(sources.get_option_at_index(0).prompt)
        assert "8" in first and "US State Department" in first
        assert app.screen.query_one("#countries").border_title == "Countries 9"
        assert app.screen.query_one("#quotes").border_title == "Quotes 3"


async def test_choosing_a_source_filters_and_shows_the_filter(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert filter_text(app).startswith("All 19 claims")
        await choose(pilot, "sources", "s2")  # Bloomberg
        assert shown_ids(app) == ["c2", "c14", "c17"]
        assert "source: Bloomberg" in filter_text(app)
        assert "(3 of 19)" in filter_text(app)
        sources = app.screen.query_one("#sources")
        assert str(sources.get_option("s2").prompt).startswith("▶")
        # Enter on the chosen source again drops that filter.
        await pilot.press("enter")
        await pilot.pause()
        assert len(shown_ids(app)) == 19
        assert not str(sources.get_option("s2").prompt).startswith("▶")


async def test_filters_combine_across_panes(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await choose(pilot, "sources", "s1")  # State Department: 8 claims
        assert len(shown_ids(app)) == 8
        await choose(pilot, "countries", "CU")
        assert shown_ids(app) == ["c2"]
        text = filter_text(app)
        assert "source: US State Department" in text and "country: Cuba" in text


async def test_quote_filter(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await choose(pilot, "quotes", "q3")
        assert shown_ids(app) == ["c10", "c11"]
        assert "quote:" in filter_text(app)


async def test_status_filter_cycles(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("c", "d")  # c1 confirmed, c2 denied
        await pilot.pause()
        expected = [
            ("unreviewed", 17),
            ("confirmed", 1),
            ("unconfirmed", 0),
            ("denied", 1),
            (None, 19),
        ]
        for status, count in expected:
            await pilot.press("f")
            await pilot.pause()
            assert app.screen.view.status == status
            claims = app.screen.claims
            if count == 0:
                assert claims.highlighted_claim is None
                assert "No claims match" in claims.empty_text
            else:
                assert len(shown_ids(app)) == count
            if status:
                assert f"status: {status}" in filter_text(app)


async def test_marking_under_the_unreviewed_filter_moves_on(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("f")  # unreviewed only
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert "c1" not in shown_ids(app)
        assert app.screen.claim_id == "c2"
        assert app.screen.claims.highlighted_claim == "c2"


async def test_incremental_search(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("slash")
        await pilot.pause()
        assert app.screen.search_bar.has_focus
        await pilot.press(*"bloom")
        await pilot.pause()
        assert shown_ids(app) == ["c2", "c14", "c17"]
        await pilot.press("b", "e", "r", "g")  # "bloomberg": still the same three
        await pilot.pause()
        assert shown_ids(app) == ["c2", "c14", "c17"]
        await pilot.press("enter")  # keep the search, back to the list
        await pilot.pause()
        assert app.screen.claims.has_focus
        assert "search: “bloomberg”" in filter_text(app)
        await pilot.press("down", "c")
        await pilot.pause()
        assert app.screen.state.claim("c14").status == "confirmed"


async def test_search_longer_than_its_box_scrolls_to_show_the_cursor(app) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        words = "the state department said it was aware of reports about deportations "
        await pilot.press("slash", *words * 2, *"ZQ")
        await pilot.pause()
        bar = app.screen.search_bar
        assert bar.value.endswith("ZQ") and len(bar.value) > bar.size.width
        assert bar.scroll_x > 0  # the start scrolled out of sight, the end is shown
        assert "ZQ" in app.screen.search_bar.render_line(0).text
        assert shown_ids(app) == []
        await pilot.press("home")
        await pilot.pause()
        assert bar.scroll_x == 0


async def test_search_is_case_and_accent_insensitive_and_escape_drops_it(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("slash", *"SÉRBIA")
        await pilot.pause()
        assert shown_ids(app) == ["c14", "c19"]
        await pilot.press("escape")
        await pilot.pause()
        assert len(shown_ids(app)) == 19
        assert app.screen.search_bar.display is False
        assert app.screen.claims.has_focus


async def test_escape_clears_every_filter(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await choose(pilot, "sources", "s1")
        await pilot.press("f")
        await pilot.press("slash", *"they", "enter")
        await pilot.pause()
        assert app.screen.view.filtered
        await pilot.press("escape")
        await pilot.pause()
        assert not app.screen.view.filtered
        assert len(shown_ids(app)) == 19
        assert filter_text(app).startswith("All 19 claims")
        assert not str(app.screen.query_one("#sources").get_option("s1").prompt).startswith("▶")
        assert app.screen.search_bar.value == ""


async def test_highlighted_claim_stays_highlighted_when_still_in_view(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press(*["down"] * 13)  # c14, a Bloomberg claim
        await pilot.pause()
        assert app.screen.claim_id == "c14"
        await choose(pilot, "sources", "s2")
        assert app.screen.claims.highlighted_claim == "c14"
        assert app.screen.claim_id == "c14"


async def test_tab_moves_between_panes_and_j_k_move(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("j", "j", "k")
        await pilot.pause()
        assert app.screen.claim_id == "c2"
        await pilot.press("tab")
        assert app.focused.id == "detail"
        await pilot.press("tab")
        assert app.focused.id == "sources"
        await pilot.press("j")
        assert app.focused.highlighted == 1


async def test_the_mouse_moves_the_cursor_and_chooses_filters(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.click("#claims", offset=(5, 3))  # border row, then c1, c2, c3
        await pilot.pause()
        assert app.screen.claim_id == "c3"
        await pilot.click("#sources", offset=(5, 2))  # Bloomberg, the second source
        await pilot.pause()
        assert shown_ids(app) == ["c2", "c14", "c17"]
