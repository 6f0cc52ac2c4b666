"""Pilot tests of the dialogs and other screens: export, article switch, help, palette."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from app_helpers import detail_text, loaded, make_app, shown_ids
from app_sample import injection_state
from textual.widgets import Input, OptionList

from store import Library

SIZE = (120, 36)


async def open_export(pilot, path: Path) -> None:
    await pilot.press("e")
    await pilot.pause()
    assert type(pilot.app.screen).__name__ == "ExportDialog"
    pilot.app.screen.query_one("#export-path", Input).value = str(path)


async def test_export_dialog_writes_the_current_view(app, tmp_path: Path) -> None:
    target = tmp_path / "bloomberg.json"
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("slash", *"bloomberg", "enter")
        await pilot.press("d")
        await pilot.pause()
        await open_export(pilot, target)
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "MainScreen"
        messages = [str(n.message) for n in app._notifications]
        assert any(str(target) in m for m in messages)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["schema"] == "claimdesk.export/1"
    claims = [c for a in document["articles"] for c in a["claims"]]
    assert [c["id"] for c in claims] == ["c2", "c14", "c17"]
    assert claims[0]["status"] == "denied"


async def test_export_dialog_other_format_and_refusing_to_overwrite(app, tmp_path: Path) -> None:
    target = tmp_path / "claims.jsonl"
    target.write_text("keep me\n", encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await open_export(pilot, target)
        dialog = app.screen
        dialog.query_one("#export-format").query("RadioButton")[1].value = True  # jsonl
        await pilot.pause()
        assert dialog.fmt == "jsonl"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog  # still open, saying why
        assert "already exists" in str(dialog.query_one("#export-error").render())
        assert target.read_text(encoding="utf-8") == "keep me\n"
        dialog.query_one("#export-force").value = True
        dialog.query_one("#export-path", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "MainScreen"
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 19 and json.loads(lines[0])["id"] == "c1"


async def test_export_dialog_cancel(app, tmp_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await open_export(pilot, tmp_path / "never.json")
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "MainScreen"
    assert not (tmp_path / "never.json").exists()


async def test_switching_article_keeps_each_review(
    app, library: Library, seed_id: str
) -> None:
    other, _ = library.add_state(injection_state())
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert type(app.screen).__name__ == "ArticlePicker"
        picker = app.screen.query_one(OptionList)
        prompts = [str(o.prompt) for o in picker.options]
        seed_line = prompts[[o.id for o in picker.options].index(seed_id)]
        assert seed_line.startswith("▶") and "1/19" in seed_line
        picker.highlighted = [o.id for o in picker.options].index(other.id)
        await pilot.press("enter")
        await loaded(pilot)
        assert app.screen.state.id == other.id
        assert len(shown_ids(app)) == 3
        await pilot.press("d")
        await pilot.pause()
        # and back again: the first article's review is there.
        await pilot.press("a")
        await pilot.pause()
        picker = app.screen.query_one(OptionList)
        picker.highlighted = [o.id for o in picker.options].index(seed_id)
        await pilot.press("enter")
        await loaded(pilot)
        assert app.screen.state.claim("c1").status == "confirmed"
    assert library.load(other.id).claim("c1").status == "denied"


def help_text(app) -> str:
    """The help screen's rows as plain text lines."""
    from tui.screens.pickers import help_rows

    rows = help_rows(app.screen.active)
    return "\n".join(
        f"{where}: {keys} {label} {what}" + ("" if enabled else " (not now)")
        for where, entries in rows
        for keys, label, what, enabled in entries
    )


async def test_help_lists_the_live_bindings(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        text = help_text(app)
        for words in ("Confirm", "Deny", "Undo", "Export", "Search", "Quit", "Auto-advance"):
            assert words in text
        assert "Mark the highlighted claim denied" in text
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "MainScreen"


async def test_help_follows_a_remapped_key(app) -> None:
    app.set_keymap({"claimdesk.confirm": "y"})
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("y")
        await pilot.pause()
        assert app.screen.state.claim("c1").status == "confirmed"
        await pilot.press("question_mark")
        await pilot.pause()
        text = help_text(app)
        assert "Claims list: y Confirm" in text


async def test_palette_offers_every_command(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for label in ("Confirm (c)", "Unconfirmed (u)", "Deny (d)", "Unreviewed (x)", "Note (n)",
                      "Evidence (v)", "Undo (z)", "Search (/)", "Status (f)", "Clear (esc)",
                      "Export (e)", "Articles (a)", "Auto-advance (A)", "Help (?)"):
            assert label in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Deny")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert app.screen.state.claim("c1").status == "denied"


async def test_markup_in_an_article_shows_literally(library: Library) -> None:
    summary, _ = library.add_state(injection_state())
    app = make_app(library, summary.id)
    async with app.run_test(size=(260, 30)) as pilot:  # wide: whole lines in the list
        await loaded(pilot)
        claims = app.screen.claims
        first = str(claims.prompt("c1"))
        assert "[bold]nothing[/bold]" in first and "[@click=app.quit]" in first
        assert "[link=https://example.com]" in str(claims.prompt("c2"))
        third = str(claims.prompt("c3"))
        assert "\x1b" not in third and "\x07" not in third and "␛[31mred" in third
        assert "[b]Markup[/b] test" in str(app.screen.header.render())
        paragraph = detail_text(app)
        assert "[@click=app.quit]click[/]" in paragraph
        await pilot.click("#claims", offset=(30, 1))  # clicking the text runs nothing
        await pilot.pause()
        assert app.is_running
        await pilot.press("down", "down")
        await pilot.pause()
        paragraph = detail_text(app)
        assert "\x1b" not in paragraph and "␛[0m" in paragraph


async def test_an_article_without_claims(library: Library) -> None:
    empty = replace(injection_state(), claims=(), quotes=(), sources=(), countries=())
    summary, _ = library.add_state(empty)
    app = make_app(library, summary.id)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert app.screen.claims.empty_text == "No claims."
        assert app.screen.check_action("mark", ("confirmed",)) is None
        await pilot.press("c", "n", "f")
        await pilot.pause()
        assert type(app.screen).__name__ == "MainScreen"
        assert "0/0 reviewed" in str(app.screen.header.render())


async def test_an_empty_library_says_what_to_do(library: Library) -> None:
    app = make_app(library, None)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert "claimdesk open FILE" in str(app.screen.header.render())
        await pilot.press("c", "f", "e", "slash")
        await pilot.pause()
        assert type(app.screen).__name__ == "MainScreen"


async def test_q_quits_and_releases_the_article(app, library: Library, seed_id: str) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert not app.is_running
    session = library.session(seed_id, "someone-else")
    try:
        assert not session.read_only
    finally:
        session.close()
