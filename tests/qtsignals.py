"""``qtbot.waitSignal`` for signals emitted in another thread (the window's worker, a download).

PySide6 calls a plain Python callable connected to a signal in the thread that emits it.
pytest-qt's :class:`~pytestqt.wait_signal.SignalBlocker` connects its own method, so a signal of
the worker (a QObject living in the worker's QThread) ran the blocker in the worker thread: it
stopped the blocker's timeout QTimer, which lives in the GUI thread, from there ("QObject::
killTimer: Timers cannot be stopped from another thread", refused by Qt), and when the test went
on before the worker thread let go of the blocker, the blocker's QEventLoop and its still active
QTimer were destroyed in the worker thread ("QObject::~QObject: Timers cannot be stopped from
another thread"): a test that failed only under load (pytest-dev/pytest-qt#649).

:class:`GuiThreadSignalBlocker` receives the signal through a QObject of the GUI thread, which
Qt queues to that thread when the signal comes from another one (and calls at once when it is
emitted in the GUI thread, as before): the blocker's state, its timer and its last reference
stay in the thread that made them. :func:`install` makes ``qtbot.waitSignal`` use it.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Callable
from typing import Any

import pytest
import pytestqt.qtbot
from PySide6.QtCore import QObject
from pytestqt.wait_signal import SignalBlocker


class _Receiver(QObject):
    """A QObject of the thread that made it: PySide6 runs its methods, when connected to a
    signal, in that thread (queued when the signal is emitted in another one)."""

    def __init__(self, deliver: Callable[..., None]) -> None:
        super().__init__()
        # Weak: a cycle blocker <-> receiver would leave the blocker to the garbage collector,
        # which may run in any thread and destroy the blocker's QTimer there.
        self._deliver = weakref.WeakMethod(deliver)

    def receive(self, *args: Any) -> None:
        """The connected signal's arguments, in this object's thread."""
        deliver = self._deliver()
        if deliver is not None:
            deliver(*args)


class GuiThreadSignalBlocker(SignalBlocker):  # type: ignore[misc]
    """pytest-qt's SignalBlocker, told of its signals in the thread that waits for them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._receiver = _Receiver(self._quit_loop_by_signal)

    def connect(self, signal: Any) -> None:
        """Like SignalBlocker.connect, through the GUI thread's receiver."""
        self.signal_name = self.determine_signal_name(potential_signal_tuple=signal)
        actual = self.get_signal_from_potential_signal_tuple(signal)
        actual.connect(self._receiver.receive)
        self._signals.append(actual)

    def _cleanup(self) -> None:
        # SignalBlocker._cleanup disconnects its own method, never connected here.
        self._signals, signals = [], self._signals
        super()._cleanup()
        for signal in signals:
            with contextlib.suppress(TypeError, RuntimeError):  # gone with its sender
                signal.disconnect(self._receiver.receive)


def install(monkeypatch: pytest.MonkeyPatch) -> None:
    """``qtbot.waitSignal`` makes a :class:`GuiThreadSignalBlocker` (until ``monkeypatch``
    undoes it)."""
    assert pytestqt.qtbot.SignalBlocker is SignalBlocker, "pytest-qt changed: see this module"
    monkeypatch.setattr(pytestqt.qtbot, "SignalBlocker", GuiThreadSignalBlocker)
