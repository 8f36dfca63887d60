"""Helpers for the main-window tests: open a window on a profile, wait for the worker."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from reader.paths import resolve
from reader.ui.main_window import MainWindow

TIMEOUT = 20_000


@contextmanager
def open_window(qtbot: QtBot, profile: Path, **options: Any) -> Iterator[MainWindow]:
    """A shown MainWindow on ``profile`` whose worker is running; closed afterwards."""
    # Threads only (cpu_factory None) unless a test asks for the window's process pool.
    worker_options = {"cpu_factory": lambda: None}
    worker_options.update(options.pop("worker_options", {}) or {})  # type: ignore[call-overload]
    window = MainWindow(resolve(profile), start_worker=False, worker_options=worker_options)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    wait_ready(qtbot, window)
    with qtbot.waitSignal(window.worker.started, timeout=TIMEOUT):
        window.host.start()
    window.activateWindow()  # window shortcuts need the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
    try:
        yield window
    finally:
        if window.isVisible() or window.host.worker_thread.isRunning():
            window.close()


def unstarted_window(qtbot: QtBot, profile: Path) -> MainWindow:
    """A MainWindow (not shown, worker not started, no process pool) on ``profile`` with one
    feed on a dead address."""
    from reader.store.db import Store

    paths = resolve(profile).ensure()
    with Store(paths.database) as store:
        store.add_feed("http://127.0.0.1:9/feed.xml", "Somewhere")
    window = MainWindow(paths, start_worker=False, worker_options={"cpu_factory": lambda: None})
    qtbot.addWidget(window)
    return window


def wait_ready(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the shown window has made the parts it makes after its first frame (worker,
    helpers, tray: reader.ui.window_late) and filled its panes (one step per event-loop turn:
    ``started_up`` after the last)."""
    qtbot.waitUntil(lambda: window.started_up, timeout=TIMEOUT)


def subscribe(qtbot: QtBot, window: MainWindow, url: str) -> None:
    """Subscribe through the window and wait for the worker's answer."""
    before = len(window.feed_model.feeds())
    with qtbot.waitSignal(window.worker.subscribed, timeout=TIMEOUT):
        window.subscriptions.subscribe(url)
    # The signal reaches the window through its event loop: wait until it was handled.
    qtbot.waitUntil(lambda: len(window.feed_model.feeds()) > before, timeout=TIMEOUT)


def refresh(qtbot: QtBot, window: MainWindow) -> object:
    """Refresh every feed and wait until it finished; returns the summary."""
    with qtbot.waitSignal(window.worker.refresh_finished, timeout=TIMEOUT):
        window.refreshing.refresh_all()
    qtbot.waitUntil(lambda: not window.refreshing.running, timeout=TIMEOUT)
    return window.refreshing.last_summary


def titles(window: MainWindow) -> list[str]:
    """The titles listed in the article list, in order."""
    model = window.article_model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def settled(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the window's queued changes are in the store and their results handled."""
    qtbot.waitUntil(window.writes.idle, timeout=TIMEOUT)
