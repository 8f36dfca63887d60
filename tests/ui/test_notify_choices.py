"""Who is told and when: the window's Background helper after a refresh, with the real store
and window (offscreen, no session bus: the notifier's D-Bus path fails and the helper still
decides): muted feeds, each feed's own choice, quiet hours, paused, switched off, what the
"notify" rules matched; one text per refresh."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.core.feed_settings import FeedSettings, Notify
from reader.core.refresh_results import FeedResult, RefreshSummary
from reader.core.rules import Action, Field, Kind, Rule
from reader.paths import resolve
from reader.store.db import Store
from reader.ui import background
from tests.feedkit import serve_feed
from tests.httpserver import FixtureServer
from tests.ui.windowkit import TIMEOUT, open_window, refresh


@pytest.fixture(autouse=True)
def _no_bus(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-bus")


def _summary() -> RefreshSummary:
    return RefreshSummary(
        results=(
            FeedResult(1, "https://a.example/feed", "Alpha", new_articles=3),
            FeedResult(2, "https://b.example/feed", "Beta", new_articles=2),
            FeedResult(3, "https://c.example/feed", "Gamma", new_articles=0),
            FeedResult(4, "https://d.example/feed", "Delta", new_articles=5, error="timeout"),
        )
    )


def _told(qtbot: QtBot, profile: Path, **settings: object) -> list[tuple[str, str]]:
    told: list[tuple[str, str]] = []
    with open_window(qtbot, profile) as window:
        window.apply_settings(window.settings.with_changes(**settings))
        window.background.notified.connect(lambda t, b: told.append((t, b)))
        window.background.on_refresh_finished(_summary())
        # The rules' queue is taken off the GUI thread first: wait until that answered.
        qtbot.waitUntil(window.writes.idle, timeout=TIMEOUT)
    return told


def _feeds_with(profile: Path, *choices: Notify) -> None:
    """Feeds 1, 2, ... in the profile's store, each with its own notification choice."""
    with Store(resolve(profile).ensure().database) as store:
        for n, choice in enumerate(choices):
            feed = store.add_feed(f"https://{n}.example/feed", f"Feed {n}")
            store.set_feed_settings(feed.id, FeedSettings(notify=choice))


def test_one_grouped_notification_for_the_feeds_with_news(qtbot: QtBot, profile: Path) -> None:
    told = _told(qtbot, profile)
    assert len(told) == 1
    assert told[0][0] == "5 new articles"
    assert "Alpha" in told[0][1] and "Beta" in told[0][1]
    assert "Gamma" not in told[0][1] and "Delta" not in told[0][1]


def test_a_muted_feed_is_left_out(qtbot: QtBot, profile: Path) -> None:
    told = _told(qtbot, profile, notify_muted_feeds=(1,))
    assert told == [("2 new articles", "in 1 feed: \u2068Beta\u2069")]
    assert _told(qtbot, profile, notify_muted_feeds=(1, 2)) == []


def test_switched_off_nothing_is_said(qtbot: QtBot, profile: Path) -> None:
    assert _told(qtbot, profile, notify=False) == []


def test_quiet_hours_keep_it_quiet(
    qtbot: QtBot, profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Night(datetime):
        @classmethod
        def now(cls, tz: object = None) -> Night:  # type: ignore[override]
            return cls(2026, 1, 1, 23, 15)

    monkeypatch.setattr(background, "datetime", Night)
    assert _told(qtbot, profile, quiet_hours=True, quiet_from_h=22, quiet_to_h=7) == []
    assert len(_told(qtbot, profile, quiet_hours=True, quiet_from_h=8, quiet_to_h=20)) == 1


def test_paused_from_the_tray_nothing_is_said(qtbot: QtBot, profile: Path) -> None:
    told: list[tuple[str, str]] = []
    with open_window(qtbot, profile) as window:
        window.background.notified.connect(lambda t, b: told.append((t, b)))
        window.background._set_paused(True)
        window.background.on_refresh_finished(_summary())
        qtbot.waitUntil(window.writes.idle, timeout=TIMEOUT)
        window.background._set_paused(False)
        window.background.on_refresh_finished(_summary())
        qtbot.waitUntil(window.writes.idle, timeout=TIMEOUT)
    assert len(told) == 1


def test_each_feed_may_opt_out_or_in(qtbot: QtBot, profile: Path) -> None:
    _feeds_with(profile, Notify.NEVER, Notify.ALWAYS)
    # Alpha (feed 1) never, Beta (feed 2) always: only Beta, whatever the global switch says.
    assert _told(qtbot, profile) == [("2 new articles", "in 1 feed: \u2068Beta\u2069")]
    assert _told(qtbot, profile, notify=False) == [
        ("2 new articles", "in 1 feed: \u2068Beta\u2069")
    ]


def test_a_default_feed_follows_the_global_switch(qtbot: QtBot, profile: Path) -> None:
    _feeds_with(profile, Notify.DEFAULT, Notify.NEVER)
    assert _told(qtbot, profile) == [("3 new articles", "in 1 feed: \u2068Alpha\u2069")]
    assert _told(qtbot, profile, notify=False) == []


def test_a_rule_match_is_in_the_notification(
    qtbot: QtBot, profile: Path, server: FixtureServer
) -> None:
    """A real refresh stores articles a "notify" rule matches: the one notification names
    them, even from a feed that opted out; the queue is emptied, so the next refresh does not
    repeat them."""
    serve_feed(server, "/news.xml", "Harbour News", count=3)
    with Store(resolve(profile).ensure().database) as store:
        feed = store.add_feed(server.url("/news.xml"), "Harbour News")
        store.set_feed_settings(feed.id, FeedSettings(notify=Notify.NEVER))
        store.save_rule(Rule(Field.TITLE, Kind.REGEX, r"story [12]$", frozenset({Action.NOTIFY})))
    told: list[tuple[str, str]] = []
    with open_window(qtbot, profile) as window:
        window.background.notified.connect(lambda t, b: told.append((t, b)))
        refresh(qtbot, window)
        qtbot.waitUntil(lambda: bool(told) and window.writes.idle(), timeout=TIMEOUT)
        assert window.background._newest is not None
        refresh(qtbot, window)  # nothing new, nothing matched: nothing said
        qtbot.waitUntil(window.writes.idle, timeout=TIMEOUT)
    with Store(resolve(profile).database) as store:
        assert store.take_rule_notifications() == []
    assert len(told) == 1
    summary, body = told[0]
    assert summary == "2 new articles"
    assert body.startswith("2 matched your rules: ")
    assert "Harbour News story 1" in body and "Harbour News story 2" in body
    assert "story 0" not in body and "in 1 feed" not in body
