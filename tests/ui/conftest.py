"""Fixtures of the ui tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui import i18n, themes
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


@pytest.fixture(autouse=True)
def _process_wide_look(qapp: QApplication) -> Iterator[None]:
    """The interface language and the reading theme belong to the run's one QApplication, as
    they belong to the app's process: what a test changed (a window given French or dark,
    app_gui's start and its "theme applied" mark) is given back after it, so each test starts
    as it would alone. French left by test_main_window's restart test once failed
    test_i18n's English welcome page when that ran next."""
    mode = themes.current_mode()
    yield
    if i18n.current_language() != "en":
        i18n.install_language(qapp, "en")
    if themes.current_mode() != mode:
        themes.apply_theme(qapp, mode)
    if qapp.property(themes.THEME_APPLIED) is not None:
        qapp.setProperty(themes.THEME_APPLIED, None)
