"""Fixtures of the use-case tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.usecases.refreshkit import Env


@pytest.fixture
def env(profile: Path) -> Iterator[Env]:
    """The services on a fresh profile, with two fetching threads (a module may ask for more)."""
    e = Env(profile, max_workers=2)
    yield e
    e.close()
