"""Fixtures of the ui tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui import i18n
from tests.ui.helperkit import Parts, build_parts


@pytest.fixture
def parts(qtbot: QtBot, profile: Path) -> Iterator[Parts]:
    """The real collaborators of the window's helpers, without a MainWindow (see helperkit)."""
    yield from build_parts(qtbot, profile)


@pytest.fixture(autouse=True, scope="session")
def _english(qapp: QApplication) -> None:
    """The interface language as the app installs it at start (app_gui): English has a
    translation too, for its plural forms ("1 feed", "2 feeds")."""
    i18n.install_language(qapp, "en")
