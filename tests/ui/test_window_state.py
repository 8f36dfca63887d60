"""The window's saved state round-trips through real widgets, without a MainWindow."""

from __future__ import annotations

import base64

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter
from pytestqt.qtbot import QtBot

from reader.settings import Settings
from reader.ui.feed_tree import Selection
from reader.ui.window_state import WindowState, saved_selection
from tests.ui.helperkit import Parts


def _state(qtbot: QtBot, parts: Parts) -> tuple[WindowState, QSplitter]:
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(QLabel("a"))
    splitter.addWidget(QLabel("b"))
    qtbot.addWidget(splitter)
    header = parts.panes.article_list.horizontalHeader()
    show_feeds = parts.actions["show_feeds"]
    return WindowState(parts.top, splitter, header, show_feeds, parts.panes.feed_tree), splitter


def test_state_round_trips(qtbot: QtBot, parts: Parts) -> None:
    parts.panes.reload_tree()
    assert parts.panes.feed_tree.select(Selection("feed", parts.blog.id))
    state, splitter = _state(qtbot, parts)
    splitter.resize(400, 100)
    splitter.setSizes([120, 280])
    parts.actions["show_feeds"].setChecked(False)
    sizes = splitter.sizes()
    saved = state.save()
    assert saved["show_feeds"] == "0"
    assert saved_selection(saved) == Selection("feed", parts.blog.id)
    parts.actions["show_feeds"].setChecked(True)
    splitter.setSizes([300, 100])
    assert splitter.sizes() != sizes
    state.restore(saved)
    assert not parts.actions["show_feeds"].isChecked()
    assert splitter.sizes() == sizes


def test_a_broken_state_is_skipped(qtbot: QtBot, parts: Parts) -> None:
    state, _splitter = _state(qtbot, parts)
    state.restore({"geometry": "%%%not base64", "splitter": "", "list_header": "AAAA"})
    assert parts.actions["show_feeds"].isChecked()
    assert saved_selection({"selection": "feed:x"}) is None


def test_a_geometry_qt_refuses_gets_the_first_start_layout(qtbot: QtBot, parts: Parts) -> None:
    """Qt refuses a geometry written by another platform plugin or damaged on disk; the window
    is then sized as on a first start, not left at Qt's default of a few hundred pixels."""
    state, _splitter = _state(qtbot, parts)
    parts.top.resize(200, 100)
    state.first_start(Settings())
    first = parts.top.geometry()
    assert first.width() > 200
    wrong_magic = bytes.fromhex("01d9d0cc0003") + bytes(60)
    one_pixel = bytes.fromhex("01d9d0cb0003") + b"\xff" * 20  # Qt takes it for a 1x1 window
    for damaged in (wrong_magic, one_pixel):
        parts.top.resize(200, 100)
        state.restore({"geometry": base64.b64encode(damaged).decode()}, Settings())
        assert parts.top.geometry() == first


def test_a_good_geometry_is_restored_not_replaced(qtbot: QtBot, parts: Parts) -> None:
    state, _splitter = _state(qtbot, parts)
    parts.top.resize(520, 410)
    saved = state.save()
    parts.top.resize(300, 200)
    state.restore(saved, Settings())
    assert (parts.top.width(), parts.top.height()) == (520, 410)
