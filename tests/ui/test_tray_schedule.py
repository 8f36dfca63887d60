"""The scheduled refresh while the window is hidden, across a suspend and clock jumps: the
real RefreshStatus with the real panes and worker host, the clocks replaced by a hand-driven
pair (the only way to sleep for hours in a test)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from reader.core.refresh_results import RefreshSummary
from reader.settings import Settings
from reader.ui import refresh_status
from reader.ui.refresh_status import RefreshStatus
from tests.ui.helperkit import Parts


class Clocks:
    """A monotonic clock and a wall clock moved by the test."""

    def __init__(self) -> None:
        self.mono = 1000.0
        self.wall = 1_800_000_000.0

    def awake(self, seconds: float) -> None:
        """Time passes with the machine running: both clocks move."""
        self.mono += seconds
        self.wall += seconds

    def asleep(self, seconds: float, *, seen: bool) -> None:
        """A suspend: the wall clock moves; the monotonic one only where it counts sleep."""
        self.wall += seconds
        if seen:
            self.mono += seconds


@pytest.fixture
def clocks(monkeypatch: pytest.MonkeyPatch) -> Clocks:
    c = Clocks()
    monkeypatch.setattr(refresh_status, "clock", lambda: c.mono)
    monkeypatch.setattr(refresh_status, "wall_clock", lambda: c.wall)
    return c


def _scheduled(qtbot: QtBot, parts: Parts, minutes: int = 15) -> tuple[RefreshStatus, list[object]]:
    status = RefreshStatus(parts.panes, parts.host, parts.actions)
    qtbot.addWidget(status.progress)
    qtbot.addWidget(status.cancel_button)
    parts.panes.reload_tree()
    status.settings_changed(Settings().with_changes(refresh_interval_min=minutes))
    status.on_worker_started()
    asked: list[object] = []
    parts.host.request_refresh.connect(asked.append)
    return status, asked


def _finish(status: RefreshStatus) -> None:
    status.on_refresh_finished(RefreshSummary())


def test_the_schedule_runs_while_the_window_is_hidden(
    qtbot: QtBot, parts: Parts, clocks: Clocks
) -> None:
    parts.top.hide()  # the helpers' window is not shown: the timer does not care
    status, asked = _scheduled(qtbot, parts)
    clocks.awake(14 * 60)
    status.check_now()
    assert asked == []
    clocks.awake(60)
    status.check_now()
    assert asked == [None]


@pytest.mark.parametrize("seen", [True, False], ids=["boottime", "monotonic-stops"])
def test_a_refresh_due_during_sleep_runs_once_on_wake(
    qtbot: QtBot, parts: Parts, clocks: Clocks, monkeypatch: pytest.MonkeyPatch, seen: bool
) -> None:
    monkeypatch.setattr(refresh_status, "CLOCK_SEES_SLEEP", seen)
    status, asked = _scheduled(qtbot, parts)
    clocks.awake(60)
    status.check_now()
    clocks.asleep(8 * 3600, seen=seen)  # 32 intervals missed
    clocks.awake(1)
    status.check_now()
    assert asked == [None]
    _finish(status)
    for _ in range(5):  # the ticks after the wake refresh nothing more
        clocks.awake(30)
        status.check_now()
    assert asked == [None]
    clocks.awake(15 * 60)
    status.check_now()
    assert asked == [None, None]


def test_a_wall_clock_jump_alone_changes_nothing_where_the_clock_sees_sleep(
    qtbot: QtBot, parts: Parts, clocks: Clocks, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(refresh_status, "CLOCK_SEES_SLEEP", True)
    status, asked = _scheduled(qtbot, parts)
    clocks.wall += 5 * 3600  # the user set the clock forward
    status.check_now()
    clocks.wall -= 10 * 3600  # and far back
    clocks.awake(60)
    status.check_now()
    assert asked == []


def test_a_backward_jump_never_delays_the_schedule(
    qtbot: QtBot, parts: Parts, clocks: Clocks, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(refresh_status, "CLOCK_SEES_SLEEP", False)
    status, asked = _scheduled(qtbot, parts)
    clocks.wall -= 24 * 3600
    clocks.awake(15 * 60)
    status.check_now()
    assert asked == [None]
