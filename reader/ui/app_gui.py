"""Starting the window: arguments, logging, the single-instance lock, theme and language, error
hooks, then the event loop. ``reader.app.main`` calls this through ``main_window.run_gui``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QLockFile, QTimer
from PySide6.QtWidgets import QApplication

from reader import paths as paths_module

log = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="broadsheet", add_help=False)
    parser.add_argument("--profile", metavar="DIR")
    return parser


def run(args: list[str]) -> int:
    """Open the window and run until it closes; returns the exit status."""
    from reader.cli import setup_logging
    from reader.errors import StoreError
    from reader.opener import classify_open_args
    from reader.settings import load_settings
    from reader.ui import i18n, themes, widgets
    from reader.ui.crash import ErrorReporter
    from reader.ui.main_window import MainWindow

    known, _rest = _parser().parse_known_args(args)
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
    window.show()
    requests = classify_open_args(args)
    if requests:
        QTimer.singleShot(0, lambda: window.handle_open_requests(requests))
    if os.environ.get("BROADSHEET_QUIT_WHEN_SHOWN"):  # bench/startup.py
        QTimer.singleShot(0, window.close)
    status = app.exec()
    reporter.uninstall()
    lock.unlock()
    log.info("window closed (status %d)", status)
    return int(status)
