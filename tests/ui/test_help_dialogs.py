"""The Help menu's dialogs: the shortcuts table and About, each shown and closed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reader import __version__
from reader.ui.help_dialogs import ShortcutsDialog, show_about, show_help


def test_shortcuts_are_a_two_column_table(qtbot: QtBot) -> None:
    dialog = ShortcutsDialog([("J", "Next article"), ("Ctrl+R", "Refresh")])
    qtbot.addWidget(dialog)
    table = dialog.table
    cells = [[table.item(r, c).text() for c in range(2)] for r in range(table.rowCount())]
    assert cells == [["J", "Next article"], ["Ctrl+R", "Refresh"]]


def _close_box(seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    seen.append(box.text() + "\n" + box.informativeText() + "\n" + box.detailedText())
    box.accept()


def test_about_names_the_version_and_the_data_folder(qtbot: QtBot, tmp_path: Path) -> None:
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _close_box(seen))
    show_about(tmp_path, None)
    assert len(seen) == 1 and __version__ in seen[0] and str(tmp_path) in seen[0]


def test_help_shows_the_shortcuts_unless_about_is_asked(qtbot: QtBot, tmp_path: Path) -> None:
    shown: list[int] = []

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ShortcutsDialog)
        shown.append(dialog.table.rowCount())
        dialog.reject()

    QTimer.singleShot(0, close)
    show_help("shortcuts", tmp_path, [("J", "Next article")], None)
    assert shown == [1]
