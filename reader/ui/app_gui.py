"""Starting the window: arguments, logging, the single-instance lock, theme and language, error
hooks, then the event loop. ``reader.app.main`` calls :func:`run_gui`.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from reader import paths as paths_module
from reader.ui import font_warmup

if TYPE_CHECKING:
    from reader.instance import InstanceLock
    from reader.ui.crash import ErrorReporter
    from reader.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class EarlyLog(logging.Handler):
    """Holds the start-up's log records until the log file is opened after the first frame.

    ``logging.handlers`` (the rotating file handler) and what it imports (socket, pickle,
    queue) cost about 5 ms before the window could show; a warning or worse opens the file at
    once, and :meth:`install` replays everything held.
    """

    def __init__(self, log_file: Path) -> None:
        super().__init__(logging.DEBUG)
        self.log_file = log_file
        self.records: list[logging.LogRecord] = []
        self.installed = False
        root = logging.getLogger()
        level = logging.DEBUG if os.environ.get("BROADSHEET_DEBUG") else logging.INFO
        if root.level == logging.NOTSET or root.level > level:
            root.setLevel(level)
        root.addHandler(self)

    def emit(self, record: logging.LogRecord) -> None:
        """Keep ``record`` (open the log file now when it is a warning or worse)."""
        self.records.append(record)
        if (
            record.levelno >= logging.WARNING
            and threading.current_thread() is threading.main_thread()
        ):
            self.install()

    def install(self) -> None:
        """Open the rotating log file and write the records held so far (idempotent)."""
        if self.installed:
            return
        self.installed = True
        from reader.logs import setup_logging  # after the first frame: start-up time

        logging.getLogger().removeHandler(self)
        handler = setup_logging(self.log_file)  # never fails: stderr when the file cannot open
        records, self.records = self.records, []
        for record in records:
            handler.handle(record)


def run_gui(args: list[str], *, gc_paused: bool = False) -> int:
    """Open the window (``broadsheet [--profile DIR] [FILE_OR_URL...]``); returns the exit status.

    ``gc_paused``: the caller turned the garbage collector off for the start-up; it is turned
    on again after the window's first frame (or at once when there is none)."""
    if not gc_paused:
        return run(args)
    try:
        return run(args, resume_gc=gc.enable)
    finally:
        gc.enable()


SWITCH_INTERVAL_S = 0.001
"""How often Python threads hand each other the GIL (see :func:`tune_threads`)."""


def tune_threads() -> None:
    """Let threads hand the GIL to each other every 1 ms instead of 5: with the refresh's
    threads busy, the GUI thread then waits far less for its turn (bench/ui_latency.py: p99 gap
    16 ms instead of 21, longest 25-81 ms instead of 73-89)."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def _phase(name: str) -> None:
    """bench/startup.py: say when a start-up phase ended (its per-phase timer)."""
    if os.environ.get("BROADSHEET_BENCH_STARTUP"):
        print("phase", name, time.time(), flush=True)


GC_RESUME_MS = 2000
"""The garbage collector paused for the start-up runs again after the first frame, or after
this long when the window starts hidden (only the tray icon) and never paints."""


def run(args: list[str], resume_gc: Callable[[], None] | None = None) -> int:
    """Open the window and run until it closes; returns the exit status. ``resume_gc`` is
    called after the window's first frame (see :func:`run_gui`)."""
    _phase("python+qt imports")
    tune_threads()
    profile, rest = paths_module.split_args(args)
    paths = paths_module.resolve(profile).ensure()
    early_log = EarlyLog(paths.log_file)
    try:
        return _run(paths, rest, args, early_log, resume_gc)
    finally:
        early_log.install()


def _run(
    paths: paths_module.Paths,
    rest: list[str],
    args: list[str],
    early_log: EarlyLog,
    resume_gc: Callable[[], None] | None = None,
) -> int:
    app = _make_app()
    try:
        return _run_app(app, paths, rest, args, early_log, resume_gc)
    finally:
        font_warmup.finish()  # before the application object goes


def _run_app(
    app: QApplication,
    paths: paths_module.Paths,
    rest: list[str],
    args: list[str],
    early_log: EarlyLog,
    resume_gc: Callable[[], None] | None = None,
) -> int:
    from reader.ui import themes
    from reader.ui.main_window import MainWindow

    _phase("ui imports")
    log.info("starting the window (profile data %s)", paths.data)
    reporter = _start_app(app, paths)
    _phase("application, theme, language")
    try:  # the hooks go back even when no window opens (the profile in use)
        lock = _lock_profile(paths)
        if lock is None:
            return 1
        window = _open_window(paths)
        if window is None:
            lock.release()
            return 1
        _phase("window built")
        if os.environ.get("BROADSHEET_BENCH_STARTUP"):  # bench/startup.py
            from reader.ui.startup_probe import FirstPaint

            FirstPaint(window)
        windows = [window]

        def reopen() -> None:  # after a repaired database: a fresh window on the same profile
            again = MainWindow(paths)
            again.reopen_requested.connect(reopen)
            again.show()
            windows.append(again)

        _offer_recovery_when_damaged(paths, windows, reporter, reopen)
        window.reopen_requested.connect(reopen)
        window.first_frame.connect(early_log.install)
        window.first_frame.connect(themes.confirm_desktop_scheme)
        QTimer.singleShot(GC_RESUME_MS, themes.confirm_desktop_scheme)  # started hidden: no frame
        if resume_gc is not None:
            window.first_frame.connect(resume_gc)
            QTimer.singleShot(GC_RESUME_MS, resume_gc)  # started hidden: no frame comes
        window.show_at_start()  # the window, or only the tray icon ("start hidden")
        _phase("show")
        if rest:  # files or addresses to open (the desktop entry's %u)
            from reader.opener import classify_open_args

            requests = classify_open_args(args)
            QTimer.singleShot(0, lambda: window.subscriptions.open_requests(requests))
        status = int(app.exec())
    finally:
        reporter.uninstall()
    lock.release()
    log.info("window closed (status %d)", status)
    _exit_now_if_threads_linger(status)
    return status


def _offer_recovery_when_damaged(
    paths: paths_module.Paths,
    windows: list[MainWindow],
    reporter: ErrorReporter,
    reopen: Callable[[], None],
) -> None:
    """Say the start-up notices once, and make damage met while reading bring the same
    recovery offer as damage found at start."""
    from reader import notices

    told = notices.take()  # a damaged settings file kept aside, a moved obstacle: said once
    if told:
        QTimer.singleShot(0, lambda: windows[0].show_status(" — ".join(told), 30000))

    def on_damaged(words: str) -> None:
        current = windows[-1]
        if current.closed:
            return
        from reader.ui.recovery_ui import offer_recovery

        offer_recovery(paths.database, current.release_database, current, reopen, words)
        current.close()

    reporter.damaged.connect(on_damaged)  # in the GUI thread, outside the failed call


def _make_app() -> QApplication:
    """The application object, made before the window's modules load: from then on the font
    warm-up thread fills Qt's font database while they do (see :mod:`font_warmup`)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # Fusion from the start, chosen by Qt itself: asking for it from Python would build
        # QStyle's Python type before the first frame (see themes.use_clear_edges).
        app = QApplication([sys.argv[0] if sys.argv else "broadsheet", "-style", "fusion"])
    font_warmup.start()
    return app


def _start_app(app: QApplication, paths: paths_module.Paths) -> ErrorReporter:
    """The application's names, error hooks, theme and language (before any widget exists, so
    no widget gets a palette change)."""
    from reader.settings import load_settings
    from reader.ui import i18n, themes
    from reader.ui.crash import ErrorReporter

    app.setApplicationName("Broadsheet")
    app.setOrganizationName("Broadsheet")
    app.setDesktopFileName("io.github.broadsheet.Broadsheet")  # the desktop entry's id
    reporter = ErrorReporter(paths.log_file, app)
    reporter.install()
    settings = load_settings(paths.settings_file)
    themes.apply_theme(app, settings.reading_mode, clear_edges=False)  # those after 1st frame
    app.setProperty(themes.THEME_APPLIED, True)
    i18n.install_language(app, settings.language)
    return reporter


def _lock_profile(paths: paths_module.Paths) -> InstanceLock | None:
    """The same lock as the command line's writing commands, so neither writes under the
    other; None (said in a message box) when it cannot be taken."""
    from reader import instance
    from reader.errors import ReaderError
    from reader.ui import widgets

    try:
        return instance.acquire(paths.data)
    except instance.ReadOnlyFolderError:  # nobody can write there: read without the lock
        return instance.InstanceLock(paths.data / instance.LOCK_NAME, None)
    except ReaderError as exc:
        already = isinstance(exc, instance.AlreadyRunningError)
        widgets.critical(
            None,
            "Broadsheet",
            QCoreApplication.translate(
                "ErrorReporter", "Broadsheet is already running with this profile."
            )
            if already
            else str(exc),
            str(paths.data),
        )
        return None


def _open_window(paths: paths_module.Paths) -> MainWindow | None:
    """The window on the profile (repairing a damaged database first when the user agrees);
    None when it cannot be opened (said in a message box)."""
    from reader.errors import DamagedDatabase, StoreError
    from reader.ui import widgets
    from reader.ui.main_window import MainWindow

    try:
        try:
            return MainWindow(paths)
        except DamagedDatabase as exc:
            from reader.ui.recovery_ui import repair

            log.exception("the database is damaged")
            if not repair(paths.database, str(exc)):
                return None
            return MainWindow(paths)
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
        return None


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
