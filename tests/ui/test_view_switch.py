"""The reader's choice of view, through the real window, store and worker, against a real HTTP
server on 127.0.0.1: ``v`` and the toolbar switch the open article between the reader view and
the feed's text from the cache (the server sees no request), each feed opens its articles in the
view chosen in its properties, kept across a restart, and a page that is not an article says so
in one quiet line above the feed's text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from reader.core.feed_settings import FeedSettings
from reader.ui.feed_tree import ALL, Selection
from reader.ui.main_window import MainWindow
from tests.feedkit import RSS_TYPE, Item, rss, serve_feed
from tests.httpserver import FixtureServer
from tests.ui.windowkit import TIMEOUT, open_window, refresh, subscribe, titles

FULL = "is here."  # in every article page served by serve_feed(pages=True), never in the feed
REFUSED = "Reader view not available"


def _open(window: MainWindow, title: str) -> None:
    window.article_list.select_row(titles(window).index(title))
    window.article_list.setFocus()


def _text(window: MainWindow) -> str:
    return window.article_view.toPlainText()


def _set_view(qtbot: QtBot, window: MainWindow, feed_id: int, view: str) -> None:
    """Choose the feed's view as the user does: in Feed properties (the dialog is driven by
    its own widgets, then closed)."""
    from reader.ui.dialogs import FeedPropertiesDialog

    def choose(dialog: FeedPropertiesDialog) -> int:
        dialog.view.setCurrentIndex(dialog.view.findData(view))
        return 0

    original = FeedPropertiesDialog.exec
    FeedPropertiesDialog.exec = choose  # type: ignore[method-assign,assignment]
    try:
        window.feed_tree.select(Selection("feed", feed_id))
        window.actions_["properties"].trigger()
    finally:
        FeedPropertiesDialog.exec = original  # type: ignore[method-assign]
    qtbot.waitUntil(lambda: window.store.feed_settings(feed_id).view == view, timeout=TIMEOUT)
    qtbot.waitUntil(window.writes.idle, timeout=TIMEOUT)


@pytest.fixture
def served(server: FixtureServer) -> FixtureServer:
    serve_feed(server, "/a.xml", "Alpha", count=2, pages=True)
    serve_feed(server, "/b.xml", "Beta", count=1, pages=True)
    return server


def test_v_and_the_toolbar_switch_the_open_article_from_the_cache_and_it_is_kept(
    qtbot: QtBot, profile: Path, served: FixtureServer
) -> None:
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, served.url("/a.xml"))
        refresh(qtbot, window)  # the pages are fetched and simplified now
        _open(window, "Alpha story 1")
        toggle = window.actions_["toggle_view"]
        assert FULL in _text(window) and toggle.isChecked()
        hits = sum(served.hits.values())
        qtbot.keyClick(window.article_list, "v")
        assert FULL not in _text(window)
        assert "Summary of Alpha story 1." in _text(window)
        assert not toggle.isChecked()
        toggle.trigger()  # the toolbar's button
        assert FULL in _text(window) and toggle.isChecked()
        qtbot.keyClick(window.article_list, "v")
        assert "Summary of Alpha story 1." in _text(window)
        # The switch is per article: the next one opens in its feed's view (reader view) ...
        _open(window, "Alpha story 0")
        assert FULL in _text(window) and toggle.isChecked()
        # ... and the one switched keeps the feed text when it is opened again.
        _open(window, "Alpha story 1")
        assert FULL not in _text(window)
        assert sum(served.hits.values()) == hits  # nothing was fetched to switch
    with open_window(qtbot, profile) as window:  # the switch is kept across a restart
        window.feed_tree.select(ALL)
        qtbot.waitUntil(lambda: "Alpha story 1" in titles(window), timeout=TIMEOUT)
        _open(window, "Alpha story 1")
        assert FULL not in _text(window) and "Summary of Alpha story 1." in _text(window)
        _open(window, "Alpha story 0")
        assert FULL in _text(window)
        assert sum(served.hits.values()) == hits


def test_each_feed_opens_in_its_view_and_keeps_it_after_a_restart(
    qtbot: QtBot, profile: Path, served: FixtureServer
) -> None:
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, served.url("/a.xml"))
        subscribe(qtbot, window, served.url("/b.xml"))
        refresh(qtbot, window)
        alpha = next(f for f in window.feed_model.feeds() if f.title == "Alpha")
        window.feed_tree.select(ALL)
        _open(window, "Alpha story 0")
        assert FULL in _text(window)
        _set_view(qtbot, window, alpha.id, "feed")
        # The open article of that feed follows at once.
        qtbot.waitUntil(lambda: FULL not in _text(window), timeout=TIMEOUT)
    with open_window(qtbot, profile) as window:  # a new window on the same profile
        qtbot.waitUntil(lambda: window.article_model.rowCount() > 0, timeout=TIMEOUT)
        window.feed_tree.select(ALL)
        qtbot.waitUntil(lambda: "Beta story 0" in titles(window), timeout=TIMEOUT)
        hits = sum(served.hits.values())
        _open(window, "Alpha story 1")
        assert FULL not in _text(window)
        assert "Summary of Alpha story 1." in _text(window)
        assert not window.actions_["toggle_view"].isChecked()
        _open(window, "Beta story 0")  # another feed: still the reader view
        assert FULL in _text(window)
        assert sum(served.hits.values()) == hits
        assert window.store.feed_settings(alpha.id) == FeedSettings(view="feed")


def test_original_page_opens_in_the_browser(
    qtbot: QtBot, profile: Path, served: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, served.url("/b.xml"))
        beta = window.feed_model.feeds()[0]
        _set_view(qtbot, window, beta.id, "original")
        window.feed_tree.select(ALL)
        _open(window, "Beta story 0")
        assert opened == [served.url("/b-xml/article0.html")]
        assert "Opened in your browser." in _text(window)
        assert "Summary of Beta story 0." in _text(window)
        qtbot.keyClick(window.article_list, "v")  # the reader view of it, on demand
        assert window.article_view.shown_mode == "reader"
        assert opened == [served.url("/b-xml/article0.html")]


def test_a_page_that_is_not_an_article_says_so_above_the_feed_text(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    link = server.url("/files/report.pdf")
    server.add("/files/report.pdf", b"%PDF-1.4 not a page", content_type="application/pdf")
    item = Item(guid="r1", title="The report", link=link, description="The report in brief.")
    server.add("/r.xml", rss("Reports", [item]), content_type=RSS_TYPE)
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/r.xml"))
        refresh(qtbot, window)
        (article,) = window.store.articles()
        assert article.simplified == "feed"  # the page was refused
        _open(window, "The report")
        lines = [line for line in _text(window).splitlines() if line.strip()]
        quiet = next(i for i, line in enumerate(lines) if REFUSED in line)
        assert "The report in brief." in lines[quiet + 1 :]
        assert sum(REFUSED in line for line in lines) == 1
        # In the feed text view the line is not needed: the reader chose the feed's text.
        qtbot.keyClick(window.article_list, "v")
        assert REFUSED not in _text(window)
        assert "The report in brief." in _text(window)
