"""Import files built to hurt: rejected (library byte-identical), skipped with a report, or
merged cleanly. The cases tests/exchange already covers are not repeated here, except
as rows of the benchmark table."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from rel_app import SIZE, loaded, make_app, screen_text
from rel_imports import apply, check, good_export, hostile_imports, receiving_library

from store import Library

HOSTILE_IMPORTS = hostile_imports()


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path]:
    root = tmp_path_factory.mktemp("imports")
    return good_export(root / "ana"), receiving_library(root / "bo")


@pytest.mark.parametrize("name", sorted(HOSTILE_IMPORTS))
def test_a_hostile_import_is_rejected_skipped_or_merged_cleanly(
    setup, tmp_path: Path, name: str
) -> None:
    good, template = setup
    build, expected = HOSTILE_IMPORTS[name]
    started = time.perf_counter()
    outcome = apply(template, tmp_path / "bo", build(good))
    assert time.perf_counter() - started < 10, "an import must finish in bounded time"
    assert check(outcome, expected) == []


def test_a_tampered_article_is_skipped_and_the_good_one_still_merges(setup, tmp_path) -> None:
    good, template = setup
    build, _ = HOSTILE_IMPORTS["an article text that does not match its hash"]
    outcome = apply(template, tmp_path / "bo", build(good))
    lib = Library.open(tmp_path / "bo")
    assert len(lib.articles()) == 1, "the tampered article must not be added"
    state = lib.load(lib.articles()[0].id)
    assert state.claim("c1").status == "confirmed" and state.claim("c2").status == "denied"
    assert any("does not match its sha256" in line for line in outcome.lines)


async def test_imported_markup_and_escapes_show_literally_in_the_app(setup, tmp_path) -> None:
    good, template = setup
    build, _ = HOSTILE_IMPORTS["markup and escapes in reviewer and note"]
    apply(template, tmp_path / "bo", build(good))
    lib = Library.open(tmp_path / "bo")
    article = lib.articles()[0].id
    assert lib.load(article).claim("c1").note.startswith("[@click=app.quit]")
    app = make_app(lib, article)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        shown = screen_text(app)
        await pilot.click("#detail", offset=(8, 5))
        await pilot.pause()
        assert app.is_running
    assert "[@click=app.quit]x[/]" in shown and "[bold]eve[/bold]" in shown
    assert "\x1b" not in shown and "\x9b" not in shown and "\x07" not in shown


def test_claimdesk_import_of_a_file_that_is_not_json_is_one_line_and_changes_nothing(
    setup, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rel_faults import file_hashes

    from tui.cli import main

    _, template = setup
    bad = tmp_path / "bad.json"
    bad.write_bytes(json.dumps({"schema": "claimdesk.export/1", "articles": [[]]}).encode())
    before = file_hashes(template)
    code = main(["--library", str(template), "import", str(bad)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and str(bad) in err
    assert file_hashes(template) == before
