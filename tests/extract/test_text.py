"""Decoding, paragraphs and Markdown: what reaches the extractor, offsets untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.errors import InputError
from extract.text import (
    article_id,
    decode,
    find_title,
    normalise,
    read_article,
    sha256_of,
    split_paragraphs,
)

ARTICLE = "Café owners in Zürich said “no” — twice.\nThe mayor’s office agreed.\n"


def paragraphs(text: str) -> list[str]:
    return [text[p.start : p.end] for p in split_paragraphs(text)]


def test_utf8_without_and_with_bom() -> None:
    plain = decode(ARTICLE.encode("utf-8"))
    assert (plain.text, plain.encoding, plain.note) == (ARTICLE, "utf-8", None)
    bom = decode(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    assert (bom.text, bom.encoding, bom.note) == (ARTICLE, "utf-8", None)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    data = ARTICLE.encode(codec)
    if codec != "utf-16":
        data = ("\ufeff".encode(codec)) + data
    decoded = decode(data)
    assert decoded.text == ARTICLE
    assert decoded.encoding == "utf-16"


def test_utf32_with_bom() -> None:
    decoded = decode(ARTICLE.encode("utf-32"))
    assert (decoded.text, decoded.encoding) == (ARTICLE, "utf-32")


def test_windows_1252_is_detected_and_reported() -> None:
    decoded = decode("Café “quoted” text – here.".encode("cp1252"))
    assert decoded.text == "Café “quoted” text – here."
    assert decoded.encoding == "windows-1252"
    assert decoded.note is not None and "Windows-1252" in decoded.note


def test_latin1_bytes_undefined_in_windows_1252_fall_back_to_latin1() -> None:
    decoded = decode(b"Caf\xe9 \x81 text")
    assert decoded.encoding == "latin-1"
    assert decoded.text == "Café \x81 text"
    assert decoded.note is not None


def test_crlf_is_kept_in_the_text_and_left_out_of_paragraphs() -> None:
    text = decode(b"First.\r\nSecond.\r\n").text
    assert text == "First.\r\nSecond.\r\n"
    assert paragraphs(text) == ["First.", "Second."]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n  ", "whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(1, 9)) * 50, "binary"),
    ],
)
def test_unusable_input_raises_one_clear_sentence(data: bytes, words: str) -> None:
    with pytest.raises(InputError) as info:
        decode(data)
    message = str(info.value)
    assert words in message
    assert "\n" not in message


def test_read_article_errors_for_missing_path_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_article(tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        read_article(empty)


def test_read_article_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    fake = io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    assert read_article("-").text == ARTICLE


def test_paragraphs_are_non_blank_lines_with_trimmed_offsets() -> None:
    text = "  One para.  \n\n\t\nTwo para.\n   \nThree."
    got = split_paragraphs(text)
    assert [text[p.start : p.end] for p in got] == ["One para.", "Two para.", "Three."]
    assert [p.index for p in got] == [0, 1, 2]


def test_markdown_headings_rules_and_front_matter_are_not_paragraphs() -> None:
    text = (
        "---\ntitle: Floods\nauthor: X\n---\n"
        "# Floods in the north\n"
        "Rivers rose *fast* on **Monday**.\n"
        "***\n"
        "## Aftermath\n"
        "Setext heading\n"
        "==============\n"
        "Roads were closed.\n"
    )
    assert paragraphs(text) == ["Rivers rose *fast* on **Monday**.", "Roads were closed."]


def test_title_from_front_matter_or_first_line_heading() -> None:
    assert find_title("# Floods in the north\nText.") == "Floods in the north"
    assert find_title('---\ntitle: "Floods"\n---\nText.') == "Floods"
    assert find_title("Just text.\n# Late heading") is None


def test_normalise_and_hash_identify_the_same_article_across_newlines() -> None:
    lf = "Line one.\nLine two.\n"
    crlf = "Line one.\r\nLine two.\r\n"
    decomposed = "Cafe\u0301.\n"
    assert normalise(crlf) == normalise(lf) == "Line one.\nLine two."
    assert sha256_of(lf) == sha256_of(crlf)
    assert sha256_of("Café.") == sha256_of(decomposed)
    assert article_id(sha256_of(lf)) == sha256_of(lf)[:12]


def test_five_megabyte_article_decodes_and_splits() -> None:
    paragraph = "The minister said the U.S. plan was fine. " * 20 + "\n"
    data = (paragraph * (5_000_000 // len(paragraph))).encode("utf-8")
    text = decode(data).text
    found = split_paragraphs(text)
    assert len(found) == text.count("\n")
    assert text[found[-1].start : found[-1].end] == paragraph.strip()


def test_random_bytes_without_nul_are_still_binary() -> None:
    import random

    rng = random.Random(7)
    data = bytes(rng.randrange(1, 256) for _ in range(4000))
    with pytest.raises(InputError, match="binary"):
        decode(data)
