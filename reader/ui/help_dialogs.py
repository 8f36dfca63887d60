"""The Help menu's dialogs: the keyboard shortcuts table and About (the version and where the
profile's data is)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader import __version__
from reader.ui import widgets


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: a two-column table."""

    def __init__(self, shortcuts: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(460, 520)
        layout = QVBoxLayout(self)
        table = QTableWidget(len(shortcuts), 2)
        table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Action")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setShowGrid(False)
        for row, (keys, action) in enumerate(shortcuts):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(action))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        self.table = table
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_shortcuts(rows: list[tuple[str, str]], parent: QWidget | None) -> None:
    """Help > Keyboard shortcuts: ``rows`` of (keys, what they do)."""
    ShortcutsDialog(rows, parent).exec()


def show_help(
    what: str, data: Path, shortcuts: list[tuple[str, str]], parent: QWidget | None
) -> None:
    """Help > About (``what == "about"``) or Help > Keyboard shortcuts."""
    if what == "about":
        show_about(data, parent)
    else:
        show_shortcuts(shortcuts, parent)


def show_about(data: Path, parent: QWidget | None) -> None:
    """Help > About: the version and where the profile's data is."""
    # The window's strings, in its translation context.
    widgets.information(
        parent,
        QCoreApplication.translate("MainWindow", "About Broadsheet"),
        QCoreApplication.translate("MainWindow", "Broadsheet %1, a desktop news reader.").replace(
            "%1", __version__
        ),
        QCoreApplication.translate("MainWindow", "Data: %1").replace("%1", str(data)),
    )
