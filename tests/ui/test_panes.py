"""The panes (tree, list, search, counts) built on a real store, without a MainWindow."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.ui.feed_tree import ALL, Selection
from tests.ui.helperkit import TIMEOUT, Parts


def _titles(parts: Parts) -> list[str]:
    model = parts.panes.article_model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_reload_tree_lists_the_selection_and_reports_the_unread_total(
    qtbot: QtBot, parts: Parts
) -> None:
    panes = parts.panes
    assert not panes.has_subscriptions()  # nothing read from the store yet
    with qtbot.waitSignal(panes.unread_changed, timeout=TIMEOUT) as unread:
        panes.reload_tree()
    assert unread.args == [4]
    assert panes.has_subscriptions()
    assert panes.feed_tree.current_selection() == ALL
    assert len(_titles(parts)) == 4
    assert panes.feed_model.counts() == {parts.news.id: 3, parts.blog.id: 1}


def test_selecting_a_feed_and_searching_filter_the_list(qtbot: QtBot, parts: Parts) -> None:
    panes = parts.panes
    panes.reload_tree()
    assert panes.feed_tree.select(Selection("feed", parts.news.id))
    assert sorted(_titles(parts)) == ["Article number 1", "Article number 2", "Article number 3"]
    panes.search.setText("number 2")
    qtbot.keyClick(panes.search, Qt.Key.Key_Return)
    assert _titles(parts) == ["Article number 2"]
    panes.search.setText("nothing like this")
    qtbot.keyClick(panes.search, Qt.Key.Key_Return)
    assert _titles(parts) == []
    assert panes.article_list.empty_text == "No articles match the search."


def test_show_tree_keeps_the_selection_and_the_counts(parts: Parts) -> None:
    panes = parts.panes
    panes.reload_tree()
    blog = Selection("feed", parts.blog.id)
    assert panes.feed_tree.select(blog)
    feeds = [
        replace(f, title="Renamed") if f.id == parts.blog.id else f
        for f in panes.feed_model.feeds()
    ]
    panes.show_tree(panes.feed_model.folders(), feeds)
    assert panes.feed_tree.current_selection() == blog
    renamed = panes.feed_model.feed(parts.blog.id)
    assert renamed is not None and renamed.title == "Renamed"
    assert panes.feed_model.counts()[parts.news.id] == 3
    assert _titles(parts) == ["Article number 4"]


def test_a_selected_feed_that_is_gone_falls_back_to_all(parts: Parts) -> None:
    panes = parts.panes
    panes.reload_tree()
    assert panes.feed_tree.select(Selection("feed", parts.blog.id))
    parts.store.remove_feed(parts.blog.id)
    panes.reload_tree()
    assert panes.feed_tree.current_selection() == ALL
    assert len(_titles(parts)) == 3


def test_reload_articles_asks_to_keep_the_open_article(qtbot: QtBot, parts: Parts) -> None:
    panes = parts.panes
    panes.reload_tree()
    first = panes.article_model.ids()[0]
    parts.view.show_article(parts.store.article(first), None)
    with qtbot.waitSignal(panes.list_reloaded, timeout=TIMEOUT) as reloaded:
        panes.reload_articles()
    assert reloaded.args == [first]


def test_adjust_unread_changes_the_feed_and_the_total(qtbot: QtBot, parts: Parts) -> None:
    panes = parts.panes
    panes.reload_tree()
    with qtbot.waitSignal(panes.unread_changed, timeout=TIMEOUT) as unread:
        panes.adjust_unread(parts.news.id, -1)
    assert unread.args == [3]
    assert panes.feed_model.counts()[parts.news.id] == 2
