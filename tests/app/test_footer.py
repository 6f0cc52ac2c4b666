"""Pilot tests of the key footer: the keys that apply, and only rebuilt when they change."""

from __future__ import annotations

from app_helpers import held_elsewhere, loaded, make_app
from textual.widgets._footer import FooterKey

from store import Library

SIZE = (120, 36)


def footer_keys(app) -> dict[str, bool]:
    """Key -> shown enabled, as the footer shows them now."""
    return {key.key: not key.has_class("-disabled") for key in app.screen.query(FooterKey)}


async def test_footer_shows_the_review_keys_once_the_article_is_loaded(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.pause()
        keys = footer_keys(app)
        assert keys["c"] and keys["u"] and keys["d"] and keys["n"]
        assert keys["slash"] and keys["question_mark"]


async def test_footer_follows_focus_into_the_search_box_and_back(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("slash")
        await pilot.pause()
        keys = footer_keys(app)
        assert "escape" in keys and "c" not in keys  # typing: no review keys offered
        await pilot.press("escape")
        await pilot.pause()
        assert footer_keys(app)["c"]


async def test_footer_greys_the_review_keys_of_a_read_only_article(
    library: Library, seed_id: str
) -> None:
    with held_elsewhere(library, seed_id):
        app = make_app(library, seed_id)
        async with app.run_test(size=SIZE) as pilot:
            await loaded(pilot)
            await pilot.pause()
            keys = footer_keys(app)
            assert keys["c"] is False and keys["d"] is False
            assert keys["slash"] is True  # reading and searching still work


async def test_footer_is_not_rebuilt_when_its_keys_did_not_change(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.pause()
        before = list(app.screen.query(FooterKey))
        await pilot.press("down", "down", "c")  # a move and a mark: the same keys apply
        app.screen.refresh_bindings()
        await pilot.pause()
        await pilot.pause()
        assert list(app.screen.query(FooterKey)) == before
        assert all(a is b for a, b in zip(app.screen.query(FooterKey), before, strict=True))
