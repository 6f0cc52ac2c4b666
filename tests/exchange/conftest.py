"""Fixtures of the exchange tests: a validator built on the shipped export schema."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from .helpers import validate_instance


@pytest.fixture
def validate() -> Callable[..., None]:
    """validate(instance, "claim"|"claimLine"|"claimReview"|None): raise if invalid."""
    return validate_instance
