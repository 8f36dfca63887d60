"""Everyday reading in the real window (issue 11): the pages' progress during a refresh, a failed
subscription keeping the Add dialog, and ``o`` without a browser saying so."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from reader.ui.dialogs import AddSubscriptionDialog
from reader.ui.feed_tree import ALL
from tests.feedkit import serve_feed
from tests.httpserver import FixtureServer
from tests.ui.windowkit import TIMEOUT, open_window, refresh, subscribe


def test_a_refresh_shows_the_pages_progress_with_cancel(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    serve_feed(server, "/p.xml", "Pages", count=4, pages=True)
    with open_window(qtbot, profile) as window:
        window.apply_settings(window.settings.with_changes(refresh_on_start=False))
        subscribe(qtbot, window, server.url("/p.xml"))
        seen: list[tuple[str, bool, bool]] = []
        bar, cancel = window.refreshing.progress, window.refreshing.cancel_button

        def look(_value: int) -> None:  # what the bar says each time it moves
            seen.append((bar.text(), bar.isVisible(), cancel.isVisible()))

        bar.valueChanged.connect(look)
        refresh(qtbot, window)
        seen = [look for look in seen if look[0].startswith("Articles")]
        texts = [text for text, _, _ in seen]
        assert texts[0] == "Articles 0 of 4"
        assert texts[-1] == "Articles 4 of 4"
        assert all(shown and can_cancel for _, shown, can_cancel in seen)
        assert bar.isHidden() and cancel.isHidden()


def test_a_failed_subscription_keeps_the_dialog_and_the_address(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    server.add("/nothing.html", b"<html><body><p>No feed here.</p></body></html>")
    with open_window(qtbot, profile) as window:
        window.subscriptions.add()
        dialog = window.findChild(AddSubscriptionDialog)
        assert dialog is not None and dialog.isVisible()
        typed = server.url("/nothing.html")
        qtbot.keyClicks(dialog.url, typed)
        with qtbot.waitSignal(window.worker.failed, timeout=TIMEOUT):
            dialog.subscribe_button().click()
        qtbot.waitUntil(lambda: dialog.error.text().startswith("Could not"), timeout=TIMEOUT)
        assert dialog.isVisible()
        assert dialog.url.text() == typed
        assert "no feed found" in dialog.error.text()
        # the error sits under the address field
        below = dialog.error.mapTo(dialog, dialog.error.rect().topLeft()).y()
        assert below > dialog.url.mapTo(dialog, dialog.url.rect().bottomLeft()).y()
        assert dialog.subscribe_button().isEnabled()
        # fixed address: the dialog closes once the feed is subscribed
        serve_feed(server, "/ok.xml", "Fine", count=1)
        dialog.url.setText(server.url("/ok.xml"))
        with qtbot.waitSignal(window.worker.subscribed, timeout=TIMEOUT):
            dialog.subscribe_button().click()
        # Closed, and maybe already deleted (deleteLater) by the time this looks.
        qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=TIMEOUT)
        assert len(window.feed_model.feeds()) == 1


def test_open_without_a_browser_says_so(
    qtbot: QtBot, profile: Path, server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    serve_feed(server, "/o.xml", "Open", count=2)
    asked: list[str] = []

    def no_browser(url: object) -> bool:
        asked.append(str(url))
        return False

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(no_browser))
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/o.xml"))
        window.feed_tree.select(ALL)
        window.article_list.select_row(0)
        window.article_list.setFocus()
        window.statusBar().clearMessage()
        qtbot.keyClick(window.article_list, "o")
        QApplication.processEvents()
        assert asked
        assert window.statusBar().currentMessage() == (
            "No web browser could be opened for this address."
        )


def test_a_restart_reopens_the_article_and_the_list_position(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    serve_feed(server, "/r.xml", "Restart", count=60)
    with open_window(qtbot, profile) as window:
        subscribe(qtbot, window, server.url("/r.xml"))
        window.feed_tree.select(ALL)
        qtbot.waitUntil(lambda: window.article_model.rowCount() == 60, timeout=TIMEOUT)
        window.article_list.select_row(40)
        opened = window.article_view.current_article_id()
        assert opened is not None
        scroll = window.article_list.verticalScrollBar().value()
        assert scroll > 0
    with open_window(qtbot, profile) as again:
        qtbot.waitUntil(lambda: again.article_view.current_article_id() == opened, timeout=TIMEOUT)
        assert again.article_list.current_row() == 40
        assert again.article_list.verticalScrollBar().value() == scroll
        assert "Welcome to Broadsheet" not in again.article_view.toPlainText()
        assert "Restart story" in again.article_view.toPlainText()


def test_the_welcome_page_only_on_an_empty_profile(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    serve_feed(server, "/w.xml", "Welcome", count=3)
    with open_window(qtbot, profile) as window:
        assert "Welcome to Broadsheet" in window.article_view.toPlainText()
        subscribe(qtbot, window, server.url("/w.xml"))
    with open_window(qtbot, profile) as again:  # articles, but none was open
        qtbot.waitUntil(lambda: again.article_model.rowCount() == 3, timeout=TIMEOUT)
        QApplication.processEvents()
        assert "Welcome to Broadsheet" not in again.article_view.toPlainText()
