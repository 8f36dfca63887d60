"""A damaged database found at start (RELIABILITY S5): say so, and offer to recover what is
readable or to restore the latest backup. Nothing is ever started empty over the user's data:
the damaged file is moved aside by :mod:`reader.store.recovery`, never deleted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QToolBar, QWidget

from reader.errors import ReaderError
from reader.store import recovery
from reader.ui import widgets
from reader.ui.lazy_qt import Qt

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


class Recovery(QObject):
    """Repairs one damaged database: asks, then recovers or restores it.

    Receives only what it uses: the database path, a function that lets go of every connection
    to it (``release``), and the widget its dialogs belong to. It reports through signals and
    never reaches into a window.
    """

    status = Signal(str)
    """What was done, in words (also shown in a dialog)."""
    reopen_requested = Signal()
    """The database was repaired: a new window may open on it."""

    def __init__(
        self,
        database: Path,
        release: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self._release = release
        self._parent = parent

    def handle_damaged(self, words: str) -> bool:
        """Damage was found while the database is in use: let it go, repair, and ask for a
        new window (``reopen_requested``) when it can be opened again."""
        if self._release is not None:
            self._release()
        repaired = self.repair(words)
        if repaired:
            self.reopen_requested.emit()
        return repaired

    def repair(self, words: str) -> bool:
        """Ask, then recover or restore the database; True when it can be opened again."""
        backups = recovery.list_backups(self.database)
        choice = ask(self._parent, words, backups[0] if backups else None)
        if choice == QUIT:
            return False
        try:
            if choice == RESTORE:
                recovery.restore_backup(self.database, backups[0])
                message = QCoreApplication.translate("Recovery", "The latest backup was restored.")
            else:
                message = saved_words(recovery.recover(self.database))
        except (ReaderError, OSError) as exc:
            log.exception("recovery failed")
            widgets.critical(
                self._parent,
                "Broadsheet",
                QCoreApplication.translate("Recovery", "The database could not be repaired."),
                exc,
            )
            return False
        log.warning("database %s: %s", choice, message)
        self.status.emit(message)
        widgets.information(self._parent, "Broadsheet", message)
        return True


def offer_recovery(
    database: Path,
    release: Callable[[], None],
    parent: QWidget,
    reopen: Callable[[], None],
    words: str,
) -> bool:
    """Damage met while ``parent``'s window uses the database: let it go (``release``), offer
    the repair, and call ``reopen`` when a new window can open on it."""
    flow = Recovery(database, release, parent)
    flow.reopen_requested.connect(reopen)
    return flow.handle_damaged(words)


def saved_words(report: recovery.RecoveryReport) -> str:
    """What a recovery saved, table by table, and where the damaged file was kept."""
    translate = QCoreApplication.translate
    # Plain names as counts: lupdate drops a translate() call whose count is an expression.
    articles = report.rows.get("articles", 0)
    feeds, folders = report.rows.get("feeds", 0), report.rows.get("folders", 0)
    marks = report.rows.get("article_state", 0)
    message = translate(
        "Recovery", "Recovered %n articles. The damaged file was kept as %1.", "", articles
    ).replace("%1", str(report.damaged_copy))
    counts = (
        translate("Recovery", "%n subscriptions", "", feeds),
        translate("Recovery", "%n folders", "", folders),
        translate("Recovery", "%n articles", "", articles),
        translate("Recovery", "%n read or starred marks", "", marks),
    )
    saved = translate("Recovery", "Saved: %1, %2, %3, %4.")
    for number, words in enumerate(counts, 1):
        saved = saved.replace(f"%{number}", words)
    return f"{message}\n{saved}"


def repair(database: Path, words: str, parent: QWidget | None = None) -> bool:
    """Ask, then recover or restore ``database``; True when it can be opened again (at start,
    before any window holds it)."""
    return Recovery(database, None, parent).repair(words)


def limited_banner(reason: str) -> QToolBar:
    """The banner of a window that can only read (a full disk, a read-only profile)."""
    bar = QToolBar()
    bar.setObjectName("limitedBanner")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setVisible(False)
    label = widgets.PlainLabel()
    label.setObjectName("limitedBannerText")
    label.setWordWrap(True)
    label.setContentsMargins(8, 4, 8, 4)
    words = (
        QCoreApplication.translate("Recovery", "The disk is full: Broadsheet can only read.")
        if reason.startswith("the disk is full")
        else QCoreApplication.translate(
            "Recovery", "This profile is read-only: Broadsheet can only read, nothing is saved."
        )
    )
    label.setText(words)
    bar.addWidget(label)
    return bar
