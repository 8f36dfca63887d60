"""A damaged database found at start (RELIABILITY S5): say so, and offer to recover what is
readable or to restore the latest backup. Nothing is ever started empty over the user's data:
the damaged file is moved aside by :mod:`reader.store.recovery`, never deleted.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from reader.errors import ReaderError
from reader.ui import widgets

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

log = logging.getLogger(__name__)

RECOVER, RESTORE, QUIT = "recover", "restore", "quit"


def ask(parent: QWidget | None, words: str, backup: Path | None) -> str:
    """Ask what to do with the damaged database: RECOVER, RESTORE (when a backup exists) or QUIT."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle("Broadsheet")
    box.setText(
        QCoreApplication.translate(
            "Recovery", "Broadsheet's database is damaged. What should be done?"
        )
    )
    detail = widgets.clean_text(words)
    if backup is not None:
        when = datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        detail += "\n\n" + QCoreApplication.translate(
            "Recovery", "The latest backup is from %1."
        ).replace("%1", when)
    box.setInformativeText(detail)
    # The detail holds the error's words and a path: plain text, never parsed as rich text.
    informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if informative is not None:
        informative.setTextFormat(Qt.TextFormat.PlainText)
    recover = box.addButton(
        QCoreApplication.translate("Recovery", "Recover what is readable"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    restore = (
        box.addButton(
            QCoreApplication.translate("Recovery", "Restore the latest backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        if backup is not None
        else None
    )
    box.addButton(QCoreApplication.translate("Recovery", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(recover)
    box.exec()
    clicked = box.clickedButton()
    if clicked is recover:
        return RECOVER
    if restore is not None and clicked is restore:
        return RESTORE
    return QUIT


def repair(database: Path, words: str, parent: QWidget | None = None) -> bool:
    """Ask, then recover or restore ``database``; True when it can be opened again."""
    from reader.store import recovery

    backups = recovery.list_backups(database)
    choice = ask(parent, words, backups[0] if backups else None)
    if choice == QUIT:
        return False
    try:
        if choice == RESTORE:
            recovery.restore_backup(database, backups[0])
            message = QCoreApplication.translate("Recovery", "The latest backup was restored.")
        else:
            report = recovery.recover(database)
            articles = report.rows.get("articles", 0)
            message = QCoreApplication.translate(
                "Recovery", "Recovered %n articles. The damaged file was kept as %1.", "", articles
            )
            message = message.replace("%1", str(report.damaged_copy))
    except (ReaderError, OSError) as exc:
        log.exception("recovery failed")
        widgets.critical(
            parent,
            "Broadsheet",
            QCoreApplication.translate("Recovery", "The database could not be repaired."),
            exc,
        )
        return False
    log.warning("database %s: %s", choice, message)
    widgets.information(parent, "Broadsheet", message)
    return True


def handle_damaged_database(window: MainWindow, words: str) -> bool:
    """The worker found the database damaged: stop using it, repair it, and ask for a new
    window on it (``reopen_requested``); the window closes either way."""
    window.release_database()
    repaired = repair(window.paths.database, words, window)
    if repaired:
        window.reopen_requested.emit()
    window.close()
    return repaired
