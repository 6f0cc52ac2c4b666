"""Turning bytes into article text, and article text into paragraphs.

Offsets everywhere in claimdesk index the decoded text exactly (no newline
translation), so decoding here is the only place the input is changed: a BOM is
dropped and bytes become code points; nothing else.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterator
from itertools import islice
from typing import TYPE_CHECKING

from extract.errors import InputError
from extract.lazy_re import lazy
from extract.model import Paragraph
from extract.record import Record

if TYPE_CHECKING:
    from pathlib import Path

try:  # the interpreter's own sha256: importing hashlib (OpenSSL) costs ~4 ms at start-up
    from _sha2 import sha256 as _sha256  # Python 3.12+
except ImportError:
    try:
        from _sha256 import sha256 as _sha256  # Python 3.11
    except ImportError:
        from hashlib import sha256 as _sha256

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Bytes undefined in Windows-1252; a file using them is read as Latin-1 instead.
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")
# Bytes 0x80-0xFF: a handful in Latin-1 prose (accents), most of a compressed file.
_HIGH_BYTES = bytes(range(0x80, 0x100))
_CONTROL_RE = lazy(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")


class Decoded(Record, frozen=True):
    """Decoded article text, the encoding used and a note for the user (or None)."""

    __slots__ = ("encoding", "note", "text")

    text: str
    encoding: str
    note: str | None

    def __init__(self, text: str, encoding: str, note: str | None = None) -> None:
        set_ = object.__setattr__
        set_(self, "text", text)
        set_(self, "encoding", encoding)
        set_(self, "note", note)


def decode(data: bytes) -> Decoded:
    """Decode article bytes: UTF-8 (±BOM), UTF-16 with BOM, else Windows-1252/Latin-1."""
    if not data:
        raise InputError("the article is empty")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as error:
                raise InputError(
                    f"the article starts with a {codec.upper()} byte order mark "
                    "but is not valid text in that encoding"
                ) from error
            name = "utf-8" if codec == "utf-8-sig" else codec
            return _checked(Decoded(text, name, None))
    if b"\x00" in data:
        raise InputError("the article looks like a binary file (it contains NUL bytes), not text")
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8", None))
    except UnicodeDecodeError:
        pass
    sample = data[:65536]
    if len(sample.translate(None, _HIGH_BYTES)) < len(sample) * 0.7:
        raise InputError("the article looks like a binary file (it is not text in any encoding)")
    if _CP1252_HOLES.isdisjoint(data):
        text, name = data.decode("cp1252"), "windows-1252"
    else:
        text, name = data.decode("latin-1"), "latin-1"
    note = f"the article is not valid UTF-8; it was read as {name.capitalize()}"
    return _checked(Decoded(text, name, note))


def _checked(decoded: Decoded) -> Decoded:
    """Refuse text that is blank or mostly control characters (a binary file)."""
    text = decoded.text
    if not text.strip():
        raise InputError("the article is empty (it contains only whitespace)")
    if "\x00" in text:
        raise InputError("the article looks like a binary file (it contains NUL bytes), not text")
    sample = text[:65536]
    controls = len(_CONTROL_RE.findall(sample))
    if controls and controls * 10 > len(sample):
        raise InputError(
            "the article looks like a binary file (mostly control characters), not text"
        )
    return decoded


def read_article(path_or_dash: str | Path) -> Decoded:
    """Read and decode an article from a path, or from stdin when given "-"."""
    if str(path_or_dash) == "-":
        return _decode_named(sys.stdin.buffer.read(), "standard input")
    try:  # the common case, without importing pathlib (~5 ms of `claimdesk extract`)
        with open(path_or_dash, "rb") as handle:
            data = handle.read()
    except (OSError, ValueError):
        return _read_path(path_or_dash)  # a directory, missing, unreadable: its message
    try:
        return decode(data)
    except InputError as error:
        from pathlib import Path  # the path as the user is shown it everywhere

        raise InputError(f"{Path(path_or_dash)}: {error}") from None


def _read_path(path_or_dash: str | Path) -> Decoded:
    """read_article's careful path: the file's name and errors as pathlib gives them."""
    from pathlib import Path

    path = Path(path_or_dash)
    if path.is_dir():
        raise InputError(f"{path} is a directory; give the path of an article file")
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise InputError(f"{path} does not exist") from error
    except PermissionError as error:
        raise InputError(f"{path} cannot be read (permission denied)") from error
    except OSError as error:
        raise InputError(f"{path} cannot be read ({error.strerror or error})") from error
    return _decode_named(data, str(path))


def _decode_named(data: bytes, name: str) -> Decoded:
    """decode(), with errors that say which input they are about."""
    try:
        return decode(data)
    except InputError as error:
        raise InputError(f"{name}: {error}") from None


def normalise(text: str) -> str:
    """The form an article is identified by: LF newlines, NFC, no outer whitespace."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def sha256_of(text: str) -> str:
    """Hex sha256 of the normalised text, so one article ingested twice is one article."""
    return _sha256(normalise(text).encode("utf-8")).hexdigest()


def article_id(sha256: str) -> str:
    """The short article id users type."""
    return sha256[:12]


_LINE_RE = lazy(r"[^\r\n]+")
_BREAK_RE = lazy(r"\r\n|\r|\n")
_HEADING_RE = lazy(r"[ ]{0,3}#{1,6}(?:[ \t]|$)")
_RULE_RE = lazy(r"[ ]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_SETEXT_RE = lazy(r"[ ]{0,3}(?:=+|-+)[ \t]*$")
_FRONT_OPEN = ("---", "+++")
_FRONT_MATTER_MAX = 200  # lines; a longer "front matter" is a rule and prose, not metadata
_FRONT_TITLE_RE = lazy(r"title\s*[:=]\s*(.+)", re.IGNORECASE)


def _iter_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line (LF, CRLF or CR ends a line), trimmed."""
    for m in _LINE_RE.finditer(text):
        s, e = m.span()
        line = text[s:e]
        stripped = line.strip()
        if not stripped:
            continue
        s2 = s + len(line) - len(line.lstrip())
        yield s2, s2 + len(stripped)


def _lines(text: str) -> list[tuple[int, int]]:
    return list(_iter_lines(text))


def _front_matter_end(text: str, lines: list[tuple[int, int]]) -> int:
    """Number of leading lines that are YAML/TOML front matter (0 if none)."""
    if not lines or lines[0][0] != 0:
        return 0
    first = text[lines[0][0] : lines[0][1]]
    if first not in _FRONT_OPEN:
        return 0
    for i in range(1, min(len(lines), _FRONT_MATTER_MAX)):
        line = text[lines[i][0] : lines[i][1]]
        if line == first or (first == "---" and line == "..."):
            return i + 1
    return 0


def split_paragraphs(text: str) -> list[Paragraph]:
    """Claim paragraphs: non-blank lines, minus Markdown headings, rules and front matter."""
    lines = _lines(text)
    skip = _front_matter_end(text, lines)
    kept: list[tuple[int, int]] = []
    prev_end = -1
    for s, e in lines[skip:]:
        # Work on the raw line start so Markdown's indentation limits hold.
        line_start = _line_start(text, s)
        raw = text[line_start:e]
        if _HEADING_RE.match(raw):
            prev_end = -1
            continue
        if _SETEXT_RE.match(raw) or _RULE_RE.match(raw):
            # "Title" underlined by === or --- on the very next line is a heading.
            if (
                _SETEXT_RE.match(raw)
                and kept
                and kept[-1][1] == prev_end
                and _adjacent(text, prev_end, line_start)
            ):
                kept.pop()
            prev_end = -1
            continue
        kept.append((s, e))
        prev_end = e
    return [Paragraph(i, s, e) for i, (s, e) in enumerate(kept)]


def _adjacent(text: str, prev_end: int, line_start: int) -> bool:
    """True when only one line break (and spaces) separate the two lines."""
    return len(_BREAK_RE.findall(text, prev_end, line_start)) == 1


def _line_start(text: str, pos: int) -> int:
    """Start of the line holding `pos` (which lies after at most the line's indentation)."""
    lo = pos
    while lo > 0 and text[lo - 1] not in "\r\n":
        lo -= 1
    return lo


def find_title(text: str) -> str | None:
    """A title the text itself gives: front matter `title:` or a first-line `# Heading`."""
    lines = list(islice(_iter_lines(text), _FRONT_MATTER_MAX + 1))
    skip = _front_matter_end(text, lines)
    for s, e in lines[1 : max(skip - 1, 1)]:
        m = _FRONT_TITLE_RE.match(text[s:e])
        if m:
            return m.group(1).strip().strip("\"'") or None
    if skip < len(lines):
        s, e = lines[skip]
        line_start = _line_start(text, s)
        raw = text[line_start:e]
        if _HEADING_RE.match(raw):
            title = raw.strip().lstrip("#").strip().rstrip("#").strip()
            return title or None
    return None
