"""Views through the real panes and store: sort orders (menu and header, remembered), unread only
in a feed, saved searches and tags as smart views in the tree, with counts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from reader.settings import Settings
from reader.ui.article_list import DATE, TITLE
from reader.ui.feed_tree import Selection
from reader.ui.navigation import Navigation
from reader.ui.smart_views import Views
from tests.ui.helperkit import TIMEOUT, Parts


def _views(parts: Parts) -> Views:
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
    return nav.views


def _titles(parts: Parts) -> list[str]:
    return [parts.store.article(i).title for i in parts.panes.article_model.ids()]


def test_sort_menu_and_header_reorder_the_list_and_the_order_is_remembered(
    qtbot: QtBot, parts: Parts
) -> None:
    views = _views(parts)
    assert _titles(parts) == [f"Article number {n}" for n in (1, 2, 3, 4)]
    views.sort_actions["oldest"].trigger()
    assert _titles(parts) == [f"Article number {n}" for n in (4, 3, 2, 1)]
    header = parts.panes.article_list.horizontalHeader()
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == DATE
    header.sectionClicked.emit(DATE)  # a click on the date column: newest first again
    assert _titles(parts)[0] == "Article number 1" and views.sort_actions["newest"].isChecked()
    parts.store.rename_feed(parts.blog.id, "Aardvark blog")
    views.sort_actions["feed"].trigger()
    assert _titles(parts)[0] == "Article number 4"  # the blog, renamed, sorts first
    header.sectionClicked.emit(TITLE)
    assert views.sort_actions["title"].isChecked()
    qtbot.waitUntil(parts.writes.idle, timeout=TIMEOUT)
    assert parts.store.view_settings()["order"] == "title"
    again = _views(parts)  # a new window on the same profile
    assert parts.panes.order == "title" and again.sort_actions["title"].isChecked()


def test_unread_only_applies_within_a_feed_and_is_remembered(qtbot: QtBot, parts: Parts) -> None:
    views = _views(parts)
    first = parts.store.article_ids(feed_id=parts.news.id)[0]
    parts.store.set_read([first])
    parts.panes.feed_tree.select(Selection("feed", parts.news.id))
    assert len(parts.panes.article_model.ids()) == 3
    views.unread_only.trigger()
    assert parts.panes.article_model.filter.unread
    assert first not in parts.panes.article_model.ids()
    assert len(parts.panes.article_model.ids()) == 2
    parts.panes.feed_tree.select(Selection("folder", parts.folder.id))
    assert len(parts.panes.article_model.ids()) == 1
    qtbot.waitUntil(parts.writes.idle, timeout=TIMEOUT)
    assert parts.store.view_settings()["unread_only"] == "1"


def test_a_saved_search_becomes_a_smart_view_with_a_count(
    qtbot: QtBot, parts: Parts, monkeypatch: pytest.MonkeyPatch
) -> None:
    views = _views(parts)
    assert not views.save_search_action.isEnabled()
    parts.panes.search.setText("number 2")
    assert views.save_search_action.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Twos", True))
    views.save_search_action.trigger()
    qtbot.waitUntil(
        lambda: ("search", 1, "Twos") in parts.panes.feed_model.views(), timeout=TIMEOUT
    )
    assert parts.panes.search.text() == ""
    model = parts.panes.feed_model
    index = model.index_of(Selection("search", 1))
    assert index.isValid() and index.data() == "Twos"
    qtbot.waitUntil(lambda: model.index(index.row(), 1).data() == "1", timeout=TIMEOUT)
    parts.panes.feed_tree.select(Selection("search", 1))
    assert _titles(parts) == ["Article number 2"]


def test_tags_by_hand_show_as_smart_views_and_delete_removes_the_view(
    qtbot: QtBot, parts: Parts, monkeypatch: pytest.MonkeyPatch
) -> None:
    views = _views(parts)
    parts.panes.article_list.select_row(1)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Later", True))
    views.tag_action.trigger()
    qtbot.waitUntil(lambda: len(parts.panes.feed_model.views()) == 1, timeout=TIMEOUT)
    ((kind, tag_id, name),) = parts.panes.feed_model.views()
    assert (kind, name) == ("tag", "Later")
    parts.panes.feed_tree.select(Selection("tag", tag_id))
    assert _titles(parts) == ["Article number 2"]
    parts.panes.feed_tree.setFocus()
    qtbot.keyClick(parts.panes.feed_tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: parts.panes.feed_model.views() == [], timeout=TIMEOUT)
    assert parts.store.tags() == [] and len(parts.store.article_ids()) == 4


def test_mark_all_read_in_a_tag_view_marks_only_the_tagged(qtbot: QtBot, parts: Parts) -> None:
    views = _views(parts)
    tag = parts.store.tag_articles(parts.store.article_ids()[:1], "One")
    views.reload_views()
    parts.panes.feed_tree.select(Selection("tag", tag.id))
    parts.actions["mark_all_read"].trigger()
    qtbot.waitUntil(parts.writes.idle, timeout=TIMEOUT)
    assert sum(parts.store.unread_counts().values()) == 3


def test_counts_due_when_the_window_closed_read_nothing(
    qtbot: QtBot, parts: Parts, caplog: pytest.LogCaptureFixture
) -> None:
    views = _views(parts)
    parts.panes.closed = True  # the window closed; its store goes away
    parts.panes.store.close()
    views.reload_counts()
    assert "counting the smart views failed" not in caplog.text
