"""Pilot tests of the corrections: each one by keyboard, durable, in the history, undone by z."""

from __future__ import annotations

from app_helpers import loaded, prompt_of
from textual.pilot import Pilot

from store import Library
from tui.app import ClaimdeskApp
from tui.screens.corrections import NEW, ChoicePicker, SplitDialog
from tui.screens.main import MainScreen

SIZE = (120, 36)


def main_of(app: ClaimdeskApp) -> MainScreen:
    screen = app.screen_stack[0]
    assert isinstance(screen, MainScreen)
    return screen


async def type_text(pilot: Pilot, text: str) -> None:
    await pilot.press(*("space" if ch == " " else ch for ch in text))
    await pilot.pause()


async def go_to(pilot: Pilot, claim_id: str) -> None:
    main = main_of(pilot.app)  # type: ignore[arg-type]
    main.claims.focus()
    main.claim_id = claim_id
    await pilot.pause()
    assert main.claims.highlighted_claim == claim_id


async def undo(pilot: Pilot) -> None:
    await pilot.press("z")
    await pilot.pause()


def detail_text(app: ClaimdeskApp) -> str:
    """All the detail pane shows (its `content`, or its body's render before that existed)."""
    detail = main_of(app).query_one("#detail")
    content = getattr(detail, "content", None)
    return str(content if content is not None else detail.query_one("#detail-body").render())


async def test_reassign_a_source_by_type_to_filter_and_undo(
    app, library: Library, seed_id: str
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("s")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, ChoicePicker)
        await type_text(pilot, "bloom")
        names = [label.split("  ")[0] for value, label in picker.shown]
        assert names == ["Bloomberg", "bloom"]  # the match, then "bloom" as a new source
        assert picker.shown[-1][0] == NEW
        await pilot.press("enter")
        await pilot.pause()
        assert main_of(app).state.claim("c1").sources == ("s2",)
        assert prompt_of(app, "c1").rstrip().endswith("Bloomberg")
        assert "sources: US State Department → Bloomberg" in detail_text(app)  # its history
        assert library.load(seed_id).claim("c1").sources == ("s2",)  # durable
        await undo(pilot)
        assert main_of(app).state.claim("c1").sources == ("s1",)
    assert library.load(seed_id).claim("c1").sources == ("s1",)


async def test_add_a_new_source_by_name_and_undo(app, library: Library, seed_id: str) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("o")
        await pilot.pause()
        await type_text(pilot, "Radio Free Europe")
        picker = app.screen
        assert isinstance(picker, ChoicePicker)
        assert picker.shown[-1][1] == "Radio Free Europe"  # offered as a new source
        await pilot.press("enter")
        await pilot.pause()
        state = main_of(app).state
        assert state.source_names(state.claim("c1")) == ("US State Department",
                                                         "Radio Free Europe")
        assert "Radio Free Europe" in [s.name for s in library.load(seed_id).sources]
        await undo(pilot)
        state = main_of(app).state
        assert state.claim("c1").sources == ("s1",)
        assert "Radio Free Europe" not in [s.name for s in state.sources]


async def test_remove_a_source_and_undo(app, library: Library, seed_id: str) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await go_to(pilot, "c2")
        await pilot.press("O")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, ChoicePicker)
        assert len(picker.shown) == 2  # only the claim's own sources
        await type_text(pilot, "bloom")
        await pilot.press("enter")
        await pilot.pause()
        assert main_of(app).state.claim("c2").sources == ("s1",)
        assert library.load(seed_id).claim("c2").sources == ("s1",)
        await undo(pilot)
        assert main_of(app).state.claim("c2").sources == ("s1", "s2")


async def test_add_a_country_by_type_ahead_and_undo(app, library: Library, seed_id: str) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("g")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, ChoicePicker)
        await type_text(pilot, "serb")
        assert picker.shown[0] == ("RS", "Serbia (RS)")
        await pilot.press("enter")
        await pilot.pause()
        assert main_of(app).state.claim("c1").countries == ("US", "RS")
        assert "Serbia (RS)" in detail_text(app)
        assert library.load(seed_id).claim("c1").countries == ("US", "RS")
        await undo(pilot)
        assert main_of(app).state.claim("c1").countries == ("US",)
    assert library.load(seed_id).claim("c1").countries == ("US",)


async def test_remove_a_country_and_undo(app, library: Library, seed_id: str) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await go_to(pilot, "c2")
        await pilot.press("G")
        await pilot.pause()
        await type_text(pilot, "cuba")
        await pilot.press("enter")
        await pilot.pause()
        assert main_of(app).state.claim("c2").countries == ("US", "HT", "NI", "VE")
        assert "CU" not in library.load(seed_id).claim("c2").countries
        await undo(pilot)
        assert main_of(app).state.claim("c2").countries == ("US", "CU", "HT", "NI", "VE")


async def test_not_a_claim_leaves_progress_and_comes_back(
    app, library: Library, seed_id: str
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        main = main_of(app)
        total = main.state.progress().total
        await pilot.press("h")
        await pilot.pause()
        assert main.state.claim("c1").hidden
        assert main.state.progress().total == total - 1
        assert f"0/{total - 1}" in str(main.header.render())
        assert library.load(seed_id).claim("c1").hidden
        assert "c1" in main.claims.claim_ids  # still listed, so it can be brought back
        await pilot.press("h")  # h again: a claim again
        await pilot.pause()
        assert not main.state.claim("c1").hidden
        await pilot.press("h")
        await pilot.pause()
        await undo(pilot)  # and z undoes a hide
        assert not main.state.claim("c1").hidden
        assert main.state.progress().total == total


async def test_split_at_typed_words_validates_and_undoes(
    app, library: Library, seed_id: str
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await go_to(pilot, "c3")
        original = main_of(app).state.claim("c3").text
        await pilot.press("t")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, SplitDialog)
        await type_text(pilot, "no such words")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog  # refused: the words are not in the claim
        assert "not in the claim" in str(dialog.query_one("#split-preview").render())
        await pilot.press(*["backspace"] * len("no such words"))
        await type_text(pilot, "does not comment")
        await pilot.press("enter")
        await pilot.pause()
        state = main_of(app).state
        assert state.claim("c3").text == "The United States, they said,"
        assert state.claim("c3.1").text.startswith("does not comment")
        assert main_of(app).claims.claim_ids[2:4] == ["c3", "c3.1"]
        assert "c3.1" in {c.id for c in library.load(seed_id).claims}
        await undo(pilot)
        state = main_of(app).state
        assert state.claim("c3").text == original
        assert "c3.1" not in {c.id for c in state.claims}


async def test_split_at_the_cursor_in_the_text(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await go_to(pilot, "c16")  # "This was made possible by the US Supreme Court in May."
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("shift+tab")  # from the words box back to the text
        await pilot.press(*["right"] * len("This was made possible "))
        await pilot.press("ctrl+s")
        await pilot.pause()
        state = main_of(app).state
        assert state.claim("c16").text == "This was made possible"
        assert state.claim("c16.1").text == "by the US Supreme Court in May."


async def test_merge_with_the_next_claim_and_undo(app, library: Library, seed_id: str) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await go_to(pilot, "c10")
        count = len(main_of(app).claims.claim_ids)
        await pilot.press("m")
        await pilot.pause()
        main = main_of(app)
        assert "c11" not in main.claims.claim_ids
        assert len(main.claims.claim_ids) == count - 1
        assert main.state.claim("c10").text.endswith("legal right to remain in the US.”") or (
            "every country must urgently accept" in main.state.claim("c10").text
        )
        assert main.claims.highlighted_claim == "c10"
        assert "merge:" in detail_text(app)
        assert "c11" not in {c.id for c in library.load(seed_id).claims}
        await undo(pilot)
        assert "c11" in main_of(app).claims.claim_ids
        await go_to(pilot, "c19")  # the last claim: nothing to merge with, said, not crashed
        await pilot.press("m")
        await pilot.pause()
        assert len(main_of(app).claims.claim_ids) == count


async def test_the_correct_menu_filters_and_runs_a_correction(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await go_to(pilot, "c10")
        await pilot.press("r")
        await pilot.pause()
        menu = app.screen
        assert isinstance(menu, ChoicePicker)
        assert len(menu.shown) == 11  # every correction, each with its key
        await type_text(pilot, "merge with")
        assert [value for value, _ in menu.shown] == ["merge_next"]
        await pilot.press("enter")
        await pilot.pause()
        assert "c11" not in main_of(app).claims.claim_ids


async def test_rename_a_source_from_the_sources_pane_and_undo(
    app, library: Library, seed_id: str
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        main = main_of(app)
        main.query_one("#sources").focus()
        await pilot.press("down", "R")  # Bloomberg
        await pilot.pause()
        await pilot.press("ctrl+u")
        await type_text(pilot, "Bloomberg News")
        await pilot.press("enter")
        await pilot.pause()
        assert main.state.source("s2").name == "Bloomberg News"
        assert library.load(seed_id).source("s2").name == "Bloomberg News"
        assert main.state.source_names(main.state.claim("c14")) == ("Bloomberg News",)
        await go_to(pilot, "c14")
        assert "Sources: Bloomberg News" in detail_text(app)
        await go_to(pilot, "c1")
        await undo(pilot)
        assert main.state.source("s2").name == "Bloomberg"
        assert main.claims.highlighted_claim == "c1"  # a source's undo keeps the cursor


async def test_merge_sources_moves_the_claims_and_the_filter_follows(
    app, library: Library, seed_id: str
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        main = main_of(app)
        main.query_one("#sources").focus()
        await pilot.press("down", "down", "enter")  # filter by US Embassy (s3)
        await pilot.pause()
        assert main.claims.claim_ids == ["c4", "c13"]
        await pilot.press("M")
        await pilot.pause()
        await type_text(pilot, "state dep")
        await pilot.press("enter")
        await pilot.pause()
        assert "s3" not in [s.id for s in main.state.sources]
        assert main.state.claim("c4").sources == ("s1",)
        assert main.view.source == "s1"  # the filter followed the claims
        assert {"c4", "c13"} <= set(main.claims.claim_ids)
        assert "s3" not in [s.id for s in library.load(seed_id).sources]
        await undo(pilot)
        assert main.state.claim("c4").sources == ("s3",)
        assert "US Embassy" in [s.name for s in main.state.sources]


async def test_set_the_kind_of_the_claims_source_and_undo(
    app, library: Library, seed_id: str
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await go_to(pilot, "c14")  # Bloomberg's only
        await pilot.press("K")
        await pilot.pause()
        await type_text(pilot, "organization")
        await pilot.press("enter")
        await pilot.pause()
        assert main_of(app).state.source("s2").kind == "organization"
        assert library.load(seed_id).source("s2").kind == "organization"
        await undo(pilot)
        assert main_of(app).state.source("s2").kind == "outlet"


async def test_every_correction_is_in_the_palette_and_the_help(app) -> None:
    from tui.keymap import BY_ID
    from tui.screens.correcting import MENU
    from tui.screens.pickers import help_rows

    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        labels = [row[1] for _, rows in help_rows(main_of(app).active_bindings) for row in rows]
        for name in (*MENU, "correct", "library_sources", "library_search"):
            command = BY_ID[name]
            assert any(t.startswith(command.label + " (") for t in titles), name
            assert command.label in labels, name


async def test_corrections_are_disabled_read_only(library: Library, seed_id: str) -> None:
    from app_helpers import make_app

    holder = library.session(seed_id, "someone else")
    try:
        app = make_app(library, seed_id)
        async with app.run_test(size=SIZE) as pilot:
            await loaded(pilot)
            await pilot.press("h", "m", "s")
            await pilot.pause()
            assert isinstance(app.screen, MainScreen)  # no picker opened
            assert main_of(app).check_action("toggle_hidden", ()) is None
        assert not library.load(seed_id).claim("c1").hidden
    finally:
        holder.close()


async def test_renaming_the_highlighted_claims_source_shows_in_its_detail(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await go_to(pilot, "c14")  # Bloomberg's only: R renames it without asking which
        await pilot.press("R")
        await pilot.pause()
        await pilot.press("ctrl+u")
        await type_text(pilot, "Bloomberg News")
        await pilot.press("enter")
        await pilot.pause()
        assert main_of(app).claims.highlighted_claim == "c14"
        assert "Sources: Bloomberg News" in detail_text(app)


def shown_line(app: ClaimdeskApp, claim_id: str) -> str:
    """The claim's line as painted in the list now (not recomputed)."""
    claims = main_of(app).claims
    row = claims.claim_ids.index(claim_id) - round(claims.scroll_y)
    return "".join(segment.text for segment in claims.render_line(row))


async def test_a_renamed_source_is_repainted_in_the_list(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert "US State" in shown_line(app, "c3")
        main_of(app).query_one("#sources").focus()  # on US State Department
        await pilot.press("R", "ctrl+u")
        await type_text(pilot, "Agency X")
        await pilot.press("enter")
        await pilot.pause()
        assert "Agency X" in shown_line(app, "c1")
        assert "Agency X" in shown_line(app, "c3")  # not highlighted: repainted too


async def test_a_hidden_claim_is_marked_in_the_list_and_the_detail(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("h")
        await pilot.pause()
        assert shown_line(app, "c1").lstrip().startswith("⊘")
        assert "not a claim" in detail_text(app)
        await pilot.press("h")
        await pilot.pause()
        assert shown_line(app, "c1").lstrip().startswith("·")


async def test_a_sources_corrections_are_in_its_claims_history(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await go_to(pilot, "c14")  # Bloomberg's
        await pilot.press("K")
        await pilot.pause()
        await type_text(pilot, "organization")
        await pilot.press("enter")
        await pilot.pause()
        assert "source_kind: outlet → organization" in detail_text(app)
        main = main_of(app)
        main.query_one("#sources").focus()
        await pilot.press("down", "down", "M")  # US Embassy into US State Department
        await pilot.pause()
        await type_text(pilot, "state dep")
        await pilot.press("enter")
        await pilot.pause()
        await go_to(pilot, "c4")  # was US Embassy's
        assert ("source_merge: US State Department, US Embassy → US State Department"
                in detail_text(app))


async def test_a_correction_runs_from_the_command_palette(app, library: Library,
                                                          seed_id: str) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_text(pilot, "Not a claim")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert main_of(app).state.claim("c1").hidden
    assert library.load(seed_id).claim("c1").hidden
