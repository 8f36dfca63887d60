"""Smoke mode: drive the real window once and exit, to test a built bundle (or a checkout).

Set ``BROADSHEET_SMOKE`` before the app starts and call :func:`arm_from_env` first thing (the
bundle's launcher, ``packaging/broadsheet_launcher.py``, does). Modes:

- ``show``: print ``smoke: window shown`` as soon as the main window is on screen, then exit 0
  (``bench/bundle_startup.py`` times this).
- ``open-first`` (or ``1``): wait for the article list to fill, select the first article, wait
  until the article pane's text contains ``BROADSHEET_SMOKE_EXPECT`` (or any text when unset),
  print the pane's text between ``smoke: article text begin`` / ``end`` lines and how many of
  the article's images the view could serve from the cache (``smoke: images served N of M``;
  a bundle without Qt's JPEG plugin serves none), exit 0.
- ``pane``: select nothing; wait until the article pane's text contains
  ``BROADSHEET_SMOKE_EXPECT`` (what the window shows after opening a file with the app), print
  it the same way, exit 0.

Either mode exits 1 after ``BROADSHEET_SMOKE_TIMEOUT`` seconds (default 60) and prints what it
saw. It also prints whether the app's resources (icons) are where :mod:`reader.resources` looks,
and the window's title and layout direction (a translated, mirrored window shows the .qm files
were found).

The mode hooks ``QApplication.exec``: when the app enters its event loop, the window it built is
on screen, and a :class:`SmokeDriver` takes that built window from there, so the window starts
exactly as it does for a user (the window knows nothing of smoke tests).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTextBrowser, QWidget

from reader.ui.lazy_qt import Qt

log = logging.getLogger(__name__)

ENV = "BROADSHEET_SMOKE"
ENV_EXPECT = "BROADSHEET_SMOKE_EXPECT"
ENV_TIMEOUT = "BROADSHEET_SMOKE_TIMEOUT"
POLL_MS = 50
IMAGE_WAIT_S = 3.0
_STARTED = time.monotonic()


def _say(line: str) -> None:
    print(f"smoke: {line}", flush=True)


class SmokeDriver(QObject):
    """Polls a built window's state from the GUI thread's event loop and steps through the mode
    (it finds the article list and view by their object names, as a user finds them by eye)."""

    def __init__(
        self, window: QWidget, app: QApplication, mode: str, expect: str, timeout_s: float
    ) -> None:
        super().__init__(app)
        self.window = window
        self.app = app
        self.mode = "open-first" if mode in ("1", "open-first", "true", "yes") else mode
        self.expect = expect
        self.deadline = time.monotonic() + timeout_s
        self.code: int | None = None
        self.step = "window"
        self.last_text = ""
        self.images_deadline = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        """Begin polling."""
        _check_resources()
        self.timer.start()

    def _on_timer_timeout(self) -> None:
        try:
            self._poll()
        except Exception as exc:  # a smoke test reports, it never hangs
            log.exception("smoke driver failed")
            self._finish(1, f"driver error: {type(exc).__name__}: {exc}")

    def _poll(self) -> None:
        if time.monotonic() > self.deadline:
            self._finish(1, f"timed out at step {self.step!r}; pane text: {self.last_text[:500]!r}")
            return
        window = self.window
        if not window.isVisible():
            return
        if self.step == "window":
            _say(f"window shown after {time.monotonic() - _STARTED:.3f} s")
            _say(f"window title {window.windowTitle()!r}")
            rtl = self.app.layoutDirection() == Qt.LayoutDirection.RightToLeft
            _say(f"layout {'rtl' if rtl else 'ltr'}")
            if self.mode == "show":
                self._finish(0, "ok")
                return
            self.step = "article" if self.mode == "pane" else "list"
        article_list = window.findChild(QAbstractItemView, "articleList")
        view = window.findChild(QTextBrowser, "article_view")
        if article_list is None:
            self._finish(1, "the window has no article list")
            return
        if view is None:  # the article pane is made right after the first frame
            return
        self.last_text = view.toPlainText()
        if self.step == "list":
            model = article_list.model()
            if model is None or model.rowCount() == 0:
                return
            _say(f"article list has {model.rowCount()} rows")
            select_row: Callable[[int], None] | None = getattr(article_list, "select_row", None)
            if select_row is not None:
                select_row(0)
            else:
                article_list.setCurrentIndex(model.index(0, 0))
            self.step = "article"
            return
        text = self.last_text.strip()
        if self.step == "article" and text and (not self.expect or self.expect in text):
            _say("article text begin")
            print(text, flush=True)
            _say("article text end")
            if self.mode == "pane":
                self._finish(0, "ok")
                return
            # Images are loaded when the view lays the article out: give that a moment.
            self.step = "images"
            self.images_deadline = time.monotonic() + IMAGE_WAIT_S
            return
        if self.step == "images":
            log_ = getattr(view, "resource_log", [])
            images = [served for address, served in log_ if address.startswith("cache:")]
            if images or time.monotonic() > self.images_deadline:
                _say(f"images served {sum(images)} of {len(images)}")
                self._finish(0, "ok")

    def _finish(self, code: int, words: str) -> None:
        self.timer.stop()
        self.code = code
        _say(f"{'passed' if code == 0 else 'FAILED'}: {words}")
        for widget in self.app.topLevelWidgets():
            widget.close()
        QTimer.singleShot(0, lambda: QApplication.exit(code))


def main_window(app: QApplication) -> QWidget | None:
    """The app's main window (found by its object name: this module never imports it)."""
    for widget in app.topLevelWidgets():
        if widget.objectName() == "mainWindow":
            return widget
    return None


def _check_resources() -> None:
    from reader.resources import resource_dir, resource_path

    icon = resource_path("icons", "broadsheet-256.png")
    _say(f"resources {resource_dir()} {'ok' if icon.is_file() else 'MISSING'}")


def arm(mode: str, *, expect: str = "", timeout_s: float = 60.0) -> None:
    """Run ``mode`` once the app enters its event loop; ``exec`` then returns the smoke's code."""
    original: Any = QApplication.exec
    state: dict[str, SmokeDriver] = {}

    def exec_with_smoke() -> int:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return int(original())
        window = main_window(app)
        if window is None:
            _say("FAILED: no main window when the event loop started")
            return 1
        driver = SmokeDriver(window, app, mode, expect, timeout_s)
        state["driver"] = driver
        QTimer.singleShot(0, driver.start)
        result = int(original())
        return driver.code if driver.code is not None else result

    # exec is static in PySide6: app.exec() and QApplication.exec() both call it without self.
    QApplication.exec = staticmethod(exec_with_smoke)  # type: ignore[method-assign]


def arm_from_env() -> bool:
    """Arm the smoke mode when ``BROADSHEET_SMOKE`` is set; True when it was."""
    mode = os.environ.get(ENV, "").strip().lower()
    if not mode or mode in ("0", "false", "no"):
        return False
    if mode not in ("1", "true", "yes", "open-first", "show", "pane"):
        print(f"{ENV}={mode!r}: unknown mode (use show, open-first or pane)", file=sys.stderr)
        return False
    try:
        timeout_s = float(os.environ.get(ENV_TIMEOUT, "60"))
    except ValueError:
        timeout_s = 60.0
    arm(mode, expect=os.environ.get(ENV_EXPECT, ""), timeout_s=timeout_s)
    return True
