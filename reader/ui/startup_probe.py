"""What the window's start-up did by its first frame, said on stdout for bench/startup.py and
tests/ui/test_window_startup.py (only when ``BROADSHEET_BENCH_STARTUP`` is set)."""

from __future__ import annotations

import gc
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication

from reader.ui import font_warmup

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


HEAVY_MODULES = (
    *("requests", "urllib3", "lxml", "feedparser", "nh3", "readability", "defusedxml"),
    *("regex", "reader.ui.dialogs", "reader.ui.help_dialogs", "reader.cli.main"),
    *("reader.ui.settings_dialog", "reader.ui.general_settings"),
    *("reader.ui.window_late", "reader.ui.worker", "reader.ui.background", "reader.ui.tray"),
    *("reader.ui.notify", "reader.ui.sync_status", "reader.ui.subscriptions"),
    *("reader.core.rules", "reader.core.refresh_results", "reader.ui.control_style"),
    *("reader.core.feed_settings", "hashlib", "concurrent.futures"),
)
"""Never loaded before the window's first frame: the libraries only the worker needs, and ours
that only later work needs (the rules and their regex, the dialogs, Settings with its language
list in ``general_settings``, the command line, the refresh's dataclasses, the feeds' own
settings, the proxy style that redraws control edges, and the window's parts made right after
its first frame: reader.ui.window_late), and what only pictures need (hashlib, which loads
OpenSSL, and the decoders' thread pools)."""

HEAVY_TYPES = (
    *(("PySide6.QtWidgets", "QStyle"), ("PySide6.QtWidgets", "QWizard")),
    ("PySide6.QtGui", "QTextCursor"),
)
"""PySide6 types whose Python type is never built before the first frame: PySide6 builds one
(with all its enums) on first use, QStyle's ~45 M instructions (~10 ms). QWizard stands for
every QtWidgets class, which PySide6 builds the first time Python is handed a plain QWidget Qt
made (a scroll area's viewport: ~70 M instructions). QTextCursor: only a page with pictures
needs it (reader.ui.page_layout.fit_images)."""


def qt_enums_built() -> bool:
    """Whether ``QtCore.Qt``'s enums were built (see :mod:`reader.ui.lazy_qt`): with a profile
    that has feeds, not before the first frame (an empty one draws its tree's icons then)."""
    return "Qt" in vars(sys.modules["PySide6.QtCore"])


def _built_types() -> list[str]:
    """The HEAVY_TYPES built so far (PySide6 puts a type in its module's namespace then)."""
    return [name for module, name in HEAVY_TYPES if name in vars(sys.modules[module])]


class FirstPaint(QObject):
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
            if what == "shown":  # what the first frame had to load (tests/ui/test_window_startup)
                print("cpu", time.process_time(), flush=True)
                loaded = sorted(name for name in HEAVY_MODULES if name in sys.modules)
                print("heavy", ",".join(loaded) or "-", flush=True)
                print("types", ",".join(_built_types()) or "-", flush=True)
                print("qt-enums", int(qt_enums_built()), flush=True)
                print("rtl", int(QGuiApplication.isRightToLeft()), flush=True)
                print("qfont", int("QFont" in vars(sys.modules["PySide6.QtGui"])), flush=True)
                print("store-class", int("reader.store.db" in sys.modules), flush=True)
                print("font-warmup", int(font_warmup.started()), flush=True)
            print("gc", what, int(gc.isenabled()), flush=True)  # paused until the first frame
            print(what, time.time(), flush=True)
            if not self.pending:
                QTimer.singleShot(0, self.window.close)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.window and "shown" in self.pending:
            # The window's Paint comes before its children's: the frame is whole a turn later.
            QTimer.singleShot(0, lambda: self._mark("shown"))
        return False
