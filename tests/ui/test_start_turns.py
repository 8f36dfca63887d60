"""The window's work after its first frame runs one step per event-loop turn (issues 10 and 14):
:func:`run_in_turns`, and the window filled and started at the end, or stopped when it closes
before then."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from reader.ui.feed_tree import ALL
from reader.ui.first_paint import run_in_turns
from tests.ui.windowkit import unstarted_window


def test_steps_run_one_per_turn_in_order_then_done(qtbot: QtBot) -> None:
    ran: list[str] = []
    context = QObject()
    run_in_turns(
        [lambda: ran.append("a"), lambda: ran.append("b"), lambda: ran.append("c")],
        context,
        done=lambda: ran.append("done"),
    )
    assert ran == ["a"]  # the others wait for later turns of the event loop
    qtbot.waitUntil(lambda: "done" in ran, timeout=5000)
    assert ran == ["a", "b", "c", "done"]


def test_no_step_runs_once_cancelled_or_once_the_context_is_gone(qtbot: QtBot) -> None:
    ran: list[str] = []
    stop = [False]
    context = QObject()
    run_in_turns(
        [lambda: stop.__setitem__(0, True), lambda: ran.append("after the stop")],
        context,
        cancelled=lambda: stop[0],
        done=lambda: ran.append("done"),
    )
    gone = QObject()
    run_in_turns([lambda: None, lambda: ran.append("after the context")], gone)
    shiboken6.delete(gone)  # e.g. the window destroyed
    qtbot.wait(100)
    assert ran == []


def test_a_step_that_fails_does_not_stop_the_others(qtbot: QtBot) -> None:
    ran: list[str] = []

    def fails() -> None:
        raise ValueError("a step failed")

    context = QObject()
    steps = [lambda: ran.append("a"), fails, lambda: ran.append("c")]
    with qtbot.capture_exceptions() as errors:
        run_in_turns(steps, context, done=lambda: ran.append("done"))
        qtbot.waitUntil(lambda: "done" in ran, timeout=5000)
    assert [type(e[1]) for e in errors] == [ValueError]
    assert ran == ["a", "c", "done"]


def test_the_window_says_when_its_start_up_work_is_done_with_everything_filled(
    qtbot: QtBot, profile: Path
) -> None:
    window = unstarted_window(qtbot, profile)
    try:
        with qtbot.waitSignal(window.started, timeout=10_000):
            window.resize(1200, 800)
            window.show()
        assert window.started_up and window.is_ready
        assert [feed.title for feed in window.feed_model.feeds()] == ["Somewhere"]
        assert window.feed_tree.current_selection() == ALL
        assert window.reading.made is not None
        assert window.panes.counts_reads >= 1
    finally:
        window.close()


def test_a_window_closed_during_its_start_up_work_does_no_more_of_it(
    qtbot: QtBot, profile: Path
) -> None:
    window = unstarted_window(qtbot, profile)
    started: list[bool] = []
    window.started.connect(lambda: started.append(True))
    window.resize(1200, 800)
    window.show()
    with qtbot.waitSignal(window.first_frame, timeout=10_000):
        pass  # the first step runs in this turn, the others are due on later ones
    reads = window.panes.counts_reads
    with qtbot.capture_exceptions() as errors:
        window.close()  # closes the store; the steps still due must not read it
        qtbot.wait(300)
    assert errors == []
    assert started == [] and not window.started_up
    assert window.panes.counts_reads == reads
