"""Fixtures of the ui tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.helperkit import Parts, build_parts


@pytest.fixture
def parts(qtbot: QtBot, profile: Path) -> Iterator[Parts]:
    """The real collaborators of the window's helpers, without a MainWindow (see helperkit)."""
    yield from build_parts(qtbot, profile)
