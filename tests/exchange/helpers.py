"""Hand-made review states shared by the exchange tests.

The article is built by hand (not by `extract`) so the sources, countries and quotes
the filter tests rely on do not move when the extraction rules improve.
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

from extract.model import ArticleInfo, Claim, Country, Extraction, Paragraph, Quote, Source
from extract.text import article_id, sha256_of
from store import Library
from store.records import ArticleState, Event, Evidence

SENTENCES = (
    "The ministry said 40 people were deported to Kosovo.",
    "Zoë Brandt, a spokeswoman, said “nobody was forced onto the buses”.",
    "Officials in Serbia denied the report.",
    "The weather was cold that week.",
)
TEXT = " ".join(SENTENCES)


def _extraction(text: str = TEXT, title: str | None = "Deportations") -> Extraction:
    claims = []
    pos = 0
    for i, sentence in enumerate(SENTENCES):
        start = text.index(sentence, pos)
        pos = start + len(sentence)
        claims.append(
            Claim(id=f"c{i + 1}", index=i, paragraph=0, start=start, end=pos, text=sentence)
        )
    quote_text = "nobody was forced onto the buses"
    q_start = text.index(quote_text)
    claims[0] = replace(claims[0], sources=("s1",), countries=("XK",))
    claims[1] = replace(claims[1], sources=("s2",), quotes=("q1",))
    claims[2] = replace(claims[2], sources=("s3",), countries=("RS",))
    sha = sha256_of(text)
    return Extraction(
        text=text,
        article=ArticleInfo(
            id=article_id(sha), title=title, sha256=sha, chars=len(text), words=len(text.split())
        ),
        paragraphs=(Paragraph(0, 0, len(text)),),
        claims=tuple(claims),
        sources=(
            Source("s1", "Interior Ministry", "organization", ("the ministry",)),
            Source("s2", "Zoë Brandt", "person", ("a spokeswoman",)),
            Source("s3", "Serbian officials", "group", ("Officials in Serbia",)),
        ),
        countries=(Country("XK", "Kosovo"), Country("RS", "Serbia")),
        quotes=(Quote("q1", q_start, q_start + len(quote_text), quote_text, "s2", ("c2",)),),
    )


def reviewed_state() -> ArticleState:
    """The hand-made article with a few verdicts, a note, evidence and an undo."""
    state = ArticleState.from_extraction(
        _extraction(),
        origin="https://news.example.org/deportations",
        added_at="2026-11-01T08:00:00.000000Z",
        meta={"outlet": "Example News", "language": "en"},
    )
    evidence = Evidence("https://example.org/report", "url", "2026-11-01T09:02:00.000000Z", "ana")
    events = (
        Event(1, "c1", "status", "unreviewed", "confirmed", "ana", "2026-11-01T09:00:00.000000Z"),
        Event(2, "c1", "note", "", "checked the register", "ana", "2026-11-01T09:01:00.000000Z"),
        Event(3, "c1", "evidence", None, evidence.to_json(), "ana", "2026-11-01T09:02:00.000000Z"),
        Event(4, "c3", "status", "unreviewed", "denied", "ana", "2026-11-01T09:03:00.000000Z"),
        Event(5, "c2", "status", "unreviewed", "unconfirmed", "ana", "2026-11-01T09:04:00.000000Z"),
        Event(6, "c4", "status", "unreviewed", "denied", "ana", "2026-11-01T09:05:00.000000Z"),
        Event(7, "c4", "status", "denied", "unreviewed", "ana", "2026-11-01T09:06:00.000000Z", 6),
    )
    claims = list(state.claims)
    claims[0] = replace(
        claims[0], status="confirmed", note="checked the register", evidence=(evidence,)
    )
    claims[1] = replace(claims[1], status="unconfirmed")
    claims[2] = replace(claims[2], status="denied")
    return replace(state, claims=tuple(claims), events=events)


def plain_state() -> ArticleState:
    """A second, unreviewed article without an origin URL or outlet."""
    text = "Nothing happened in Reykjavík today. Residents said so."
    sha = sha256_of(text)
    extraction = Extraction(
        text=text,
        article=ArticleInfo(article_id(sha), None, sha, len(text), len(text.split())),
        paragraphs=(Paragraph(0, 0, len(text)),),
        claims=(
            Claim("c1", 0, 0, 0, 36, text[:36], countries=("IS",)),
            Claim("c2", 1, 0, 37, len(text), text[37:]),
        ),
        sources=(),
        countries=(Country("IS", "Iceland"),),
        quotes=(),
    )
    return ArticleState.from_extraction(
        extraction, origin="/home/ana/notes.txt", added_at="2026-10-01T00:00:00.000000Z"
    )


class StateLibrary:
    """The read side of `store.Library` over states held in memory (export tests only)."""

    def __init__(self, *states: ArticleState) -> None:
        self.states = {s.id: s for s in states}

    def articles(self) -> tuple[Any, ...]:
        return tuple(self.states.values())

    def resolve(self, ref: str) -> str:
        matches = [i for i in self.states if i.startswith(ref)]
        if len(matches) != 1:
            raise KeyError(ref)
        return matches[0]

    def load(self, article_id: str) -> ArticleState:
        return self.states[article_id]


SEED = Path(__file__).resolve().parents[2] / "seeds" / "balkans-deportations.txt"


def open_library(path: Path) -> Library:
    return Library.open(path)


def add_hand_article(library: Library) -> str:
    """The hand-made article (fixed sources and countries) in a real library."""
    summary, _ = library.ingest_extraction(
        _extraction(),
        origin="https://news.example.org/deportations",
        meta={"outlet": "Example News"},
    )
    return summary.id


def library_bytes(path: Path) -> dict[str, bytes]:
    """Every library file's bytes (lock files aside: they only say who had them open)."""
    return {
        str(p.relative_to(path)): p.read_bytes()
        for p in sorted(path.rglob("*"))
        if p.is_file() and not p.name.endswith(".lock")
    }


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@cache
def export_schema() -> dict[str, Any]:
    """The schema as the package ships it (package data, not a path into the repo)."""
    text = resources.files("store").joinpath("export.schema.json").read_text("utf-8")
    return json.loads(text)


def validate_instance(instance: Any, definition: str | None = None) -> None:
    """Raise unless `instance` is a valid export (or one of its `$defs`)."""
    schema = export_schema()
    target = (
        schema
        if definition is None
        else {
            "$schema": schema["$schema"],
            "$defs": schema["$defs"],
            "$ref": f"#/$defs/{definition}",
        }
    )
    jsonschema.Draft202012Validator(target).validate(instance)


def checked(text: str, fmt: str = "json") -> str:
    """`text` after validating it as the export format `fmt` says it is."""
    if fmt == "json":
        validate_instance(json.loads(text))
    elif fmt == "jsonl":
        for line in text.splitlines():
            validate_instance(json.loads(line), "claimLine")
    else:
        for review in json.loads(text):
            validate_instance(review, "claimReview")
    return text
