"""`claimdesk export` and `claimdesk import` as a user runs them, and the app's `e` filter."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from store import ClaimView, Library
from store.exchange import ExportFilter, render_export
from tui.cli import main

from .helpers import add_hand_article, checked


@pytest.fixture
def lib_dir(tmp_path: Path) -> Path:
    """A library with the hand-made article, c1 confirmed and c3 denied by ana."""
    path = tmp_path / "lib"
    library = Library.open(path)
    article = add_hand_article(library)
    with library.session(article, "ana") as session:
        session.update("c1", status="confirmed", note="checked", evidence=["https://a.example/1"])
        session.mark("c3", "denied")
        session.mark("c2", "unconfirmed")
    return path


def run(lib_dir: Path, *args: str, reviewer: str = "ana") -> int:
    return main(["--library", str(lib_dir), "--reviewer", reviewer, *args])


def test_export_prints_a_valid_document_by_default(lib_dir, capsys, validate) -> None:
    assert run(lib_dir, "export") == 0
    out = capsys.readouterr().out
    doc = json.loads(out)
    validate(doc)
    assert doc["exported_by"] == "ana"
    assert [c["status"] for c in doc["articles"][0]["claims"]] == [
        "confirmed",
        "unconfirmed",
        "denied",
        "unreviewed",
    ]
    assert run(lib_dir, "export", "-o", "-") == 0
    assert capsys.readouterr().out == out  # the same state, the same bytes


def test_export_formats_validate(lib_dir, capsys, validate) -> None:
    assert run(lib_dir, "export", "--format", "jsonl") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4
    for line in lines:
        validate(json.loads(line), "claimLine")
    assert run(lib_dir, "export", "--format", "claimreview") == 0
    reviews = json.loads(capsys.readouterr().out)
    assert [r["reviewRating"]["ratingValue"] for r in reviews] == [3, 1]
    for review in reviews:
        validate(review, "claimReview")
    assert run(lib_dir, "export", "--format", "claimreview", "--include-unconfirmed") == 0
    reviews = json.loads(capsys.readouterr().out)
    assert [r["reviewRating"]["alternateName"] for r in reviews] == [
        "confirmed",
        "unconfirmed",
        "denied",
        "unreviewed",
    ]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--status", "denied", "--status", "confirmed"], ["c1", "c3"]),
        (["--source", "THE MINISTRY"], ["c1"]),
        (["--source", "zoë brandt", "--source", "Serbian officials"], ["c2", "c3"]),
        (["--country", "rs"], ["c3"]),
        (["--query", "ZOE"], ["c2"]),
        (["--query", "the", "--status", "denied"], ["c3"]),
        (["--country", "XK", "--status", "denied"], []),
    ],
)
def test_export_filters(lib_dir, capsys, validate, args, expected) -> None:
    assert run(lib_dir, "export", *args) == 0
    doc = json.loads(capsys.readouterr().out)
    validate(doc)
    assert [c["id"] for a in doc["articles"] for c in a["claims"]] == expected


def test_export_by_article_prefix_and_unknown_article(lib_dir, capsys) -> None:
    article = Library.open(lib_dir).articles()[0].id
    assert run(lib_dir, "export", "--article", article[:5]) == 0
    assert json.loads(checked(capsys.readouterr().out))["filter"]["articles"] == [article]
    assert run(lib_dir, "export", "--article", "zzzz") != 0
    err = capsys.readouterr().err
    assert err.startswith("claimdesk: ") and len(err.strip().splitlines()) == 1


def test_output_file_is_not_overwritten_without_force(lib_dir, tmp_path, capsys) -> None:
    target = tmp_path / "review.json"
    assert run(lib_dir, "export", "-o", str(target)) == 0
    assert "exported 4 claim(s) from 1 article(s)" in capsys.readouterr().err
    first = target.read_bytes()
    target.write_text("my edits\n")
    assert run(lib_dir, "export", "--format", "jsonl", "-o", str(target)) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"claimdesk: {target} already exists; use --force to overwrite it"]
    assert target.read_text() == "my edits\n"
    assert run(lib_dir, "export", "-o", str(target), "--force") == 0
    assert target.read_bytes() == first
    checked(target.read_text("utf-8"))


def test_import_reports_and_is_idempotent(lib_dir, tmp_path, capsys) -> None:
    exported = tmp_path / "ana.json"
    assert run(lib_dir, "export", "-o", str(exported)) == 0
    checked(exported.read_text("utf-8"))
    other = tmp_path / "other"
    Library.open(other)
    add_hand_article(Library.open(other))
    capsys.readouterr()
    assert run(other, "import", str(exported), reviewer="bo") == 0
    out = capsys.readouterr().out
    assert "0 article(s) added, 5 event(s) merged" in out and "0 conflict(s)" in out
    assert run(other, "import", str(exported), reviewer="bo") == 0
    assert "0 event(s) merged, 5 already present" in capsys.readouterr().out


def test_import_conflict_exits_1_and_names_the_claim(lib_dir, tmp_path, capsys) -> None:
    other = tmp_path / "other"
    library = Library.open(other)
    article = add_hand_article(library)
    with library.session(article, "bo") as session:
        session.mark("c1", "denied")
    exported = tmp_path / "bo.json"
    assert run(other, "export", "-o", str(exported), reviewer="bo") == 0
    checked(exported.read_text("utf-8"))
    capsys.readouterr()
    assert run(lib_dir, "import", str(exported)) == 1
    out = capsys.readouterr().out.splitlines()
    assert "1 conflict(s)" in out[0]
    assert out[1] == (f'conflict on {article} c1 status: kept local "confirmed", bo has "denied"')
    assert Library.open(lib_dir).load(article).claim("c1").status == "confirmed"


def test_import_rejection_is_one_line_and_exit_2(lib_dir, tmp_path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "claimdesk.export/9", "articles": []}')
    assert run(lib_dir, "import", str(bad)) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "claimdesk.export/9" in err[0] and "upgrade" in err[0]
    assert run(lib_dir, "import", str(tmp_path / "missing.json")) == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize(
    "narrow",
    [
        lambda v: v.by_source("s2"),
        lambda v: v.by_country("xk"),
        lambda v: v.with_status("denied"),
        lambda v: v.matching("  zoe "),
        lambda v: v.by_quote("q1"),
        lambda v: v.matching("the").with_status("confirmed"),
        lambda v: v,
    ],
)
def test_from_view_exports_what_the_view_shows(lib_dir, narrow) -> None:
    library = Library.open(lib_dir)
    state = library.load(library.articles()[0].id)
    view = narrow(ClaimView(state))
    text = checked(render_export(library, ExportFilter.from_view(view), "json", "ana"))
    doc = json.loads(text)
    exported = [c["id"] for a in doc["articles"] for c in a["claims"]]
    assert exported == [c.id for c in view.claims]


def test_export_and_import_never_import_textual(lib_dir, tmp_path) -> None:
    out = tmp_path / "x.json"
    code = (
        "import sys\n"
        "from tui.cli import main\n"
        f"assert main(['--library', {str(lib_dir)!r}, 'export', '-o', {str(out)!r}]) == 0\n"
        f"assert main(['--library', {str(lib_dir)!r}, 'import', {str(out)!r}]) == 0\n"
        "assert 'textual' not in sys.modules, 'textual was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
