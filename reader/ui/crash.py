"""Unexpected exceptions: logged with their traceback, shown once in a dialog with the log's path.

``sys.excepthook`` covers the GUI thread (PySide6 routes exceptions raised in slots there) and
``threading.excepthook`` every other thread; the dialog always opens in the GUI thread. The app
keeps running: the dialog is informative, never fatal.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from reader.core.redact import redact_text
from reader.errors import DamagedDatabase
from reader.ui import widgets

log = logging.getLogger(__name__)


class ErrorReporter(QObject):
    """Receives exceptions from any thread and shows one dialog at a time in the GUI thread."""

    reported = Signal(str)
    """An unexpected error's summary, from the thread that met it."""
    found_damage = Signal(str)
    """The database damaged (words), from the thread that met it: :attr:`damaged` follows."""
    damaged = Signal(str)
    """The database turned out damaged while in use (words): offer recovery, not an
    "unexpected error" (issue 9.6). Emitted in the GUI thread, on a later turn of its loop."""

    def __init__(self, log_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.shown: list[str] = []
        """Summaries already shown (each one once per session)."""
        self._open = False
        self.show_dialogs = True
        """Tests turn this off and read :attr:`shown`."""
        self.reported.connect(self._on_reported_soon)
        self.found_damage.connect(self._on_damage_soon)
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook

    def install(self) -> None:
        """Become ``sys.excepthook`` and ``threading.excepthook``."""
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        """Put the previous hooks back."""
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook

    def _excepthook(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, value, tb)
            return
        if isinstance(value, DamagedDatabase):
            log.error("the database is damaged", exc_info=(kind, value, tb))
            self.found_damage.emit(str(value))
            return
        log.error("unexpected error", exc_info=(kind, value, tb))
        self.reported.emit(_summary(kind, value))

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        if isinstance(args.exc_value, DamagedDatabase):
            self.found_damage.emit(str(args.exc_value))
            return
        name = args.thread.name if args.thread is not None else "?"
        log.error(
            "unexpected error in thread %s",
            name,
            exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
        )
        self.reported.emit(_summary(args.exc_type, args.exc_value))

    @Slot(str)
    def _on_reported_soon(self, summary: str) -> None:
        """In the GUI thread (a report from another thread is queued to it), on the event
        loop's next turn: the hook that reported may be inside Qt's own call into Python.

        Not a queued connection: its ``Qt.ConnectionType`` would build all of Qt's enums
        before the window's first frame (start-up time)."""
        QTimer.singleShot(0, lambda: self._on_reported(summary))

    @Slot(str)
    def _on_damage_soon(self, words: str) -> None:
        """Like :meth:`_on_reported_soon`, for damage: :attr:`damaged` on the next turn."""
        QTimer.singleShot(0, lambda: self.damaged.emit(words))

    def _on_reported(self, summary: str) -> None:
        if summary in self.shown or self._open:
            return
        self.shown.append(summary)
        if not self.show_dialogs:
            return
        self._open = True
        try:
            parent = _active_window()
            widgets.critical(
                parent,
                QCoreApplication.translate("ErrorReporter", "Broadsheet: unexpected error"),
                QCoreApplication.translate(
                    "ErrorReporter",
                    "Something went wrong, but Broadsheet keeps running. "
                    "The details are in the log file:",
                )
                + f"\n{self.log_path}",
                summary,
            )
        finally:
            self._open = False


def _summary(kind: type[BaseException], value: BaseException | None) -> str:
    text = "".join(traceback.format_exception_only(kind, value)).strip()
    return widgets.one_line(redact_text(text), 300)  # an address in it keeps its secrets


def _active_window() -> QWidget | None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app.activeWindow()
    return None
