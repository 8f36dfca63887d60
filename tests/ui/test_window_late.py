"""The window's parts the first frame does not show (reader.ui.window_late): made right after
it, or at once when asked for before it; a window closed before its first frame needs none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import SIGNAL
from pytestqt.qtbot import QtBot

from reader.paths import resolve
from reader.settings import load_settings
from reader.ui.main_window import LATE_PARTS
from tests.ui.windowkit import unstarted_window, wait_ready


def test_the_late_parts_are_made_right_after_the_first_frame(qtbot: QtBot, profile: Path) -> None:
    window = unstarted_window(qtbot, profile)
    try:
        assert not window.is_ready
        assert LATE_PARTS.isdisjoint(vars(window))  # none made for the first frame
        with qtbot.waitSignal(window.ready, timeout=10_000):
            window.resize(1200, 800)
            window.show()
        assert window.is_ready and set(vars(window)) >= LATE_PARTS
        # Wired as before: the status bar holds the refresh's progress, the menu refreshes.
        assert window.refreshing.progress.parent() is not None
        assert window.actions_["refresh"].receivers(SIGNAL("triggered(bool)")) > 0
        assert window.a11y.frame.parent() is window
    finally:
        window.close()


def test_a_late_part_asked_for_before_the_first_frame_is_made_at_once(
    qtbot: QtBot, profile: Path
) -> None:
    window = unstarted_window(qtbot, profile)
    try:
        worker = window.worker  # never shown: made on this first use
        assert window.is_ready and worker is window.host.worker
        window.show()
        wait_ready(qtbot, window)
        assert window.worker is worker  # made once
    finally:
        window.close()


def test_a_window_closed_before_its_first_frame_saves_without_late_parts(
    qtbot: QtBot, profile: Path
) -> None:
    window = unstarted_window(qtbot, profile)
    window.close()
    assert LATE_PARTS.isdisjoint(vars(window))  # no worker started only to be stopped
    assert window.closed
    assert "geometry" in load_settings(resolve(profile).settings_file).window
