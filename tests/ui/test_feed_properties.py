"""Feed properties, editable: the real dialog's widgets, the real subscriptions helper, panes,
user writes and store (no MainWindow). Every change is kept at once; the tree shows a custom
title before the write lands and the command line lists it; a new retention prunes on close."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.cli import main as cli
from reader.core.feed_settings import FeedSettings, Notify
from reader.core.models import Feed
from reader.core.refresh_results import RefreshSummary
from reader.store.db import Store
from reader.ui.dialogs import FeedPropertiesDialog
from reader.ui.feed_tree import Selection
from reader.ui.subscriptions import Subscriptions
from tests.ui.helperkit import NOW, TIMEOUT, Parts, entry

Drive = Callable[[FeedPropertiesDialog], None]


def _subscriptions(parts: Parts) -> Subscriptions:
    subs = Subscriptions(parts.panes, parts.host, parts.writes, parts.actions, lambda: parts.view)
    parts.panes.reload_tree()
    return subs


def _edit(
    qtbot: QtBot, parts: Parts, monkeypatch: pytest.MonkeyPatch, feed: Feed, drive: Drive
) -> Subscriptions:
    """Open Feed properties of ``feed`` as the user does and let ``drive`` use its widgets
    while it is open; wait until every change is written."""
    subs = _subscriptions(parts)

    def run(dialog: FeedPropertiesDialog) -> int:
        qtbot.addWidget(dialog)
        drive(dialog)
        return 0

    monkeypatch.setattr(FeedPropertiesDialog, "exec", run)
    assert parts.panes.feed_tree.select(Selection("feed", feed.id))
    subs.properties()
    qtbot.waitUntil(parts.writes.idle, timeout=TIMEOUT)
    return subs


def test_the_dialog_shows_the_settings_and_says_each_change(qtbot: QtBot, parts: Parts) -> None:
    chosen = FeedSettings(
        refresh_min=120, keep_days=14, notify=Notify.ALWAYS, view="feed", title="Mine"
    )
    dialog = FeedPropertiesDialog(parts.news, 3, settings=chosen, own_title="News")
    qtbot.addWidget(dialog)
    assert dialog.chosen() == chosen
    assert dialog.title.placeholderText() == "News"
    assert dialog.keep_value.suffix() == " days"
    said: list[FeedSettings] = []
    dialog.settings_changed.connect(said.append)
    dialog.refresh.setCurrentIndex(0)  # as in Settings
    dialog.keep_mode.setCurrentIndex(0)  # by count: starts from the feed's count
    dialog.keep_value.setValue(50)
    dialog.notify.setCurrentIndex(0)  # notifications as in Settings
    dialog.view.setCurrentIndex(dialog.view.findData("original"))
    dialog.title.setText("  Other\tname ")
    dialog.title.editingFinished.emit()
    assert said[-1] == FeedSettings(keep_count=50, view="original", title="Other name")
    assert dialog.keep_value.suffix() == " articles"
    assert len(said) == len({id(s) for s in said}) >= 6  # each change said once
    # The feed's own words (address, site, error) only in plain-text labels.
    shown = [label for label in dialog.findChildren(QLabel) if "news.example" in label.text()]
    assert shown and all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)


def test_a_custom_title_shows_at_once_is_kept_and_the_cli_lists_it(
    qtbot: QtBot,
    parts: Parts,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    shown: list[str] = []

    def rename(dialog: FeedPropertiesDialog) -> None:
        dialog.title.setText("Morning paper")
        dialog.title.editingFinished.emit()
        feed = parts.panes.feed_model.feed(parts.news.id)
        shown.append(feed.title if feed else "")  # the tree, before the write landed

    _edit(qtbot, parts, monkeypatch, parts.news, rename)
    assert shown == ["Morning paper"]
    assert parts.store.feed(parts.news.id).title == "Morning paper"
    assert parts.store.feed_own_title(parts.news.id) == "News"
    capsys.readouterr()
    assert cli.main(["feeds", "--json"]) == 0
    listed = {f["id"]: f["title"] for f in json.loads(capsys.readouterr().out)}
    assert listed == {parts.news.id: "Morning paper", parts.blog.id: "Blog"}
    # An empty title gives the feed its own back.
    _edit(qtbot, parts, monkeypatch, parts.news, lambda d: _retitle(d, ""))
    assert parts.store.feed(parts.news.id).title == "News"


def test_a_title_still_being_typed_is_kept_when_the_dialog_closes(
    qtbot: QtBot, parts: Parts
) -> None:
    dialog = FeedPropertiesDialog(parts.news, 0, settings=FeedSettings(), own_title="News")
    qtbot.addWidget(dialog)
    said: list[FeedSettings] = []
    dialog.settings_changed.connect(said.append)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Typed")
    assert said == []  # not finished yet
    dialog.reject()  # Escape
    assert said == [FeedSettings(title="Typed")]


def _retitle(dialog: FeedPropertiesDialog, title: str) -> None:
    dialog.title.setText(title)
    dialog.title.editingFinished.emit()


def test_interval_notify_and_view_are_kept_and_the_view_is_announced(
    qtbot: QtBot, parts: Parts, monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose(dialog: FeedPropertiesDialog) -> None:
        dialog.refresh.setCurrentIndex(dialog.refresh.findData(240))
        dialog.notify.setCurrentIndex(dialog.notify.findData(int(Notify.NEVER)))
        dialog.view.setCurrentIndex(dialog.view.findData("feed"))

    announced: list[int] = []
    subs = _subscriptions(parts)
    subs.feed_view_changed.connect(announced.append)
    monkeypatch.setattr(FeedPropertiesDialog, "exec", lambda d: choose(d) or 0)
    parts.panes.feed_tree.select(Selection("feed", parts.blog.id))
    subs.properties()
    qtbot.waitUntil(lambda: announced == [parts.blog.id], timeout=TIMEOUT)
    assert parts.store.feed_settings(parts.blog.id) == FeedSettings(
        refresh_min=240, notify=Notify.NEVER, view="feed"
    )
    assert parts.store.feed_settings(parts.news.id) == FeedSettings()


def test_a_new_retention_prunes_when_the_dialog_closes_starred_kept(
    qtbot: QtBot, parts: Parts, monkeypatch: pytest.MonkeyPatch
) -> None:
    news = parts.news
    parts.store.add_entries(news.id, [entry(10), entry(11)], now=NOW)
    parts.store.set_read([a.id for a in parts.store.articles(feed_id=news.id)], True)
    starred = next(a.id for a in parts.store.articles(feed_id=news.id) if a.title.endswith("10"))
    parts.store.set_starred(starred)
    parts.store.add_entries(news.id, [replace(entry(0), published=datetime.now(UTC))], now=NOW)
    counts: list[int] = []

    def keep_a_week(dialog: FeedPropertiesDialog) -> None:
        dialog.keep_mode.setCurrentIndex(dialog.keep_mode.findData("days"))
        dialog.keep_value.setValue(7)
        counts.append(len(parts.store.articles(feed_id=news.id)))  # nothing pruned while open

    _edit(qtbot, parts, monkeypatch, news, keep_a_week)
    assert counts == [6]
    left = {a.title for a in parts.store.articles(feed_id=news.id)}
    # Read and older than a week: gone; starred or new: kept.
    assert left == {"Article number 10", "Article number 0"}
    assert parts.store.feed_settings(news.id).keep_days == 7


def test_the_windows_scheduled_refresh_takes_each_feeds_interval(
    qtbot: QtBot, parts: Parts
) -> None:
    from reader.settings import Settings
    from reader.ui.refresh_status import RefreshStatus

    parts.panes.reload_tree()
    status = RefreshStatus(parts.panes, parts.host, parts.actions)
    status.settings_changed(Settings())  # the global automatic refresh is off
    status.on_worker_started()
    asked: list[object] = []
    parts.host.request_refresh.connect(asked.append)
    status._on_tick()
    assert asked == [] and not status.running  # no feed has an interval of its own
    parts.store.set_feed_settings(parts.blog.id, FeedSettings(refresh_min=60))
    parts.store.set_feed_settings(parts.news.id, FeedSettings(refresh_min=0))
    status._on_tick()
    assert asked == [[parts.blog.id]]  # never checked: due; "only when I ask": never
    status.on_refresh_finished(RefreshSummary(results=()))
    # With the global interval on and due, the feeds that follow it come too; a feed whose
    # own interval has not passed since its last check does not.
    parts.store.set_feed_settings(parts.news.id, FeedSettings())
    parts.store.record_fetch_success(
        parts.blog.id, when=datetime.now(UTC), etag=None, last_modified=None
    )
    status.settings_changed(Settings().with_changes(refresh_interval_min=15))
    import reader.ui.refresh_status as module

    later = module.clock() + 16 * 60
    original = module.clock
    module.clock = lambda: later  # type: ignore[assignment]
    try:
        status._on_tick()
    finally:
        module.clock = original  # type: ignore[assignment]
    assert asked[-1] == [parts.news.id]


@pytest.mark.parametrize("choice", list(Notify))
def test_notifications_choice_is_said_kept_and_shown_after_a_restart(
    qtbot: QtBot, parts: Parts, monkeypatch: pytest.MonkeyPatch, choice: Notify
) -> None:
    """Feed properties offers as in Settings, always and never, in words; the choice picked
    is stored, read back by a new connection (a restart), and shown by the next dialog."""
    shown: list[list[str]] = []

    def pick(dialog: FeedPropertiesDialog) -> None:
        box = dialog.notify
        shown.append([box.itemText(i) for i in range(box.count())])
        box.setCurrentIndex(box.findData(int(choice)))

    _edit(qtbot, parts, monkeypatch, parts.blog, pick)
    assert shown == [["As in Settings", "Always", "Never"]]
    with Store(parts.store.path) as again:
        assert again.feed_settings(parts.blog.id).notify is choice
        assert again.feed_settings(parts.news.id).notify is Notify.DEFAULT
    settings = parts.store.feed_settings(parts.blog.id)
    dialog = FeedPropertiesDialog(parts.blog, 0, settings=settings, own_title="Blog")
    qtbot.addWidget(dialog)
    assert dialog.notify.choice() is choice
    assert dialog.notify.currentText() == shown[0][int(choice)]
