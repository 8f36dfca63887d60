"""The subscriptions tree's counts and marks change in place (issues 10 and 14): right after a
refresh and after "mark all read" they match the store, and the view hears one ``dataChanged``
per parent instead of a signal per item or a new layout of the whole tree."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from reader.core.models import Feed, Folder
from reader.ui.feed_tree import ALL, UNREAD, FeedTreeModel, Selection
from tests.feedkit import serve_feed
from tests.httpserver import FixtureServer
from tests.ui.windowkit import TIMEOUT, open_window, refresh, settled, subscribe

FOLDERS = [Folder(1, "News")]


def _feeds(error: str | None = None) -> list[Feed]:
    return [
        Feed(1, "https://a/x", "Alpha", folder_id=1),
        Feed(2, "https://b/x", "Beta", folder_id=1, last_error=error),
        Feed(3, "https://c/x", "Gamma"),
    ]


def _count(model: FeedTreeModel, selection: Selection) -> str:
    return str(model.index_of(selection).siblingAtColumn(1).data())


class _Heard:
    """What a view connected to ``model`` hears."""

    def __init__(self, model: FeedTreeModel) -> None:
        self.changed: list[tuple[QModelIndex, QModelIndex]] = []
        self.layouts = 0
        model.dataChanged.connect(lambda top, bottom, _roles: self.changed.append((top, bottom)))
        model.layoutChanged.connect(lambda: setattr(self, "layouts", self.layouts + 1))
        model.modelReset.connect(lambda: setattr(self, "layouts", self.layouts + 1))


def test_new_counts_are_one_data_change_per_parent_over_the_rows_that_changed(
    qtbot: QtBot,
) -> None:
    model = FeedTreeModel()
    model.rebuild(FOLDERS, _feeds(), {1: 1, 2: 2, 3: 3}, starred=0)
    heard = _Heard(model)
    model.set_counts({1: 10, 2: 20, 3: 30}, starred=4)
    assert [_count(model, Selection("feed", i)) for i in (1, 2, 3)] == ["10", "20", "30"]
    assert _count(model, Selection("folder", 1)) == "30"
    assert _count(model, ALL) == _count(model, UNREAD) == "60"
    assert _count(model, Selection("smart", "starred")) == "4"
    assert heard.layouts == 0
    folder = model.index_of(Selection("folder", 1))
    by_parent = {
        top.parent(): (top.row(), bottom.row(), bottom.column()) for top, bottom in heard.changed
    }
    assert len(heard.changed) == len(by_parent) == 2  # the top level and the folder
    assert by_parent[folder] == (0, 1, 1)  # both feeds of the folder, both columns
    top_rows = by_parent[QModelIndex()]
    for selection in (ALL, UNREAD, Selection("folder", 1), Selection("feed", 3)):
        assert top_rows[0] <= model.index_of(selection).row() <= top_rows[1]
    # Nothing new: nothing heard.
    heard.changed.clear()
    model.set_counts({1: 10, 2: 20, 3: 30}, starred=4)
    model.adjust_count(3, 0)
    assert heard.changed == []
    # One feed read: its row, its folder's and the totals.
    model.adjust_count(1, -10)
    assert _count(model, Selection("feed", 1)) == ""
    assert _count(model, Selection("folder", 1)) == "20"
    assert _count(model, ALL) == "50"
    assert len(heard.changed) == 2 and heard.layouts == 0


def test_a_refresh_redraws_only_the_feeds_whose_name_or_error_changed(qtbot: QtBot) -> None:
    model = FeedTreeModel()
    model.rebuild(FOLDERS, _feeds(), {}, starred=0)
    heard = _Heard(model)
    checked = [Feed(f.id, f.url, f.title, folder_id=f.folder_id, etag="new") for f in _feeds()]
    model.update_feeds(checked)  # fetched again, nothing shown changed
    assert heard.changed == []
    assert model.feed(1) == checked[0]
    model.update_feeds(_feeds(error="server answered 404"))
    beta = model.index_of(Selection("feed", 2))
    assert [(top.parent(), top.row(), bottom.row()) for top, bottom in heard.changed] == [
        (beta.parent(), beta.row(), beta.row())
    ]
    assert "server answered 404" in str(beta.data(Qt.ItemDataRole.ToolTipRole))
    assert "server answered 404" in str(beta.data(Qt.ItemDataRole.AccessibleDescriptionRole))
    assert heard.layouts == 0


def test_feeds_drag_folders_and_the_top_level_take_drops_nothing_is_edited(
    qtbot: QtBot,
) -> None:
    model = FeedTreeModel()
    model.set_views([("tag", 1, "Later")])
    model.rebuild(FOLDERS, _feeds(), {}, starred=0)
    drag, drop, edit = (
        Qt.ItemFlag.ItemIsDragEnabled,
        Qt.ItemFlag.ItemIsDropEnabled,
        Qt.ItemFlag.ItemIsEditable,
    )
    for column in (0, 1):
        feed = model.flags(model.index_of(Selection("feed", 3)).siblingAtColumn(column))
        folder = model.flags(model.index_of(Selection("folder", 1)).siblingAtColumn(column))
        assert feed & drag and not feed & drop
        assert folder & drop and not folder & drag
        for other in (ALL, Selection("tag", 1)):
            flags = model.flags(model.index_of(other).siblingAtColumn(column))
            assert not flags & (drag | drop)
        assert all(not flags & edit for flags in (feed, folder))
    assert model.flags(QModelIndex()) & drop


def test_counts_right_after_a_refresh_and_after_mark_all_read(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    serve_feed(server, "/a.xml", "Alpha", count=2)
    serve_feed(server, "/b.xml", "Beta", count=1)
    with open_window(qtbot, profile) as window:
        window.apply_settings(window.settings.with_changes(refresh_on_start=False))
        subscribe(qtbot, window, server.url("/a.xml"))
        subscribe(qtbot, window, server.url("/b.xml"))
        model = window.feed_model
        alpha, beta = (
            Selection("feed", next(f.id for f in model.feeds() if f.title == title))
            for title in ("Alpha", "Beta")
        )
        serve_feed(server, "/a.xml", "Alpha", count=5)  # new articles for the refresh
        serve_feed(server, "/b.xml", "Beta", count=3)
        refresh(qtbot, window)
        assert window.store.unread_counts() == {alpha.key: 5, beta.key: 3}
        assert (_count(model, alpha), _count(model, beta), _count(model, ALL)) == ("5", "3", "8")
        assert window.windowTitle().endswith("(8)")
        window.feed_tree.select(alpha)
        qtbot.waitUntil(lambda: window.article_model.filter.feed_id == alpha.key, timeout=TIMEOUT)
        window.actions_["mark_all_read"].trigger()
        settled(qtbot, window)
        qtbot.waitUntil(lambda: _count(model, ALL) == "3", timeout=TIMEOUT)
        assert (_count(model, alpha), _count(model, beta)) == ("", "3")
        assert window.store.unread_counts() == {beta.key: 3}


def test_an_empty_tree_fits_its_columns_without_a_scroll_bar(qtbot: QtBot) -> None:
    """The window's first frame shows the tree before it is filled: its columns must fit then
    too (a horizontal scroll bar showed in the empty tree), and again once it has rows."""
    from reader.ui.feed_tree_view import FeedTreeView

    model = FeedTreeModel()
    view = FeedTreeView(model)
    qtbot.addWidget(view)
    view.resize(180, 400)  # narrower than two default sections
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(20)  # the scroll bars are laid out a turn later
    assert not view.horizontalScrollBar().isVisible()
    model.rebuild([], [Feed(id=1, url="http://127.0.0.1:9/f.xml", title="A feed")], {1: 12}, 0)
    view.fit_columns()
    qtbot.wait(10)
    assert not view.horizontalScrollBar().isVisible()
    assert view.header().sectionSize(0) + view.header().sectionSize(1) <= view.viewport().width()


def test_the_count_column_fits_the_largest_count(qtbot: QtBot) -> None:
    """Five digits fit, and so does "All articles" with 100,000 unread (it showed "100,..."),
    also when a later count gains a digit."""
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QFont, QFontMetrics

    from reader.ui.feed_tree_view import FeedTreeView

    model = FeedTreeModel()
    view = FeedTreeView(model)
    qtbot.addWidget(view)
    view.resize(300, 400)
    feeds = [Feed(id=i, url=f"http://127.0.0.1:9/{i}.xml", title=f"Feed {i}") for i in (1, 2)]
    model.rebuild([], feeds, {1: 60_000, 2: 40_000}, 0)
    view.fit_columns()  # as the panes do after each rebuild
    bold = QFont(view.font())
    bold.setBold(True)

    def needed(count: int) -> int:
        return QFontMetrics(bold).horizontalAdvance(QLocale().toString(count))

    assert view.header().sectionSize(1) > needed(100_000)
    model.set_counts({1: 600_000, 2: 500_000}, 0)  # 1,100,000: one digit more
    assert view.header().sectionSize(1) > needed(1_100_000)
