"""``qtbot.waitSignal`` on a signal emitted in another thread (the worker's QThread, a download's
Python thread) hears it in the GUI thread, so the wait's timer is stopped in its own thread
(tests/qtsignals.py). Before, the blocker ran in the emitting thread: "QObject::killTimer:
Timers cannot be stopped from another thread", and under load "QObject::~QObject: Timers cannot
be stopped from another thread" when the blocker died there."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QThread, QTimer, Signal
from pytestqt.logging import QtLoggingPlugin
from pytestqt.qtbot import QtBot

from reader.ui.worker import Worker
from reader.ui.worker_host import WorkerHost
from tests.ui.windowkit import TIMEOUT


def where() -> str:
    """The current thread's name (the QThread's, else Python's)."""
    return QThread.currentThread().objectName() or threading.current_thread().name


def _wrong_thread_timers(qtlog: QtLoggingPlugin) -> list[str]:
    return [r.message for r in qtlog.records if "Timers cannot be" in r.message]


class _Echo(QObject):
    """Answers in the thread it lives in, or from a Python thread of its own."""

    asked = Signal()
    answered = Signal(str)

    def __init__(self, from_python_thread: bool) -> None:
        super().__init__()
        self._from_python_thread = from_python_thread
        self.asked.connect(self._answer)

    def _answer(self) -> None:
        def say() -> None:
            self.answered.emit(where())

        if self._from_python_thread:  # as a download's thread reports through the worker
            thread = threading.Thread(target=say, name="echo-python")
            thread.start()
            thread.join()
        else:
            say()


@pytest.fixture
def echo_thread() -> Iterator[QThread]:
    thread = QThread()
    thread.setObjectName("echo-qthread")
    thread.start()
    yield thread
    thread.quit()
    assert thread.wait(TIMEOUT)


@pytest.mark.parametrize("from_python_thread", [False, True], ids=["qthread", "python-thread"])
def test_a_signal_from_another_thread_ends_the_wait_in_the_gui_thread(
    qtbot: QtBot, qtlog: QtLoggingPlugin, echo_thread: QThread, from_python_thread: bool
) -> None:
    echo = _Echo(from_python_thread)
    echo.moveToThread(echo_thread)
    heard: list[str] = []

    def record(_name: str) -> bool:
        heard.append(where())
        return True

    with qtbot.waitSignal(echo.answered, timeout=TIMEOUT, check_params_cb=record) as answer:
        # Asked once the wait runs: its timeout timer is active when the answer comes.
        QTimer.singleShot(0, echo.asked.emit)
    assert answer.args == ["echo-python" if from_python_thread else "echo-qthread"]
    assert heard == [where()]
    assert _wrong_thread_timers(qtlog) == []


def test_a_signal_of_the_gui_thread_still_ends_the_wait_at_once(qtbot: QtBot) -> None:
    echo = _Echo(False)  # lives in the GUI thread: the blocker is called during emit
    with qtbot.waitSignal(echo.answered, timeout=TIMEOUT) as answer:
        echo.asked.emit()
        assert answer.signal_triggered
    assert answer.args == [where()]


def test_waiting_for_the_worker_started_signal(
    qtbot: QtBot, qtlog: QtLoggingPlugin, tmp_path: Path
) -> None:
    worker = Worker(tmp_path / "db.sqlite3", tmp_path / "cache", cpu_factory=lambda: None)
    host = WorkerHost(worker)
    heard: list[str] = []

    def record() -> bool:
        heard.append(where())
        return True

    try:
        with qtbot.waitSignal(worker.started, timeout=TIMEOUT, check_params_cb=record):
            host.start()
        assert heard == [where()]
    finally:
        assert host.shutdown()
    assert _wrong_thread_timers(qtlog) == []
