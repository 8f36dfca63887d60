"""Choosing several feeds at once through the real dialogs: the feeds a site offers, and the
suggested news feeds (a picker with check boxes, none added until chosen)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from reader.core.feeds.opml import parse_opml
from reader.core.parsed import DiscoveredFeed
from reader.ui.feed_picker import FeedPickerDialog, discovered_picker, flatten
from reader.ui.subscriptions import Subscriptions
from tests.ui.helperkit import TIMEOUT, Parts


def _subscriptions(parts: Parts) -> Subscriptions:
    return Subscriptions(parts.panes, parts.host, parts.writes, parts.actions, lambda: parts.view)


def test_several_of_the_feeds_a_site_offers_are_subscribed(qtbot: QtBot, parts: Parts) -> None:
    subs = _subscriptions(parts)
    asked: list[str] = []
    parts.host.request_subscribe.connect(lambda url, _folder: asked.append(url))
    offered = [DiscoveredFeed(f"https://site.example/{n}.xml", f"Feed {n}") for n in range(3)]

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FeedPickerDialog)
        assert dialog.chosen() == [offered[0]]  # the first is checked to start with
        dialog.list.item(2).setCheckState(Qt.CheckState.Checked)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, choose)
    subs.on_feeds_offered("https://site.example/", offered)
    assert asked == [offered[0].url, offered[2].url]


def test_a_long_list_of_offered_feeds_says_how_many_are_not_listed(
    qtbot: QtBot, parts: Parts
) -> None:
    offered = [DiscoveredFeed(f"https://site.example/{n}.xml", f"Feed {n}") for n in range(50)]
    picker = discovered_picker("https://site.example/", offered, None, 20_000)
    qtbot.addWidget(picker)
    assert picker.list.count() == 50
    words = " ".join(label.text() for label in picker.findChildren(QLabel))
    assert "first 50 of its 20000 feeds" in words


def test_suggested_feeds_are_picked_not_all_added(qtbot: QtBot, parts: Parts) -> None:
    subs = _subscriptions(parts)
    subs.add_suggested()
    picker = subs.picker
    qtbot.waitUntil(picker.isVisible, timeout=TIMEOUT)
    ok = picker.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert picker.list.count() >= 10 and picker.chosen() == [] and not ok.isEnabled()
    picker.set_all(True)
    assert len(picker.chosen()) == picker.list.count()
    picker.none_button.click()
    for row in (0, picker.list.count() - 1):
        picker.list.item(row).setCheckState(Qt.CheckState.Checked)
    wanted = [feed.url for _path, feed in picker.chosen()]
    with qtbot.waitSignal(parts.host.request_import, timeout=TIMEOUT) as sent:
        ok.click()
    document = parse_opml(sent.args[0])
    got = flatten(document)
    assert [feed.url for _path, feed in got] == wanted
    assert len(wanted) == 2 and all(path for path, _feed in got)  # kept in their folders
    assert len(document.root.folders) <= 2  # and no folder without a chosen feed
