"""`claimdesk sources`: the library-wide source table, for people and for scripts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from store import Library
from tui.cli import main

ARTICLES = (
    "The Red Cross said 40 people were missing. Reuters reported the flood on Monday.",
    "The Red Cross said the camp was full. The mayor said nothing.",
    "Reuters reported that the Red Cross's trucks arrived.",
)


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMDESK_HOME", raising=False)
    monkeypatch.setenv("CLAIMDESK_REVIEWER", "alice")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    lib = Library.open(tmp_path / "lib")
    for text in ARTICLES:
        summary, _ = lib.ingest(text)
        state = lib.load(summary.id)
        red_cross = [c for c in state.claims if "Red Cross said" in c.text]
        if red_cross:
            with lib.session(summary.id, "alice") as session:
                session.mark(red_cross[0].id, "denied")
    return tmp_path / "lib"


def test_json_shape(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--library", str(home), "sources", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert list(doc) == ["sources"]
    for item in doc["sources"]:
        assert {"name", "kind", "articles", "claims", "by_status"} <= set(item)
        assert set(item["by_status"]) == {"unreviewed", "confirmed", "unconfirmed", "denied"}
        assert sum(item["by_status"].values()) == item["claims"]
    names = {item["name"]: item for item in doc["sources"]}
    red_cross = names["Red Cross"]
    assert red_cross["articles"] == 2 and red_cross["by_status"]["denied"] == 2
    claims = [item["claims"] for item in doc["sources"]]
    assert claims == sorted(claims, reverse=True)


def test_sort_by_share_denied(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--library", str(home), "sources", "--format", "json", "--sort", "denied"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["sources"][0]["name"] == "Red Cross"
    shares = [s["share_denied"] for s in doc["sources"]]
    assert shares == sorted(shares, reverse=True)


def test_table_for_people(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--library", str(home), "sources"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["SOURCE", "KIND", "ARTS", "CLAIMS"]
    row = next(line for line in lines if line.startswith("Red Cross"))
    assert row.split()[-1] == "100%"
    assert "sources ·" in lines[-1]


def test_an_empty_library_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--library", str(tmp_path / "empty"), "sources"]) == 0
    assert "no sources" in capsys.readouterr().out


def test_never_imports_textual(home: Path) -> None:
    code = (
        "import sys; from tui.cli import main; "
        f"rc = main(['--library', {str(home)!r}, 'sources', '--format', 'json']); "
        "assert 'textual' not in sys.modules, 'textual imported'; sys.exit(rc)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["sources"]
