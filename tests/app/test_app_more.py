"""Pilot tests of the app under other conditions: NO_COLOR, every theme, a long article,
and the `claimdesk` / `claimdesk open` entry points."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from app_helpers import loaded, make_app, prompt_of, status_of

from store import Library
from store.records import ArticleSummary
from tui.app import ClaimdeskApp
from tui.commands.app_cmd import most_recent
from tui.commands.open_cmd import ingest_files

SIZE = (80, 24)


async def test_no_color_still_tells_statuses_apart(
    library: Library, seed_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(library, seed_id)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("c", "u", "d")
        await pilot.pause()
        marks = [prompt_of(app, f"c{i}")[0] for i in range(1, 5)]
        assert marks == ["✓", "?", "✗", "·"]
        assert "3/19 reviewed" in str(app.screen.header.render())


async def test_every_theme_renders(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("down")
        for theme in sorted(app.available_themes):
            app.theme = theme
            await pilot.pause()
            assert app.screen.claims.highlighted_claim == "c2"
        await pilot.press("c")
        await pilot.pause()
        assert status_of(app, "c2") == "confirmed"


async def test_a_long_article_marks_and_filters_quickly(library: Library, big_id: str) -> None:
    app = make_app(library, big_id)
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        screen = app.screen
        assert len(screen.claims.claim_ids) == 2000
        await pilot.press("end")
        await pilot.pause()
        assert screen.claim_id == "c2000"
        started = time.perf_counter()
        screen.action_mark("denied")
        took = time.perf_counter() - started
        await pilot.pause()
        assert status_of(app, "c2000") == "denied"
        assert prompt_of(app, "c2000").startswith("✗")
        # Generous bound for a loaded machine; benchmarks measure it properly.
        assert took < 0.5
        await pilot.press("slash", *"1999")
        await pilot.pause()
        assert screen.claims.claim_ids == ["c2000"]


def test_most_recent_article_is_the_last_added() -> None:
    def summary(article_id: str, added: str) -> ArticleSummary:
        return ArticleSummary(article_id, article_id * 4, None, None, 1, added)

    assert most_recent(()) is None
    articles = (summary("a", "2026-01-02T00:00:00Z"), summary("b", "2026-01-03T00:00:00Z"),
                summary("c", "2026-01-01T00:00:00Z"))
    assert most_recent(articles) == "b"


def test_open_ingests_new_files_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    article.write_text("The ministry said the talks failed.\n", encoding="utf-8")
    _, ids = ingest_files(str(tmp_path / "library"), [str(article)])
    assert "added as" in capsys.readouterr().err
    again, same = ingest_files(str(tmp_path / "library"), [str(article)])
    assert same == ids
    assert "already in the library" in capsys.readouterr().err
    assert [a.id for a in again.articles()] == ids


async def test_the_screen_paints_before_the_article_loads(library: Library, seed_id: str) -> None:
    import threading

    from tui.app import ClaimdeskApp

    release = threading.Event()

    def slow_opener() -> tuple[Library, str]:
        release.wait(10)
        return library, seed_id

    app = ClaimdeskApp(slow_opener, "tester")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.claims.loading  # painted, with a loading state in the list
        assert "Loading" in str(screen.header.render())
        assert screen.check_action("mark", ("confirmed",)) is None
        release.set()
        await loaded(pilot)
        assert not screen.claims.loading
        assert "0/19 reviewed" in str(screen.header.render())


async def test_a_damaged_article_file_is_reported_not_overwritten(
    library: Library, seed_id: str
) -> None:
    from store import paths

    path = paths.article_path(library.path, seed_id)
    path.write_text("{ not json", encoding="utf-8")
    app = make_app(library, seed_id)
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        header = str(app.screen.header.render())
        assert "damaged" in header and str(path.name) in header
        await pilot.press("c", "e")
        await pilot.pause()
        assert app.is_running
        await pilot.press("a")  # another article can still be chosen
        await pilot.pause()
        assert type(app.screen).__name__ == "ArticlePicker"
    assert path.read_text(encoding="utf-8") == "{ not json"


async def test_article_switcher_lists_at_once_and_fills_progress_from_a_worker(
    library: Library, seed_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from app_sample import big_state, injection_state
    from textual.widgets import OptionList

    from store import paths

    other, _ = library.add_state(injection_state())
    broken, _ = library.add_state(big_state(40))
    paths.article_path(library.path, broken.id).write_text("{ not json", encoding="utf-8")
    release = threading.Event()
    read_progress = library.progress

    def slow_progress(article_id: str):  # a cold disk: nothing comes until released
        release.wait(10)
        return read_progress(article_id)

    monkeypatch.setattr(library, "progress", slow_progress)
    app = make_app(library, seed_id)
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        await pilot.press("c")
        await pilot.press("a")
        await pilot.pause()
        assert type(app.screen).__name__ == "ArticlePicker"

        def lines() -> dict[str, str]:
            options = app.screen.query_one(OptionList).options
            return {o.id: str(o.prompt) for o in options}

        shown = lines()
        assert set(shown) == {seed_id, other.id, broken.id}  # listed before any file is read
        assert "1/19" in shown[seed_id]  # the open article's progress is at hand
        assert shown[other.id].endswith("…") and shown[broken.id].endswith("…")
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = lines()
        assert "0/3" in shown[other.id]
        assert "damaged" in shown[broken.id]


async def test_start_up_with_the_collector_off_turns_it_back_on_once_the_article_shows(
    library: Library, seed_id: str
) -> None:
    """`claimdesk` starts with garbage collection off (start-up speed); a session of
    hours must not run without it."""
    import gc

    app = ClaimdeskApp(lambda: (library, seed_id), "tester")
    gc.disable()
    try:
        async with app.run_test(size=SIZE) as pilot:
            await loaded(pilot)
            assert "0/19 reviewed" in str(app.screen.header.render())
            await pilot.pause(0.8)  # the article's frame is out first, then it collects
            assert gc.isenabled()
            assert gc.get_freeze_count() > 0  # start-up's objects are left out of later sweeps
    finally:
        gc.unfreeze()
        gc.enable()
