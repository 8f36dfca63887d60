"""Small comforts through the real widgets: F2 and Delete on the tree, Escape in the search field,
and undoing "Mark all read" with the status bar's button or Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.settings import Settings
from reader.ui.feed_tree import Selection
from reader.ui.navigation import Navigation
from tests.ui.helperkit import TIMEOUT, Parts


def _navigation(parts: Parts) -> Navigation:
    nav = Navigation(
        parts.panes,
        lambda: parts.view,
        lambda: parts.cache,
        parts.host,
        parts.writes,
        parts.actions,
        Settings(),
        parts.top,
    )
    parts.panes.article_model.pinned = nav.pending_state
    parts.actions["mark_all_read"].triggered.connect(nav.mark_all_read)  # as the window does
    parts.panes.reload_tree()
    return nav


def test_f2_renames_and_delete_removes_the_selected_feed_or_folder(
    qtbot: QtBot, parts: Parts
) -> None:
    _navigation(parts)
    tree = parts.panes.feed_tree
    asked: list[str] = []
    parts.actions["rename"].triggered.connect(lambda: asked.append("rename"))
    parts.actions["remove"].triggered.connect(lambda: asked.append("remove"))
    tree.select(Selection("feed", parts.news.id))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    tree.select(Selection("folder", parts.folder.id))
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    tree.select(Selection("smart", "all"))  # nothing to rename or remove here
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert asked == ["rename", "remove"]
    qtbot.keyClick(parts.panes.search, Qt.Key.Key_Delete)  # the search field keeps its Delete
    qtbot.keyClick(parts.panes.article_list, Qt.Key.Key_Delete)
    assert asked == ["rename", "remove"]


def test_escape_clears_the_search_and_the_list_follows(qtbot: QtBot, parts: Parts) -> None:
    _navigation(parts)
    search = parts.panes.search
    qtbot.keyClicks(search, "number 3")
    qtbot.waitUntil(lambda: len(parts.panes.article_model.ids()) == 1, timeout=TIMEOUT)
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""
    qtbot.waitUntil(lambda: len(parts.panes.article_model.ids()) == 4, timeout=TIMEOUT)


def test_mark_all_read_is_undone_by_the_status_bar_button(qtbot: QtBot, parts: Parts) -> None:
    nav = _navigation(parts)
    comforts = nav.views.comforts
    first = parts.store.article_ids()[0]
    parts.store.set_read([first])  # already read: stays read after the undo
    parts.panes.reload_counts()
    assert not comforts.undo_action.isEnabled()
    parts.actions["mark_all_read"].trigger()
    qtbot.waitUntil(parts.writes.idle, timeout=TIMEOUT)
    assert sum(parts.store.unread_counts().values()) == 0
    assert comforts.undo_button.isVisibleTo(parts.top) and comforts.undo_action.isEnabled()
    qtbot.mouseClick(comforts.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: parts.panes.unread_total == 3, timeout=TIMEOUT)
    assert parts.store.article(first).read
    assert not comforts.undo_button.isVisibleTo(parts.top)
    assert not comforts.undo_action.isEnabled()


def test_ctrl_z_undoes_mark_all_read_in_a_feed_only(qtbot: QtBot, parts: Parts) -> None:
    nav = _navigation(parts)
    parts.panes.feed_tree.select(Selection("feed", parts.blog.id))
    parts.actions["mark_all_read"].trigger()
    qtbot.waitUntil(parts.writes.idle, timeout=TIMEOUT)
    assert parts.store.unread_counts().get(parts.blog.id, 0) == 0
    parts.store.set_read(parts.store.article_ids(feed_id=parts.news.id))  # read elsewhere
    parts.top.setCentralWidget(parts.panes.middle)
    parts.top.show()
    qtbot.waitExposed(parts.top)
    parts.top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is parts.top, timeout=TIMEOUT)
    parts.panes.article_list.setFocus()
    qtbot.keyClick(parts.panes.article_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(parts.writes.idle, timeout=TIMEOUT)
    assert parts.store.unread_counts() == {parts.blog.id: 1}
    assert not nav.views.comforts.undo_action.isEnabled()
