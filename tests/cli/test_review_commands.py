"""The headless review commands as a script or a journalist at a shell uses them."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

from store import Library
from tui.cli import main


def _builders() -> ModuleType:
    """The store tests' hand-built extractions (no dependency on the extractor)."""
    path = Path(__file__).parents[1] / "store" / "builders.py"
    spec = importlib.util.spec_from_file_location("store_test_builders", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


builders = _builders()


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMDESK_HOME", raising=False)
    monkeypatch.setenv("CLAIMDESK_REVIEWER", "alice")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "lib"


@pytest.fixture
def article(home: Path, tmp_path: Path) -> str:
    source = tmp_path / "balkans.txt"
    source.write_text(builders.ARTICLE, encoding="utf-8")
    lib = Library.open(home)
    summary, _ = lib.ingest_extraction(builders.build_extraction(), origin=str(source))
    return summary.id


def run(home: Path, *argv: str) -> int:
    return main(["--library", str(home), *argv])


def cli(home: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """The real console entry point in a fresh interpreter."""
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", "--library", str(home), *argv],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_list_json_has_the_documented_shape(
    home: Path, article: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(home, "mark", article, "c1", "denied") == 0
    capsys.readouterr()
    assert run(home, "list", "--format", "json") == 0
    (row,) = json.loads(capsys.readouterr().out)["articles"]
    assert {k: row[k] for k in ("id", "title", "claims", "reviewed", "by_status")} == {
        "id": article,
        "title": None,
        "claims": 5,
        "reviewed": 1,
        "by_status": {"unreviewed": 4, "confirmed": 0, "unconfirmed": 0, "denied": 1},
    }


def test_list_text_shows_progress_and_an_empty_library_says_what_to_do(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path / "empty", "list") == 0
    assert "claimdesk add" in capsys.readouterr().out
    lib = Library.open(home)
    lib.ingest_extraction(builders.build_extraction(), origin="/x/balkans.txt")
    assert run(home, "list") == 0
    out = capsys.readouterr().out
    assert "0/5" in out and "balkans.txt" in out


def test_claims_json_has_the_documented_shape(
    home: Path, article: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(home, "mark", article, "c2", "denied", "--note", "anonymous sources") == 0
    capsys.readouterr()
    assert run(home, "claims", article[:5], "--format", "json") == 0
    document = json.loads(capsys.readouterr().out)
    assert document["article"] == article
    c2 = document["claims"][1]
    assert {
        k: c2[k] for k in ("id", "index", "text", "status", "sources", "countries", "note")
    } == {
        "id": "c2",
        "index": 1,
        "text": "Bloomberg reported that deportees would come from Cuba.",
        "status": "denied",
        "sources": ["Bloomberg"],
        "countries": ["CU"],
        "note": "anonymous sources",
    }


def test_claims_text_lists_ids_status_and_sources(
    home: Path, article: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(home, "claims", article) == 0
    lines = capsys.readouterr().out.splitlines()
    c2 = next(line for line in lines if line.startswith("c2 "))
    assert "unreviewed" in c2 and "Bloomberg" in c2


def test_mark_saves_durably_with_note_and_evidence(
    home: Path, article: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(
        home, "mark", article, "c1", "confirmed", "--note", "on record",
        "--evidence", "https://example.org/a", "--evidence", "Press release, June 6",
    )  # fmt: skip
    assert code == 0
    out = capsys.readouterr().out
    assert out.startswith("saved: c1 confirmed") and "2 evidence items" in out
    claim = Library.open(home).load(article).claim("c1")
    assert (claim.status, claim.note) == ("confirmed", "on record")
    assert [e.kind for e in claim.evidence] == ["url", "citation"]
    assert {e.reviewer for e in claim.evidence} == {"alice"}


def test_mark_accepts_a_claim_index_and_the_articles_file_path(
    home: Path, article: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(home, "mark", str(tmp_path / "balkans.txt"), "2", "unconfirmed") == 0
    assert "saved: c3 unconfirmed" in capsys.readouterr().out
    assert Library.open(home).load(article).claim("c3").status == "unconfirmed"


def test_undo_walks_back_and_says_when_nothing_is_left(
    home: Path, article: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run(home, "mark", article, "c1", "denied")
    run(home, "--reviewer", "bob", "mark", article, "c2", "confirmed")
    capsys.readouterr()
    assert run(home, "undo", article) == 0
    assert "undone: c1 status" in capsys.readouterr().out
    assert run(home, "undo", article) == 1
    assert "nothing to undo for alice" in capsys.readouterr().err
    state = Library.open(home).load(article)
    assert state.claim("c1").status == "unreviewed" and state.claim("c2").status == "confirmed"
    assert state.events[-1].undoes == 1  # the undo is in the history


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("claims", "zzzz"), "no article 'zzzz'"),
        (("mark", "ARTICLE", "c99", "denied"), "has no claim 'c99'"),
        (("mark", "ARTICLE", "c1", "denied", "--evidence", " "), "evidence is empty"),
        (("undo", "ffff"), "no article 'ffff'"),
    ],
)
def test_user_mistakes_are_one_line_and_a_nonzero_exit(
    home: Path, article: str, argv: tuple[str, ...], message: str
) -> None:
    result = cli(home, *(article if a == "ARTICLE" else a for a in argv))
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_mark_is_refused_while_another_process_edits_the_article(home: Path, article: str) -> None:
    hold = textwrap.dedent(
        """
        import sys
        from store import Library
        session = Library.open(sys.argv[1]).session(sys.argv[2], "carol")
        print("held", flush=True)
        sys.stdin.readline()
        session.close()
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", hold, str(home), article],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    try:
        result = cli(home, "mark", article, "c1", "denied")
    finally:
        assert proc.stdin is not None
        proc.stdin.write("\n")
        proc.stdin.flush()
        proc.wait(10)
    assert result.returncode == 3 and "saved" not in result.stdout
    assert "carol" in result.stderr and "nothing was changed" in result.stderr
    assert Library.open(home).load(article).claim("c1").status == "unreviewed"
    assert cli(home, "mark", article, "c1", "denied").stdout.startswith("saved")


def test_a_damaged_article_is_skipped_by_list_and_named_by_claims(home: Path, article: str) -> None:
    lib = Library.open(home)
    other, _ = lib.ingest_extraction(builders.build_extraction(builders.long_article(4)))
    damaged = home / "articles" / f"{article}.json"
    damaged.write_text('{"article": ')
    listed = cli(home, "list", "--format", "json")
    assert listed.returncode == 0
    assert [a["id"] for a in json.loads(listed.stdout)["articles"]] == [other.id]
    assert str(damaged) in listed.stderr and "warning" in listed.stderr
    shown = cli(home, "claims", article)
    assert shown.returncode != 0 and str(damaged) in shown.stderr
    assert "Traceback" not in shown.stderr
    assert damaged.read_text() == '{"article": '


def test_add_ingests_files_reports_what_it_found_and_keeps_reviews(
    home: Path, tmp_path: Path
) -> None:
    first = tmp_path / "first.txt"
    first.write_text(
        "The State Department confirmed to Radio Free Europe on June 6 that talks with "
        "Serbia continue.\nBloomberg reported that Cuba was also asked, officials said.\n",
        encoding="utf-8",
    )
    added = cli(home, "add", str(first), str(tmp_path / "missing.txt"))
    assert added.returncode == 1  # one file failed, the other was still added
    assert "missing.txt" in added.stderr and "Traceback" not in added.stderr
    line = added.stdout.strip()
    assert line.startswith("added ") and "claim" in line and "source" in line
    assert "countr" in line and "quote" in line
    article = line.split()[1]
    assert cli(home, "mark", str(first), "c1", "confirmed").returncode == 0
    again = cli(home, "add", str(first))
    assert again.returncode == 0 and "already in the library" in again.stdout
    assert Library.open(home).load(article).claim("c1").status == "confirmed"


def test_undo_says_when_someone_else_changed_the_claim_since(
    home: Path, article: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run(home, "mark", article, "c1", "denied")
    run(home, "--reviewer", "bob", "mark", article, "c1", "confirmed")
    capsys.readouterr()
    assert run(home, "undo", article) == 0
    assert "someone else changed it after you" in capsys.readouterr().out
    assert Library.open(home).load(article).claim("c1").status == "confirmed"


def test_opening_an_old_library_says_it_was_migrated(tmp_path: Path) -> None:
    import shutil

    fixture = Path(__file__).parents[1] / "store" / "fixtures" / "library_v1"
    shutil.copytree(fixture, tmp_path / "old")
    first = cli(tmp_path / "old", "list")
    assert first.returncode == 0 and "2/5" in first.stdout
    assert "migrated the library" in first.stderr
    assert "migrated" not in cli(tmp_path / "old", "list").stderr  # only once
