"""`claimdesk extract`: the JSON contract on stdout, a table for people, clear errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "balkans-deportations.txt"


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_json_output_is_the_extract_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(["extract", str(SEED)], capsys)
    assert code == 0 and err == ""
    doc = json.loads(out)
    text = SEED.read_text(encoding="utf-8")
    assert doc["schema"] == "claimdesk.extract/1"
    assert doc["article"]["chars"] == len(text)
    for claim in doc["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
    for quote in doc["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
    # Non-ASCII stays readable (ensure_ascii=False) and the layout is indented.
    assert "Bloomberg’s" in out and '\n  "article": {' in out


def test_text_format_is_a_readable_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(["extract", str(SEED), "--format", "text"], capsys)
    assert code == 0 and err == ""
    assert "CLAIMS" in out and "c1" in out and "c19" in out
    assert "Countries in the Balkan region" in out
    assert not out.lstrip().startswith("{")


def test_text_format_shows_control_characters_harmlessly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The minister \x1b[31msaid\x1b[0m it was fine.\n", encoding="utf-8")
    code, out, _ = run_cli(["extract", str(article), "--format", "text"], capsys)
    assert code == 0
    assert "\x1b" not in out and "said" in out


def test_windows_1252_file_is_read_and_noted_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "cp1252.txt"
    article.write_bytes("The café owner said “no” – twice.\n".encode("cp1252"))
    code, out, err = run_cli(["extract", str(article)], capsys)
    assert code == 0
    assert json.loads(out)["claims"][0]["text"] == "The café owner said “no” – twice."
    assert err.count("\n") == 1 and "Windows-1252" in err


def test_utf16_file_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "utf16.txt"
    article.write_bytes("Zürich said it would act. It did.\r\n".encode("utf-16"))
    code, out, err = run_cli(["extract", str(article)], capsys)
    assert code == 0 and err == ""
    assert [c["text"] for c in json.loads(out)["claims"]] == [
        "Zürich said it would act.",
        "It did.",
    ]


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\t\r\n", "whitespace"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        ("missing.txt", None, "does not exist"),
        ("folder", "dir", "directory"),
    ],
)
def test_unusable_inputs_exit_2_with_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes | str | None,
    words: str,
) -> None:
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    code, out, err = run_cli(["extract", str(path)], capsys)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("claimdesk: ")
    assert words in err and name in err
    assert "Traceback" not in err


def test_stdin_and_errors_through_a_real_process(tmp_path: Path) -> None:
    ok = subprocess.run(
        [sys.executable, "-m", "tui.cli", "extract", "-"],
        input="The mayor said “we will rebuild.” Work starts in May.\n".encode(),
        capture_output=True,
        cwd=ROOT,
    )
    assert ok.returncode == 0, ok.stderr
    doc = json.loads(ok.stdout.decode("utf-8"))
    assert [c["text"] for c in doc["claims"]] == [
        "The mayor said “we will rebuild.”",
        "Work starts in May.",
    ]
    bad = subprocess.run(
        [sys.executable, "-m", "tui.cli", "extract", str(tmp_path / "nope.txt")],
        capture_output=True,
        cwd=ROOT,
    )
    assert bad.returncode == 2
    assert bad.stdout == b""
    assert bad.stderr.decode().count("\n") == 1 and b"Traceback" not in bad.stderr


def test_extract_command_does_not_import_textual() -> None:
    code = (
        "import sys; from tui.cli import main; "
        f"main(['extract', {str(SEED)!r}]); "
        "sys.exit(3 if 'textual' in sys.modules else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr


def test_json_output_never_sends_raw_c1_or_bidi_controls_to_the_terminal(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """U+009B (CSI) and U+202E would act on the terminal: they come out as JSON escapes."""
    article = tmp_path / "hostile.txt"
    article.write_text("The minister said the \u009b31m plan \u202eworks well.\n", encoding="utf-8")
    assert main(["extract", str(article)]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert "\u009b" not in out and "\u202e" not in out
    assert "\\u009b" in out and "\\u202e" in out
    claims = json.loads(out)["claims"]
    assert claims[0]["text"] == article.read_text(encoding="utf-8").strip()
