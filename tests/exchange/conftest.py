"""Fixtures of the exchange tests: the shipped schema and a validator built on it."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import jsonschema
import pytest


@pytest.fixture
def schema() -> dict[str, Any]:
    text = resources.files("store").joinpath("export.schema.json").read_text("utf-8")
    return json.loads(text)


@pytest.fixture
def validate(schema: dict[str, Any]):
    """validate(instance, "claim"|"claimLine"|"claimReview"|None): raise if invalid."""

    def check(instance: Any, definition: str | None = None) -> None:
        target = (
            schema
            if definition is None
            else {
                "$schema": schema["$schema"],
                "$defs": schema["$defs"],
                "$ref": f"#/$defs/{definition}",
            }
        )
        jsonschema.Draft202012Validator(target, format_checker=jsonschema.FormatChecker()).validate(
            instance
        )

    return check
