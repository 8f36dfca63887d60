"""The window's behaviour: keyboard, error marks, quitting mid-refresh, language, subscriptions."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from reader.paths import resolve
from reader.store.db import Store
from reader.ui import i18n, widgets
from reader.ui.feed_tree import ALL, Selection
from tests.feedkit import serve_feed
from tests.httpserver import FixtureServer
from tests.ui.windowkit import TIMEOUT, open_window, refresh, settled, subscribe, titles


def _key(qtbot: QtBot, window: object, key: str) -> None:
    qtbot.keyClick(window.article_list, key)  # type: ignore[attr-defined]


def test_keyboard_navigation_star_and_read(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    serve_feed(server, "/k.xml", "Keys", count=5)
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/k.xml"))
        window.feed_tree.select(ALL)
        ids = window.article_model.ids()
        window.article_list.select_row(0)
        window.article_list.setFocus()
        assert window.article_view.current_article_id() == ids[0]
        _key(qtbot, window, "j")
        assert window.article_view.current_article_id() == ids[1]
        _key(qtbot, window, "j")
        assert window.article_view.current_article_id() == ids[2]
        _key(qtbot, window, "k")
        assert window.article_view.current_article_id() == ids[1]
        store = window.store
        settled(qtbot, window)
        assert store.article(ids[1]).read
        _key(qtbot, window, "m")
        settled(qtbot, window)
        assert not store.article(ids[1]).read
        _key(qtbot, window, "s")
        settled(qtbot, window)
        assert store.article(ids[1]).starred
        assert (
            window.feed_model.index_of(Selection("smart", "starred")).siblingAtColumn(1).data()
            == "1"
        )
        # p goes back to the previous unread one, n forward to the next unread one.
        window.apply_settings(window.settings.with_changes(mark_read_delay_s=-1))
        window.article_list.select_row(4)
        _key(qtbot, window, "p")
        assert window.article_view.current_article_id() == ids[3]
        _key(qtbot, window, "p")
        assert window.article_view.current_article_id() == ids[1]
        _key(qtbot, window, "n")
        assert window.article_view.current_article_id() == ids[3]  # 2 was read
        _key(qtbot, window, "n")
        _key(qtbot, window, "n")
        assert window.article_view.current_article_id() == ids[4]
        assert "No more unread" in window.statusBar().currentMessage()
        # Mark all read, then the unread count is gone.
        window.actions_["mark_all_read"].trigger()
        settled(qtbot, window)
        assert store.unread_counts().get(window.feed_model.feeds()[0].id, 0) == 0
        assert window.feed_model.index_of(ALL).siblingAtColumn(1).data() == ""


def test_space_scrolls_then_moves_to_the_next_unread(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    serve_feed(server, "/s.xml", "Space", count=3)
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/s.xml"))
        window.article_list.select_row(0)
        first = window.article_view.current_article_id()
        window.actions_["space"].trigger()  # a short article: no page to scroll
        assert window.article_view.current_article_id() != first


def test_mark_read_delay_and_never(qtbot: QtBot, profile: Path, server: FixtureServer) -> None:
    serve_feed(server, "/d.xml", "Delay", count=2)
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/d.xml"))
        window.apply_settings(window.settings.with_changes(mark_read_delay_s=-1))
        window.article_list.select_row(0)
        first = window.article_view.current_article_id()
        assert first is not None and not window.store.article(first).read
        window.apply_settings(window.settings.with_changes(mark_read_delay_s=2))
        window.article_list.select_row(1)
        second = window.article_view.current_article_id()
        assert second is not None and not window.store.article(second).read
        qtbot.waitUntil(lambda: window.store.article(second).read, timeout=5000)


def test_failing_feed_shows_its_error_in_the_tree(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    serve_feed(server, "/ok.xml", "Fine", count=1)
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/ok.xml"))
        server.add("/ok.xml", "gone away", status=404, content_type="text/plain")
        summary = refresh(qtbot, window)
        assert summary.failed  # type: ignore[attr-defined]
        feed = window.feed_model.feeds()[0]
        tip = window.feed_model.index_of(Selection("feed", feed.id)).data(
            Qt.ItemDataRole.ToolTipRole
        )
        assert "404" in tip
        assert "failed" in window.statusBar().currentMessage()


def test_quit_during_a_refresh_stops_the_worker(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    release = threading.Event()

    def hang(request: BaseHTTPRequestHandler) -> None:
        release.wait(30)
        request.send_response(500)
        request.send_header("Content-Length", "0")
        request.end_headers()

    serve_feed(server, "/q.xml", "Quit", count=2)
    try:
        with open_window(qtbot, profile) as window:
            subscribe(qtbot, window, server.url("/q.xml"))
            server.add("/q.xml", handler=hang)
            with qtbot.waitSignal(window.worker.refresh_started, timeout=TIMEOUT):
                window.refreshing.refresh_all()
            qtbot.waitUntil(lambda: server.hits["/q.xml"] == 2, timeout=TIMEOUT)
            assert window.refreshing.progress.isVisible()
            window.close()
            assert window.host.worker_thread.isFinished()
        reopened = Store(resolve(profile).database)
        assert len(reopened.article_ids()) == 2  # nothing lost
        reopened.close()
    finally:
        release.set()


def test_language_switch_relabels_and_mirrors(
    qtbot: QtBot, profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_window(qtbot, profile) as window:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        english = window.actions_["refresh"].text()
        calls: list[int] = []
        original = window.retranslate_ui
        monkeypatch.setattr(window, "retranslate_ui", lambda: (calls.append(1), original()))
        window.apply_settings(window.settings.with_changes(language="ar"))
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert i18n.current_language() == "ar"
        qtbot.waitUntil(lambda: bool(calls), timeout=TIMEOUT)  # LanguageChange reached it
        window.apply_settings(window.settings.with_changes(language="en"))
        assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
        qtbot.waitUntil(lambda: window.actions_["refresh"].text() == english, timeout=TIMEOUT)


def test_manage_subscriptions(
    qtbot: QtBot, profile: Path, server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    serve_feed(server, "/m.xml", "Manage", count=2)
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/m.xml"))
        feed = window.feed_model.feeds()[0]
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("World", True))
        window.actions_["new_folder"].trigger()
        settled(qtbot, window)
        folder = window.feed_model.folders()[0]
        assert folder.name == "World"
        window.feed_tree.select(Selection("feed", feed.id))
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("<b>Mine</b>", True))
        window.actions_["rename"].trigger()
        assert window.feed_model.feed(feed.id).title == "<b>Mine</b>"  # type: ignore[union-attr]
        settled(qtbot, window)
        assert window.store.feed(feed.id).title == "<b>Mine</b>"
        window.store.move_feed(feed.id, folder.id)
        window.panes.reload_tree()
        assert window.feed_model.feed(feed.id).folder_id == folder.id  # type: ignore[union-attr]
        window.feed_tree.select(Selection("feed", feed.id))
        monkeypatch.setattr(widgets, "question", lambda *a, **k: False)
        window.actions_["remove"].trigger()
        settled(qtbot, window)
        assert window.store.feeds()
        monkeypatch.setattr(widgets, "question", lambda *a, **k: True)
        window.actions_["remove"].trigger()
        assert window.feed_model.feeds() == []
        settled(qtbot, window)
        assert window.store.feeds() == []
        assert window.article_model.rowCount() == 0


def test_suggested_feeds_import_fetches_nothing(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    with open_window(qtbot, profile) as window:
        window.article_view.welcome_action.emit("suggested")
        with qtbot.waitSignal(window.worker.imported, timeout=TIMEOUT):
            window.subscriptions.picker.set_all(True)  # a picker now: the reader chooses
            window.subscriptions.picker.accept()
        qtbot.waitUntil(lambda: len(window.feed_model.feeds()) >= 10, timeout=TIMEOUT)
        feeds = window.feed_model.feeds()
        assert len(feeds) >= 10
        assert {f.url.split("/")[2] for f in feeds} >= {"feeds.bbci.co.uk", "www.lemonde.fr"}
        assert not window.refreshing.running
        assert "F5" in window.article_view.toPlainText()


def test_search_field_filters_the_list(qtbot: QtBot, profile: Path, server: FixtureServer) -> None:
    serve_feed(server, "/f.xml", "Find", count=4)
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/f.xml"))
        window.feed_tree.select(ALL)
        window.actions_["search"].trigger()
        assert window.search.hasFocus() or QApplication.focusWidget() is window.search
        qtbot.keyClicks(window.search, "story 2")
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
        assert titles(window) == ["Find story 2"]
        window.search.clear()
        qtbot.waitUntil(lambda: window.article_model.rowCount() == 4, timeout=TIMEOUT)


def test_drop_a_feed_on_a_folder_moves_it(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    serve_feed(server, "/dnd.xml", "Drag", count=2)
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/dnd.xml"))
        assert window.windowTitle().endswith("(2)")
        folder = window.store.add_folder("Later")
        window.panes.reload_tree()
        feed = window.feed_model.feeds()[0]
        model = window.feed_model
        data = model.mimeData([model.index_of(Selection("feed", feed.id))])
        target = model.index_of(Selection("folder", folder.id))
        assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target)
        smart = model.index_of(ALL)
        assert not model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, smart)
        assert not model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target)
        qtbot.waitUntil(lambda: window.store.feed(feed.id).folder_id == folder.id)
        qtbot.waitUntil(lambda: model.feed(feed.id).folder_id == folder.id)  # type: ignore[union-attr]
