"""Subscription actions with the real panes, worker host and user writes, without a MainWindow:
network work is asked of the worker, small edits show in the tree at once and reach the store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.opener import OpenRequest
from reader.ui import i18n
from reader.ui.feed_tree import Selection
from reader.ui.i18n import words
from reader.ui.subscriptions import Subscriptions
from reader.usecases.subscribe import ImportReport
from tests.ui.helperkit import TIMEOUT, Parts


def _subscriptions(parts: Parts) -> Subscriptions:
    subs = Subscriptions(parts.panes, parts.host, parts.writes, parts.actions, lambda: parts.view)
    parts.panes.reload_tree()
    return subs


def test_subscribe_asks_the_worker_and_says_so(qtbot: QtBot, parts: Parts) -> None:
    subs = _subscriptions(parts)
    url = "https://new.example/feed.xml"
    with (
        qtbot.waitSignal(parts.host.request_subscribe, timeout=TIMEOUT) as asked,
        qtbot.waitSignal(subs.status_message, timeout=TIMEOUT) as said,
    ):
        subs.subscribe(url, "Reading")
    assert asked.args == [url, "Reading"]
    assert [words(said.args[0]), said.args[1]] == [f"Looking for a feed at {url}…", 0]


def test_a_new_feed_is_shown_selected(qtbot: QtBot, parts: Parts) -> None:
    subs = _subscriptions(parts)
    feed = parts.store.add_feed("https://third.example/feed.xml", "Third")
    with qtbot.waitSignal(subs.status_message, timeout=TIMEOUT) as said:
        subs.on_subscribed(feed)
    assert words(said.args[0]) == "Subscribed to Third."
    assert parts.panes.feed_tree.current_selection() == Selection("feed", feed.id)
    assert parts.panes.feed_model.feed(feed.id) is not None


def test_moving_a_feed_shows_at_once_and_reaches_the_store(qtbot: QtBot, parts: Parts) -> None:
    subs = _subscriptions(parts)
    subs.move_feed(parts.news.id, parts.folder.id)
    moved = parts.panes.feed_model.feed(parts.news.id)
    assert moved is not None and moved.folder_id == parts.folder.id
    qtbot.waitUntil(parts.writes.idle, timeout=TIMEOUT)
    assert parts.store.feed(parts.news.id).folder_id == parts.folder.id


def test_open_requests_subscribe_or_say_why_not(qtbot: QtBot, parts: Parts) -> None:
    subs = _subscriptions(parts)
    url = "https://opened.example/feed"
    with qtbot.waitSignal(parts.host.request_subscribe, timeout=TIMEOUT) as asked:
        subs.open_requests([OpenRequest("feed", url)])
    assert asked.args == [url, None]
    with qtbot.waitSignal(subs.status_message, timeout=TIMEOUT) as said:
        subs.open_requests([OpenRequest("invalid", "Not a feed: x.txt")])
    assert words(said.args[0]) == "Not a feed: x.txt"


def test_an_opml_file_is_read_for_the_worker_and_its_outcome_counted(
    qtbot: QtBot, parts: Parts, tmp_path: Path, qapp: QApplication
) -> None:
    i18n.install_language(qapp, "en")  # as the app does at start: English plural forms
    subs = _subscriptions(parts)
    opml = tmp_path / "subs.opml"
    opml.write_bytes(
        b'<opml version="2.0"><body><outline xmlUrl="https://a.example/f"/></body></opml>'
    )
    with (
        qtbot.waitSignal(parts.host.request_import, timeout=TIMEOUT) as asked,
        qtbot.waitSignal(subs.status_message, timeout=TIMEOUT) as said,
    ):
        subs.import_file(opml)
    assert asked.args == [opml.read_bytes(), None]
    assert [words(said.args[0]), said.args[1]] == ["Importing…", 0]
    with qtbot.waitSignal(subs.status_message, timeout=TIMEOUT) as said:
        subs.on_imported(ImportReport(added=1, duplicates=2))
    assert words(said.args[0]) == "1 subscription added, 2 already there."
    i18n.install_language(qapp, "de")
    assert words(said.args[0]) == "1 Abonnement hinzugefügt, 2 bereits vorhanden."
    i18n.install_language(qapp, "en")
