"""Starting the window: arguments, logging, the single-instance lock, theme and language, error
hooks, then the event loop. ``reader.app.main`` calls this through ``main_window.run_gui``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLockFile, QObject, QTimer
from PySide6.QtWidgets import QApplication

from reader import paths as paths_module

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="broadsheet", add_help=False)
    parser.add_argument("--profile", metavar="DIR")
    return parser


class _FirstPaint(QObject):
    """bench/startup.py: print when the window first painted and when its list was filled,
    then close it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.pending = {"shown", "filled"}
        window.installEventFilter(self)
        window.article_model.modelReset.connect(lambda: self._mark("filled"))

    def _mark(self, what: str) -> None:
        if what in self.pending:
            self.pending.discard(what)
            print(what, time.time(), flush=True)
            if not self.pending:
                QTimer.singleShot(0, self.window.close)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.window:
            self._mark("shown")
        return False


def run(args: list[str]) -> int:
    """Open the window and run until it closes; returns the exit status."""
    from reader.cli import setup_logging
    from reader.errors import StoreError
    from reader.settings import load_settings
    from reader.ui import i18n, themes, widgets
    from reader.ui.crash import ErrorReporter
    from reader.ui.main_window import MainWindow

    known, rest = _parser().parse_known_args(args)
    paths = paths_module.resolve(known.profile).ensure()
    setup_logging(paths.log_file)
    log.info("starting the window (profile data %s)", paths.data)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "broadsheet"])
    app.setApplicationName("Broadsheet")
    app.setOrganizationName("Broadsheet")
    app.setDesktopFileName("broadsheet")
    reporter = ErrorReporter(paths.log_file, app)
    reporter.install()
    settings = load_settings(paths.settings_file)
    themes.apply_theme(app, settings.reading_mode)
    i18n.install_language(app, settings.language)
    lock = QLockFile(str(paths.data / "broadsheet.lock"))
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        widgets.critical(
            None,
            "Broadsheet",
            QCoreApplication.translate(
                "ErrorReporter", "Broadsheet is already running with this profile."
            ),
            str(paths.data),
        )
        return 1
    try:
        try:
            window = MainWindow(paths)
        except StoreError as exc:
            if "damaged" not in str(exc):
                raise
            from reader.ui.recovery_ui import repair

            log.exception("the database is damaged")
            if not repair(paths.database, str(exc)):
                lock.unlock()
                return 1
            window = MainWindow(paths)
    except StoreError as exc:
        log.exception("cannot open the database")
        widgets.critical(
            None,
            "Broadsheet",
            QCoreApplication.translate(
                "ErrorReporter", "The database could not be opened; nothing was changed."
            ),
            f"{exc}\n{paths.database}",
        )
        lock.unlock()
        return 1
    if os.environ.get("BROADSHEET_BENCH_STARTUP"):  # bench/startup.py
        _FirstPaint(window)
    windows = [window]

    def reopen() -> None:  # after a repaired database: a fresh window on the same profile
        again = MainWindow(paths)
        again.reopen_requested.connect(reopen)
        again.show()
        windows.append(again)

    window.reopen_requested.connect(reopen)
    window.show()
    if rest:  # files or addresses to open (the desktop entry's %u)
        from reader.opener import classify_open_args

        requests = classify_open_args(args)
        QTimer.singleShot(0, lambda: window.handle_open_requests(requests))
    status = int(app.exec())
    reporter.uninstall()
    lock.unlock()
    log.info("window closed (status %d)", status)
    _exit_now_if_threads_linger(status)
    return status


def _exit_now_if_threads_linger(status: int) -> None:
    """Quit at once when fetches cancelled at close are still waiting on the network.

    Everything is saved and closed by now (settings, both database connections; cache writes
    are atomic), but Python would wait for those threads up to their fetch deadline (~30 s),
    keeping a process without a window alive.
    """
    lingering = [
        t.name
        for t in threading.enumerate()
        if t is not threading.main_thread() and t.is_alive() and not t.daemon
    ]
    if not lingering:
        return
    log.info("exiting without waiting for %s", ", ".join(lingering))
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
