"""Broadsheet without a mouse: subscribe, refresh, read, star and search with keys only.

Every input is ``qtbot.keyClick``/``keyClicks`` sent to the widget that has the keyboard focus,
as a keyboard user's keys would be; no mouse event and no direct call of a window method.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.dialogs import AddSubscriptionDialog
from tests.feedkit import RSS_TYPE, Item, article_page, rss
from tests.httpserver import FixtureServer
from tests.ui.windowkit import TIMEOUT, open_window, settled, titles

CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    """The widget that has the keyboard focus (where a key goes)."""
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key | str, modifier: Qt.KeyboardModifier | None = None) -> None:
    """One key, to whatever has the focus."""
    qtbot.keyClick(focused(), key, modifier or Qt.KeyboardModifier.NoModifier)


HEADLINES = (
    "Storm warning for the coast",
    "Library opens a new wing",
    "Council votes on the bridge",
    "Harbour reopens after repairs",
)
"""Oldest first; distinct words, so one search word finds one article."""


def serve_news(server: FixtureServer) -> None:
    """A feed of four articles with their pages."""
    items = []
    for i, headline in enumerate(HEADLINES):
        path = f"/news/{i}.html"
        items.append(
            Item(
                guid=f"news-{i}",
                title=headline,
                link=server.url(path),
                description=f"Summary: {headline}.",
                date=f"Tue, {10 + i} Nov 2026 10:00:00 GMT",
            )
        )
        server.add(path, article_page(headline, f"The full text of {headline.lower()}."))
    server.add("/news.xml", rss("Daily", items), content_type=RSS_TYPE)


def test_subscribe_refresh_read_star_and_search_by_keyboard(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    serve_news(server)
    with open_window(qtbot, profile) as window:
        window.feed_tree.setFocus()  # where the window starts: the first pane
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.feed_tree, timeout=TIMEOUT)

        # Subscribe: Ctrl+N opens the Add dialog with the cursor in the address field.
        press(qtbot, Qt.Key.Key_N, CTRL)
        qtbot.waitUntil(
            lambda: (
                isinstance(QApplication.activeModalWidget(), AddSubscriptionDialog)
                and isinstance(QApplication.focusWidget(), QLineEdit)
            ),
            timeout=TIMEOUT,
        )
        qtbot.keyClicks(focused(), server.url("/news.xml"))
        with qtbot.waitSignal(window.worker.subscribed, timeout=TIMEOUT):
            press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(window.feed_model.feeds()) == 1, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=TIMEOUT)
        # A desktop's window manager gives the window back its activation when the dialog
        # closes; offscreen has none, so the test does what it would (as open_window does).
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
        assert focused() is window.feed_tree  # the focus came back where it was

        # Refresh: F5.
        with qtbot.waitSignal(window.worker.refresh_finished, timeout=TIMEOUT):
            press(qtbot, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: not window.refreshing.running, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: window.article_model.rowCount() == 4, timeout=TIMEOUT)

        # Read: Tab to the list (tree -> search -> list): the newest article is current and
        # opens; J goes to the next one.
        while focused() is not window.article_list:
            assert focused() in (window.feed_tree, window.search), focused()
            press(qtbot, Qt.Key.Key_Tab)

        def shown() -> str:
            article = window.article_view.current_article()
            return article.title if article is not None else ""

        if not shown():
            press(qtbot, "j")
        qtbot.waitUntil(lambda: shown() == HEADLINES[3], timeout=TIMEOUT)
        qtbot.waitUntil(
            lambda: "The full text of harbour reopens" in window.article_view.toPlainText(),
            timeout=TIMEOUT,
        )
        press(qtbot, "j")
        qtbot.waitUntil(lambda: shown() == HEADLINES[2], timeout=TIMEOUT)

        # Star: S.
        press(qtbot, "s")
        settled(qtbot, window)
        starred = window.store.starred_ids()
        assert [a.title for a in window.store.articles_by_ids(sorted(starred))] == [HEADLINES[2]]

        # Search: Ctrl+F, type, Return.
        press(qtbot, Qt.Key.Key_F, CTRL)
        assert focused() is window.search
        qtbot.keyClicks(focused(), "storm")
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: titles(window) == ["Storm warning for the coast"], timeout=TIMEOUT)
