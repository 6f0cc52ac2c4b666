"""Hostile and odd article text: extraction finishes, offsets hold, nothing is executed,
and the app and the commands show it literally with control characters neutralised."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from rel_app import SIZE, loaded, make_app, screen_text
from rel_hostile import BIDI, ESCAPES, MARKUP, hostile_texts

import extract
from store import Library
from tui.cli import main

TEXTS = hostile_texts()
TIME_BOUND = 10.0
# What must never reach a terminal from article text: C0/C1 controls (ESC, BEL, CSI...).
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
BIDI_RE = re.compile(f"[{BIDI}]")


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_extraction_finishes_in_time_and_every_offset_slices(name: str) -> None:
    text = TEXTS[name]
    started = time.perf_counter()
    found = extract.extract(text)
    took = time.perf_counter() - started
    assert took < TIME_BOUND, f"{name}: extraction took {took:.1f} s"
    for claim in found.claims:
        assert text[claim.start:claim.end] == claim.text
    for quote in found.quotes:
        assert text[quote.start:quote.end] == quote.text
    for mention in [m for s in found.sources for m in s.mentions]:
        assert 0 <= mention[0] < mention[1] <= len(text)


@pytest.mark.parametrize(
    "name", ["Rich/Textual markup", "OSC and CSI escapes", "bidi overrides", "200 nested quotes",
             "only quote marks", "10,000-character line"],
)
def test_claimdesk_extract_prints_valid_json_whose_texts_slice_the_input(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = TEXTS[name]
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    code = main(["extract", str(path)])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    doc = json.loads(out)  # escapes travel inside JSON strings
    assert re.search(r"[\x00-\x1f]", out.replace("\n", "")) is None, "C0 controls are escaped"
    for claim in doc["claims"]:
        assert text[claim["start"]:claim["end"]] == claim["text"]


def test_claimdesk_extract_refuses_nul_bytes_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "nul.txt"
    path.write_text(TEXTS["NUL bytes"])
    code = main(["extract", str(path)])
    out, err = capsys.readouterr()
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and "NUL" in err and str(path) in err


@pytest.mark.parametrize("name", ["Rich/Textual markup", "OSC and CSI escapes", "bidi overrides"])
def test_add_and_claims_print_article_text_without_controls_or_direction_overrides(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(TEXTS[name], encoding="utf-8")
    library = str(tmp_path / "lib")
    assert main(["--library", library, "add", str(path)]) == 0
    added = capsys.readouterr().out
    article = added.split()[1]
    assert main(["--library", library, "claims", article]) == 0
    shown = added + capsys.readouterr().out
    assert CONTROL.search(shown) is None, "escape bytes must not reach the terminal"
    assert BIDI_RE.search(shown) is None, "direction overrides must not reorder the line"
    if name == "Rich/Textual markup":
        assert "[bold]nothing[/bold]" in shown and "[@click=app.quit]" in shown
    assert main(["--library", library, "claims", article, "--format", "json"]) == 0
    raw = capsys.readouterr().out
    texts = "".join(c["text"] for c in json.loads(raw)["claims"])
    assert CONTROL.search(raw.replace("\n", "")) is None and BIDI_RE.search(raw) is None
    hostile = {"OSC and CSI escapes": "\x1b]8;;", "bidi overrides": "\u202e"}.get(name, "[bold]")
    assert hostile in texts, "the JSON keeps the text exactly (escaped); only the raw bytes go"


def test_add_names_an_unreadable_file_once(tmp_path: Path, capsys) -> None:
    path = tmp_path / "nul.txt"
    path.write_text(TEXTS["NUL bytes"])
    code = main(["--library", str(tmp_path / "lib"), "add", str(path)])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and err.count(str(path)) == 1, err


async def test_the_app_shows_markup_and_escapes_literally_and_runs_no_action(
    tmp_path: Path,
) -> None:
    library = Library.open(tmp_path / "lib")
    text = MARKUP + ESCAPES + "“" * 200 + "The minister said yes." + "”" * 200 + "\n"
    summary, _ = library.ingest(text + "The ministry said " + "word " * 2000 + "today.\n")
    app = make_app(library, summary.id)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        seen = screen_text(app)
        for _ in range(3):
            await pilot.press("down")
            await pilot.pause()
            seen += screen_text(app)
        await pilot.press("end")
        await pilot.pause()
        seen += screen_text(app)
        await pilot.press("home", "down")  # the claim with [@click=app.quit] in it
        await pilot.pause()
        for x, y in ((2, 1), (10, 1), (20, 1), (30, 1), (2, 2), (10, 2), (20, 2), (30, 2)):
            await pilot.click("#detail", offset=(x, y))
        await pilot.pause()
        assert app.is_running, "markup in an article must never run an action"
        assert "[bold]nothing[/bold]" in seen and "[@click=app.quit]" in seen
        assert "[link=https://x.example]" in seen
        assert "␛]8;;https://evil.example␇" in seen, "escapes show as visible symbols"
        assert CONTROL.search(seen) is None
    assert library.load(summary.id).events == (), "clicks and keys changed nothing"
