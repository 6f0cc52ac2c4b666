"""Bundled seed articles: the text a first run of claimdesk opens.

Shipped as package data so a plain ``pip install .`` finds them at run time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib.resources import files


@dataclass(frozen=True, slots=True)
class Seed:
    """One bundled article and the metadata that travels with it."""

    name: str
    text: str
    title: str | None
    outlet: str | None
    published: str | None


def default_seed() -> Seed:
    """The article a first run ingests into an empty library."""
    return load_seed("balkans-deportations")


def load_seed(name: str) -> Seed:
    """Read a bundled seed article and its metadata by file stem."""
    root = files(__name__)
    text = root.joinpath(f"{name}.txt").read_text(encoding="utf-8")
    meta = json.loads(root.joinpath(f"{name}.json").read_text(encoding="utf-8"))
    return Seed(
        name=name,
        text=text,
        title=meta.get("title"),
        outlet=meta.get("outlet"),
        published=meta.get("published"),
    )
