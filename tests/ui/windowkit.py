"""Helpers for the main-window tests: open a window on a profile, wait for the worker."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.paths import resolve
from reader.ui.main_window import MainWindow

TIMEOUT = 20_000


@contextmanager
def open_window(qtbot: QtBot, profile: Path, **options: object) -> Iterator[MainWindow]:
    """A shown MainWindow on ``profile`` whose worker is running; closed afterwards."""
    window = MainWindow(resolve(profile), start_worker=False, **options)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.worker.started, timeout=TIMEOUT):
        window.host.start()
    window.resize(1200, 800)
    window.show()
    try:
        yield window
    finally:
        if window.isVisible() or window.host.worker_thread.isRunning():
            window.close()


def subscribe(qtbot: QtBot, window: MainWindow, url: str) -> None:
    """Subscribe through the window and wait for the worker's answer."""
    with qtbot.waitSignal(window.worker.subscribed, timeout=TIMEOUT):
        window.subscriptions.subscribe(url)


def refresh(qtbot: QtBot, window: MainWindow) -> object:
    """Refresh every feed and wait until it finished; returns the summary."""
    with qtbot.waitSignal(window.worker.refresh_finished, timeout=TIMEOUT) as blocker:
        window.refreshing.refresh_all()
    return blocker.args[0] if blocker.args else None


def titles(window: MainWindow) -> list[str]:
    """The titles listed in the article list, in order."""
    model = window.article_model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]
